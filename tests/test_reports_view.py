"""The Rapporten tab, driven like a manager would: choose, build, see the pages, save."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ido_desk.desk import Desk
from tests.conftest import Clock
from tests.report_data import V, add_location, add_visits, random_visits
from ui.period_choice import QUARTER, YEAR
from ui.reports_view import ReportsView


def make_view(qtbot: QtBot, desk: Desk) -> ReportsView:
    view = ReportsView(desk)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def build(qtbot: QtBot, view: ReportsView) -> None:
    with qtbot.waitSignal(view.reportReady, timeout=30000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)


def test_defaults_to_the_last_full_month_of_the_own_location(
    qtbot: QtBot, desk: Desk, clock: Clock
) -> None:
    add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    view = make_view(qtbot, desk)
    assert view.period().label == "oktober 2026"
    assert view.location.currentText().startswith("Bibliotheek Rijswijk, Huis van de Stad")
    assert view.location.itemText(view.location.count() - 1) == "Alle locaties (2)"
    assert not view.save_button.isEnabled() and not view.print_button.isEnabled()


def test_build_preview_and_save(qtbot: QtBot, desk: Desk, clock: Clock, tmp_path: Path) -> None:
    add_visits(desk, random_visits(7, 120, datetime(2026, 7, 1), 90))
    add_visits(desk, [V(datetime(2026, 8, 3, 10))] * 3)
    view = make_view(qtbot, desk)
    view.when.kind.setCurrentIndex(QUARTER)
    view.when.quarter.setCurrentIndex(2)  # 3e kwartaal
    view.when.quarter_year.setValue(2026)
    assert view.when.fields.currentIndex() == QUARTER
    build(qtbot, view)
    assert view.document.pageCount() >= 2
    assert "3e kwartaal 2026" in view.status.text()
    assert view.save_button.isEnabled()
    view.grab().save(str(tmp_path / "reports_view.png"))

    pdf = tmp_path / "kwartaal.pdf"
    with qtbot.waitSignal(view.saved):
        assert view.save_to(pdf)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Kwartaalrapport 3e kwartaal 2026" in " ".join(text.split())
    assert f"Bezoeken {120 + 3}" in " ".join(text.split())

    xlsx = tmp_path / "kwartaal.xlsx"
    assert view.save_to(xlsx)
    figures = load_workbook(xlsx)["Kerncijfers"]
    assert figures["B3"].value == 123  # a number Excel can calculate with


def test_another_kind_and_all_locations(
    qtbot: QtBot, desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    other = add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(desk, [V(datetime(2026, 5, 4, 10), location=other)] * 2)
    view = make_view(qtbot, desk)
    view.kind.setCurrentIndex(view.kind.findData("municipality"))
    view.when.kind.setCurrentIndex(YEAR)
    view.when.year.setValue(2026)
    view.location.setCurrentIndex(view.location.findData("all"))
    build(qtbot, view)
    csv_file = tmp_path / "gemeente.csv"
    assert view.save_to(csv_file)
    written = csv_file.read_text(encoding="utf-8-sig")
    # K1 and K3: nothing received from either location (empty, not 0); K4 runs
    assert "Alle 2 gemeenten samen;;Bezoeken;;2;;0;2" in written
    # nothing received for any month a year earlier: that row is empty, its total too
    assert "Alle 2 gemeenten samen;;Bezoeken een jaar eerder;;;;;\n" in written
    assert "Alle 2 gemeenten samen;;In de bibliotheek;2;100,0;;\n" in written


def test_print_renders_every_page(qtbot: QtBot, desk: Desk, clock: Clock, tmp_path: Path) -> None:
    add_visits(desk, [V(datetime(2026, 10, 5, 10))] * 2)
    view = make_view(qtbot, desk)
    build(qtbot, view)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    view.print_to(printer)
    assert len(PdfReader(tmp_path / "afdruk.pdf").pages) == view.document.pageCount()


def test_keeps_working_while_building(qtbot: QtBot, desk: Desk, clock: Clock) -> None:
    add_visits(desk, [V(datetime(2026, 10, 5, 10))])
    view = make_view(qtbot, desk)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    with qtbot.waitSignal(view.reportReady, timeout=30000):
        qtbot.keyClick(view.kind, Qt.Key.Key_F5)
        assert not view.build_button.isEnabled()  # one build at a time, the window stays live
    assert view.build_button.isEnabled()


def test_a_filter_by_municipality_and_the_title_block_names_it(
    qtbot: QtBot, desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    other = add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(desk, [V(datetime(2026, 10, 5, 10), location=other)] * 2)
    add_visits(desk, [V(datetime(2026, 10, 6, 10))] * 5)  # the own location, Rijswijk
    view = make_view(qtbot, desk)
    view.kind.setCurrentIndex(view.kind.findData("region"))
    view.narrow.setCurrentIndex(view.narrow.findData("municipality:GM0518"))
    assert view.group.isEnabled()
    build(qtbot, view)
    pdf = tmp_path / "regio.pdf"
    assert view.save_to(pdf)
    first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Filter gemeente Den Haag (GM0518)" in first
    assert "Totaal 2" in first and "Rijswijk" not in first.split("Periode")[1]


def test_a_kind_about_every_location_selects_all_and_can_be_narrowed(
    qtbot: QtBot, desk: Desk, clock: Clock
) -> None:
    other = add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(desk, [V(datetime(2026, 10, 5, 10), location=other)] * 2)
    add_visits(desk, [V(datetime(2026, 10, 6, 10))] * 5)  # the own location
    view = make_view(qtbot, desk)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.kind.setFocus()
    own = view.location.currentData()
    for _ in range(view.kind.findData("region")):
        qtbot.keyClick(view.kind, Qt.Key.Key_Down)
    assert view.kind.currentData() == "region"
    assert view.location.currentData() == "all"
    with qtbot.waitSignal(view.reportReady, timeout=30000):
        qtbot.keyClick(view.kind, Qt.Key.Key_F5)
    assert view.status.text().startswith("Alle locaties (2), oktober 2026")
    view.location.setFocus()
    qtbot.keyClick(view.location, Qt.Key.Key_Home)  # the user narrows it to the own location
    assert view.location.currentData() == own
    with qtbot.waitSignal(view.reportReady, timeout=30000):
        qtbot.keyClick(view.location, Qt.Key.Key_F5)
    assert view.status.text().startswith("Bibliotheek Rijswijk, Huis van de Stad, oktober")
    view.kind.setFocus()
    qtbot.keyClick(view.kind, Qt.Key.Key_Up)  # the municipality account: all locations again
    assert view.kind.currentData() == "municipality"
    assert view.location.currentData() == "all"
    qtbot.keyClick(view.kind, Qt.Key.Key_Up)  # the monthly report: back to the own location
    assert view.kind.currentData() == "monthly"
    assert view.location.currentData() == own
