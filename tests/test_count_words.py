"""A count says its noun in the right form: "1 pagina", "1 locatie", "1 bezoek" (the
Rapporten tab, the Regio tab and its PDF), as "2 pagina's", "2 locaties" do. Both backends."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ido_desk.desk import Desk
from ido_desk.labels import PAGE, PAGES, counted
from ido_desk.translatable import in_language
from tests.conftest import Clock
from tests.report_data import V, add_location, add_visits
from ui.region_view import RegionView
from ui.reports_view import ReportsView


def test_one_page_one_location_one_visit(qtbot: QtBot, desk: Desk, clock: Clock) -> None:
    add_visits(desk, [V(datetime(2026, 10, 5, 10))])
    region = RegionView(desk)
    qtbot.addWidget(region)
    region.show()
    qtbot.waitUntil(lambda: region.status.text().startswith("1 locatie, 1 bezoek."), timeout=9000)

    reports = ReportsView(desk)  # the last full month, October: one visit
    qtbot.addWidget(reports)
    reports.resize(900, 700)
    reports.show()
    with qtbot.waitSignal(reports.reportReady, timeout=30000):
        qtbot.mouseClick(reports.build_button, Qt.MouseButton.LeftButton)
    pages = reports.document.pageCount()  # 2: the key figures, then the tables
    assert reports.status.text().endswith(f": {pages} pagina's."), reports.status.text()
    assert counted(1, PAGE, PAGES) == "1 pagina"  # no report here is one page long
    assert in_language(counted(1, PAGE, PAGES), "en") == "1 page"

    other = add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(desk, [V(datetime(2026, 10, 6, 10), location=other)])
    region.refresh()
    qtbot.waitUntil(
        lambda: region.status.text().startswith("2 locaties, 2 bezoeken."), timeout=9000
    )


def test_the_region_pdf_of_one_location(cli, desk: Desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_visits(desk, [V(datetime(2026, 10, 5, 10))])
    out = tmp_path / "regio.pdf"
    made = cli("report", "--kind", "region", "--period", "2026-10", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "De ene locatie, per " in text and "totaal: 1 bezoek." in text, text[:600]
