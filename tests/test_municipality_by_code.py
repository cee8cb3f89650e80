"""A municipality is its CBS code: a set-up that names a known code wrongly is refused with the
right name, and locations that spell the name of one code differently (an old branch that
wrote a place in the municipality) are one municipality under one name everywhere: the region
command, the Regio tab's totals, the regional report and its title block, the municipality
account and the Rapporten tab's filter list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.tables import location as location_table
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.errors import ValidationError
from ido_desk.exchange.overview import regional_overview
from ido_desk.location import LocationInput, all_locations, set_location
from ido_desk.municipalities import names_by_code
from ido_desk.periods import parse_period
from ido_desk.reports.municipality import MunicipalityReport
from ido_desk.reports.region import SUBTOTAL, RegionReport
from ido_desk.reports.service import ReportRequest, build_report
from tests.conftest import CliResult
from tests.exchange_helpers import OCTOBER, export, log, open_branch
from tests.report_data import add_location
from ui.region_view import RegionView
from ui.reports_view import ReportsView

Cli = Callable[..., CliResult]
HAARLEMMERMEER = LocationInput(
    name="Centrale Bibliotheek",
    organisation="Bibliotheek Haarlemmermeer",
    municipality="Haarlemmermeer",
    cbs_code="GM0394",
    province="Noord-Holland",
)
REGIO = ("setup", "--location-name", "Regiokantoor", "--organisation", "ProBiblio")
IN_GM0394 = ("--cbs-code", "GM0394", "--province", "Noord-Holland")


def branch_file(folder: Path, name: str, says: str) -> Path:
    """A Haarlemmermeer branch with one October visit, its municipality written ``says`` (a
    branch set up before the check), exported."""
    from dataclasses import replace

    desk = open_branch(folder / name, replace(HAARLEMMERMEER, name=name))
    log(desk, datetime(2026, 10, 5, 10, 0), "digid")
    with desk.db.connection() as connection:
        connection.execute(update(location_table).values(municipality=says))
    path = export(desk, folder / "files", OCTOBER).path
    desk.close()
    return path


def test_one_code_is_one_municipality_from_setup_to_every_report(
    qtbot: QtBot, cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    refused = cli(*REGIO, "--municipality", "Hoofddorp", *IN_GM0394)
    assert refused.returncode == 2
    assert "GM0394 is de gemeente Haarlemmermeer, niet Hoofddorp" in refused.stderr
    english = cli("--lang", "en", *REGIO, "--municipality", "Hoofddorp", *IN_GM0394)
    assert "GM0394 is the municipality of Haarlemmermeer, not Hoofddorp" in english.stderr
    wrong_province = cli(*REGIO, "--municipality", "Haarlemmermeer", "--cbs-code", "GM0394",
                         "--province", "Zuid-Holland")  # fmt: skip
    assert wrong_province.returncode == 2 and "ligt in Noord-Holland" in wrong_province.stderr
    cli(*REGIO, "--municipality", "haarlemmermeer", *IN_GM0394, check=True)

    files = [branch_file(tmp_path, "Hoofddorp", "Hoofddorp")]
    files.append(branch_file(tmp_path, "Nieuw-Vennep", "Haarlemmermeer"))
    cli("import", "--yes", *map(str, files), check=True)

    region = cli("region", check=True).stdout
    totals = region.split("Totalen per gemeente")[1]
    assert totals.count("GM0394") == 1 and "Hoofddorp" not in totals, region

    desk = open_desk(paths)
    try:
        overview = regional_overview(desk)
        assert [(m.municipality, m.cbs_code, m.locations) for m in overview.municipalities] == [
            ("Haarlemmermeer", "GM0394", 3)
        ]
        assert {row.municipality for row in overview.locations} == {"Haarlemmermeer"}

        october = parse_period("2026-10")
        report = build_report(desk, ReportRequest("region", october, "all"))
        assert isinstance(report, RegionReport)
        subtotals = {r.label for t in report.tables for r in t.rows if r.level == SUBTOTAL}
        assert subtotals == {"Subtotaal gemeente Haarlemmermeer (GM0394)"}
        assert report.header.municipality == "Haarlemmermeer (GM0394)"

        account = build_report(desk, ReportRequest("municipality", october, "all"))
        assert isinstance(account, MunicipalityReport)
        assert [(s.municipality, len(s.locations)) for s in account.sections] == [
            ("Haarlemmermeer", 3)
        ]

        reports = ReportsView(desk)
        qtbot.addWidget(reports)
        narrow = [reports.narrow.itemText(i) for i in range(reports.narrow.count())]
        assert [t for t in narrow if "GM0394" in t] == ["Gemeente: Haarlemmermeer (GM0394)"]
        tab = RegionView(desk)
        qtbot.addWidget(tab)
        tab.show()
        totals_model = tab.municipalities_model
        qtbot.waitUntil(lambda: totals_model.rowCount() > 0, timeout=9000)
        shown = [totals_model.index(r, 0).data() for r in range(totals_model.rowCount())]
        assert shown == ["Haarlemmermeer"]
    finally:
        desk.close()


class Placed:
    def __init__(self, name: str, own: bool = False) -> None:
        self.cbs_code, self.municipality, self.is_own = "GM9394", name, own


def test_a_code_not_in_the_table_takes_the_name_most_locations_give(
    desk: Desk,
) -> None:
    """Not in the table: the most common name, ties to the own location's, then A to Z; and
    a code in the table keeps the table's name whatever the locations say."""
    assert names_by_code([Placed("Oostdorp"), Placed("Westdorp"), Placed("Westdorp")]) == {
        "GM9394": "Westdorp"
    }
    assert names_by_code([Placed("Oostdorp"), Placed("Westdorp", own=True)]) == {
        "GM9394": "Westdorp"
    }
    assert names_by_code([Placed("Westdorp"), Placed("Oostdorp")]) == {"GM9394": "Oostdorp"}
    add_location(desk, "a", "A", "Oostdorp", "GM9394")
    add_location(desk, "b", "B", "Oostdorp", "GM9394")
    add_location(desk, "c", "C", "Westdorp", "GM9394")
    add_location(desk, "d", "D", "Ryswyk", "GM0603")
    named = {(loc.code, loc.municipality) for loc in all_locations(desk)}
    assert {("a", "Oostdorp"), ("c", "Oostdorp"), ("d", "Rijswijk")} <= named
    with pytest.raises(ValidationError, match="GM0603 is de gemeente Rijswijk, niet Ryswyk"):
        set_location(desk, LocationInput("Huis", "Ryswyk", "GM0603"))


def test_the_first_start_form_says_the_codes_name_and_keeps_what_was_typed(
    qtbot: QtBot, bare_desk: Desk
) -> None:
    """The window's set-up refuses Hoofddorp for GM0394 under the field, keeps the form,
    and takes Haarlemmermeer."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    from tests.ui_helpers import when_modal
    from ui.app import ensure_location
    from ui.setup_dialog import SetupDialog

    seen: dict[str, object] = {}

    def act(form: QWidget) -> None:
        assert isinstance(form, SetupDialog)
        qtbot.keyClicks(form.name, "Regiokantoor")
        qtbot.keyClicks(form.municipality, "Hoofddorp")
        qtbot.keyClicks(form.cbs_code, "GM0394")
        form.province.setCurrentIndex(form.province.findData("Noord-Holland"))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = form.errors["municipality"].text()
        seen["kept"] = (form.name.text(), form.cbs_code.text(), form.isVisible())
        form.municipality.clear()
        qtbot.keyClicks(form.municipality, "Haarlemmermeer")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    when_modal(act)
    assert ensure_location(bare_desk)
    assert str(seen["error"]).startswith("GM0394 is de gemeente Haarlemmermeer, niet Hoofddorp.")
    assert seen["kept"] == ("Regiokantoor", "GM0394", True)
    assert [(loc.municipality, loc.cbs_code) for loc in all_locations(bare_desk)] == [
        ("Haarlemmermeer", "GM0394")
    ]
