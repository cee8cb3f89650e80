"""Every count shown to a user has the thousands separator of the language it is shown in:
"3.725" in Dutch, "3,725" in English, in the core's lines, the CLI and the window alike."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from ido_desk.desk import Desk
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.restore import RestorePlan
from ido_desk.translatable import Count, in_language, restored, stored
from tests.conftest import Clock
from tests.report_data import V, add_visits
from ui.national_form_view import NationalFormView
from ui.region_view import RegionView

MANY = 1200


def test_a_count_reads_in_its_language() -> None:
    text = counted(3725, VISIT, VISITS)
    assert text == "3.725 bezoeken"
    assert in_language(text, "en") == "3,725 visits"
    assert in_language(restored(stored(text)), "en") == "3,725 visits"
    assert f"{Count(94760)}" == "94.760" and Count(12).said("en") == "12"
    assert in_language(counted(1, VISIT, VISITS), "en") == "1 visit"


def test_the_cores_lines_count_in_their_language() -> None:
    plan = RestorePlan(Path("ido-desk-backup.sqlite"), live_usable=True, lost_visits=MANY)
    assert plan.consequence().startswith("1.200 registratie(s) in de huidige gegevens")
    assert in_language(plan.consequence(), "en").startswith("1,200 visit(s) in the current")


def test_the_window_counts_in_its_language(qtbot: QtBot, desk: Desk, clock: Clock, qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.app import install_language

    start = datetime(2026, 10, 1, 9)
    add_visits(desk, [V(start + timedelta(minutes=m)) for m in range(MANY)])
    for language, expected, region_text in (
        (None, "Nog 1.200 bezoeken over te zetten", "1 locatie, 1.200 bezoeken."),
        ("en", "1,200 visits left to transfer", "1 location, 1,200 visits."),
    ):
        install_language(qapp, language)
        try:
            form = NationalFormView(desk)
            qtbot.addWidget(form)
            assert form.count.text() == expected
            region = RegionView(desk)
            qtbot.addWidget(region)
            region.show()
            qtbot.waitUntil(
                lambda r=region, t=region_text: r.status.text().startswith(t), timeout=9000
            )  # type: ignore[misc]
        finally:
            install_language(qapp, None)
