"""The QA findings on the reports: tally sheets stay out of "when do visitors come", a running
period compares like with like, and the XLSX holds numbers and short, unique tab names."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports import formatting as fmt
from ido_desk.reports.monthly import MonthlyReport
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.report_cases import LIVE, sql
from tests.report_data import Q, V, add_location, add_visits

BATCH = {"entry": "batch"}


def monthly(desk: Desk, period: str, location: str | None = None) -> MonthlyReport:
    report = build_report(desk, ReportRequest("monthly", parse_period(period), location))
    assert isinstance(report, MonthlyReport)
    return report


def figure(report: MonthlyReport, label: str) -> str:
    key = next(f for f in report.key_figures if f.label == label)
    return fmt.value(key.kind, key.value)


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
    last_year = [first + timedelta(days=d) for d in range(0, 365, 7)]  # Wednesdays of 2025
    add_visits(desk, [V(at) for at in last_year])
    this_year = [V(datetime(2026, 1, 1, 10) + timedelta(days=d)) for d in range(0, 331, 7)]
    add_visits(desk, this_year)  # up to 27 November 2026
    # the same dates a year earlier, as the months beside it count them: 1 January to
    # 27 November 2025 (52 weeks earlier would put the key figure and the months at odds)
    same_days = sum(datetime(2025, 1, 1) <= at < datetime(2025, 11, 28) for at in last_year)

    report = monthly(desk, "2026", "all")

    assert report.header.period_label == "2026 (t/m 27 november 2026)"
    visits = next(f for f in report.key_figures if f.label == "Bezoeken")
    assert visits.value == len(this_year) and visits.earlier == (same_days,)
    assert [c.period.label for c in report.comparisons] == ["1 januari 2025 t/m 27 november 2025"]
    assert [c.name for c in report.comparisons] == ["Vorig jaar"]  # one column, not two alike
    # a year report shows its months, beside the same months of the year before
    assert [(p.year, p.month) for p in report.trend] == [(2026, m) for m in range(1, 12)]
    assert report.trend[-1].running and not report.trend[-2].running
    january_2025 = sum(at.month == 1 for at in last_year)
    assert report.trend[0].before == january_2025
    assert sum(p.before or 0 for p in report.trend) == same_days  # one figure, two places
    text = pdf_text(report, tmp_path / "jaar.pdf")
    assert "Jaarrapport 2026 (t/m 27 november 2026)" in text
    assert "1 januari 2025 t/m 27 november 2025" in text and "loopt nog" in text


def test_a_running_month_and_an_ended_one(desk: Desk, clock: Clock) -> None:
    # the clock: Tuesday 3 November 2026; so far Sunday 1 to Tuesday 3 November
    add_visits(desk, [V(datetime(2026, 10, d, 10)) for d in (1, 2, 3, 20, 26, 27)])
    add_visits(desk, [V(datetime(2026, 11, 2, 10))])
    running = monthly(desk, "2026-11")
    assert running.header.period_label == "november 2026 (t/m 3 november 2026)"
    visits = next(f for f in running.key_figures if f.label == "Bezoeken")
    # compared with the same weekdays a week earlier (Sunday 25 to Tuesday 27 October), not
    # with 1 to 3 October (Thursday to Saturday)
    assert (visits.value, visits.earlier[0]) == (1, 2)
    assert running.comparisons[0].period.label == "25 oktober 2026 t/m 27 oktober 2026"

    ended = monthly(desk, "2026-10")
    assert ended.header.until is None and ended.header.period_label == "oktober 2026"
    assert next(f.value for f in ended.key_figures if f.label == "Bezoeken") == 6
    assert [(p.year, p.month) for p in ended.trend][-1] == (2026, 10)


def test_the_last_day_of_a_month_still_runs(desk: Desk, clock: Clock) -> None:
    clock.now = datetime(2026, 11, 30, 9, 0)
    add_visits(desk, [V(datetime(2026, 11, 30, 8, 30))])
    report = monthly(desk, "2026-11")
    assert report.header.until == date(2026, 11, 30)
    assert report.header.period_label == "november 2026 (t/m 30 november 2026)"
    assert report.trend[-1].running


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
    assert by_label["Doorverwezen"][1] == "25,0"  # a number: percent, decimal comma
    assert by_label["Bezoeken"][1] == "3"


def test_municipality_sheets_have_short_unique_names_and_an_overview(
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
    assert names[0] == "Overzicht" and names[-1] == "Gegevens"
    assert len(names) < 16  # a sheet per subject, never a tab per municipality
    overview = [row for row in book["Overzicht"].iter_rows(min_row=3, values_only=True)]
    municipalities = [row[0] for row in overview]
    assert municipalities[:3] == ["Haarlemmermeer", "Haarlemmermeerpolderland", "Rijswijk"]
    assert municipalities[-1].startswith("Alle ")  # the grand total
    topics = [row for row in book["Onderwerpen"].iter_rows(min_row=3, values_only=True)]
    first = topics[[r[1] for r in topics].index("GM0394")]
    assert first[:3] == ("Haarlemmermeer", "GM0394", "DigiD")


def test_direct_help_leaves_out_questions_without_help(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    """A question without help (a tally sheet, a visit logged without it) is "Niet
    ingevuld", not helped directly: the key figure equals plain SQL."""
    unfilled = (Q("digid", "digid_activeren", "logius", None),)
    add_visits(
        desk,
        [V(datetime(2026, 10, 8, 12), unfilled, extra=BATCH) for _ in range(6)]
        + [V(datetime(2026, 10, 6, 10), unfilled) for _ in range(2)]
        + [V(datetime(2026, 10, 5, 10))]  # "Samen gedaan"
        + [V(datetime(2026, 10, 7, 11), (Q("zorg_wmo", None, "gemeente", "doorverwezen"),))],
    )
    ((direct,),) = sql(
        desk,
        "SELECT sum(CASE WHEN h.code IS NOT NULL AND h.code <> 'doorverwezen' THEN 1 ELSE 0 "
        "END) * 1.0 / count(*) FROM question q JOIN visit v ON v.id = q.visit_id "
        f"LEFT JOIN help_kind h ON h.id = q.help_id WHERE {LIVE}",
        "2026-10-01",
        "2026-11-01",
    )
    report = monthly(desk, "2026-10")
    assert float(direct) == 0.1  # one of ten questions
    assert figure(report, "Direct geholpen") == "10,0%"  # not 90,0%
    assert figure(report, "Doorverwezen") == "10,0%"
    text = pdf_text(report, tmp_path / "r.pdf")
    assert "Direct geholpen 10,0%" in text
    assert "telt als 'Niet ingevuld', niet als direct geholpen" in text
