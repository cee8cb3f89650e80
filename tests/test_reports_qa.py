"""The QA findings on the reports: tally sheets stay out of "when do visitors come", a running
period compares like with like, and the XLSX holds numbers and short, unique tab names."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports import ReportRequest, build_report, write_report
from ido_desk.reports.model import MonthlyReport
from tests.conftest import Clock
from tests.report_data import Q, V, add_location, add_visits

BATCH = {"entry": "batch"}


def monthly(desk: Desk, period: str, location: str | None = None) -> MonthlyReport:
    report = build_report(desk, ReportRequest("monthly", parse_period(period), location))
    assert isinstance(report, MonthlyReport)
    return report


def figure(report: MonthlyReport, label: str) -> str:
    return next(f.text for f in report.key_figures if f.label == label)


def pdf_text(report: MonthlyReport, path: Path) -> str:
    return " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(write_report(report, path)).pages
    )


def test_tally_sheets_count_but_not_in_the_time_of_day(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    live = [V(datetime(2026, 10, 6, 10, m)) for m in (0, 20, 40)]  # Tuesday 10-11
    batch = [V(datetime(2026, 10, 8, 12, 0), extra=BATCH) for _ in range(12)]  # Thursday
    add_visits(desk, live + batch)

    report = monthly(desk, "2026-10")

    assert report.visits == 15 and figure(report, "Bezoeken") == "15"
    assert figure(report, "Drukste uur") == "10–11 uur"
    assert figure(report, "Drukste dag") == "dinsdag"
    heat = report.heatmap
    assert sum(map(sum, heat.cells)) == 3
    assert heat.cells[heat.days.index("di")][heat.hours.index(10)] == 3
    text = pdf_text(report, tmp_path / "r.pdf")
    assert "Turflijsten tellen mee in de aantallen, niet in het tijdstip-overzicht" in text


def test_a_running_year_compares_the_same_days_and_stops_the_trend_today(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    clock.now = datetime(2026, 11, 27, 16, 0)
    first = datetime(2025, 1, 1, 10)
    add_visits(desk, [V(first + timedelta(days=d)) for d in range(0, 365, 7)])  # 2025: 53
    this_year = [V(datetime(2026, 1, 1, 10) + timedelta(days=d)) for d in range(0, 331, 7)]
    add_visits(desk, this_year)  # up to 27 November 2026
    so_far_2025 = len(range(0, 331, 7))  # 1 January to 27 November 2025, the same weekdays

    report = monthly(desk, "2026", "all")

    assert report.header.period_label == "2026 (t/m 27 november 2026)"
    visits = next(f for f in report.key_figures if f.label == "Bezoeken")
    assert visits.value == len(this_year)
    assert visits.previous_value == so_far_2025 and visits.year_ago_value == so_far_2025
    assert visits.previous_change == "±0,0%"
    assert report.compared == ("1 januari 2025 t/m 27 november 2025",) * 2
    assert [(p.year, p.month) for p in report.trend][-1] == (2026, 11)
    assert len(report.trend) == 12 and report.trend[0].month == 12
    text = pdf_text(report, tmp_path / "jaar.pdf")
    assert "Jaarrapport 2026 (t/m 27 november 2026)" in text
    assert "1 januari 2025 t/m 27 november 2025" in text and "loopt nog" in text


def test_a_running_month_and_an_ended_one(desk: Desk, clock: Clock) -> None:
    # the clock: Tuesday 3 November 2026
    add_visits(desk, [V(datetime(2026, 10, d, 10)) for d in (1, 2, 3, 20)])
    add_visits(desk, [V(datetime(2026, 11, 2, 10))])
    running = monthly(desk, "2026-11")
    assert running.header.period_label == "november 2026 (t/m 3 november 2026)"
    visits = next(f for f in running.key_figures if f.label == "Bezoeken")
    assert (visits.value, visits.previous_value) == (1, 3)  # 1 to 3 October, not all of it
    assert running.compared[0] == "1 oktober 2026 t/m 3 oktober 2026"

    ended = monthly(desk, "2026-10")
    assert ended.header.until is None and ended.header.period_label == "oktober 2026"
    assert next(f.value for f in ended.key_figures if f.label == "Bezoeken") == 4
    assert [(p.year, p.month) for p in ended.trend][-1] == (2026, 10)


def test_xlsx_key_figures_are_numbers_and_csv_stays_dutch(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    two = (Q("digid", "digid_activeren", "logius"), Q("belastingen", None, "belastingdienst"))
    referred = (Q("zorg_wmo", None, "gemeente", "doorverwezen", "welzijn"),)
    add_visits(
        desk,
        [
            V(datetime(2026, 10, 5, 10), two),
            V(datetime(2026, 10, 6, 11), referred, duration=20),
            V(datetime(2026, 10, 7, 12)),
        ],
    )
    report = monthly(desk, "2026-10")
    sheet = load_workbook(write_report(report, tmp_path / "r.xlsx"))["Kerncijfers"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
    assert rows["Bezoeken"][1].value == 3 and isinstance(rows["Bezoeken"][1].value, int)
    per_visit = rows["Vragen per bezoek"][1]
    assert abs(per_visit.value - 4 / 3) < 1e-9 and per_visit.number_format == "0.00"
    share = rows["Doorverwezen"][1]
    assert abs(share.value - 0.25) < 1e-9 and share.number_format == "0.0%"
    assert rows["Mediane duur (min)"][1].value == 10.0
    assert rows["Drukste dag"][1].value == "maandag"

    with (write_report(report, tmp_path / "r.csv")).open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    start = lines.index(["Kerncijfers"]) + 2
    by_label = {line[0]: line for line in lines[start : start + 8]}
    assert by_label["Vragen per bezoek"][1] == "1,33"
    assert by_label["Doorverwezen"][1] == "25,0%"
    assert by_label["Bezoeken"][1] == "3"


def test_municipality_sheets_have_short_unique_names(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    one = add_location(desk, "hm1", "Hoofddorp", "Haarlemmermeer", "GM0394")
    two = add_location(desk, "hm2", "Nieuw-Vennep", "Haarlemmermeerpolderland", "GM9394")
    add_visits(desk, [V(datetime(2026, 2, 3, 10), location=one)])
    add_visits(desk, [V(datetime(2026, 5, 3, 10), location=two)])
    report = build_report(desk, ReportRequest("municipality", parse_period("2026"), "all"))
    book = load_workbook(write_report(report, tmp_path / "g.xlsx"))

    names = book.sheetnames
    assert len(names) == len({n.lower() for n in names}) and all(len(n) <= 31 for n in names)
    assert not any(name[-2:].strip().isdigit() for name in names)  # no " 2" de-duplication
    titles = [book[n]["A1"].value for n in names]
    index = titles.index("Haarlemmermeer (GM0394): vragen per onderwerp")
    assert names[index].startswith("Gemeente ") and names[index].endswith("– onderwerpen")
    assert any("Haarlemmermeerpolderland (GM9394)" in t for t in titles)
