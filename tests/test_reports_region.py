"""The regional report: every location side by side, subtotalled per municipality (or
province, organisation), against independent SQL on the hand-made database; filters; the
CLI; the long table."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.periods import parse_period
from ido_desk.reports.region import LOCATION, SUBTOTAL, TOTAL, RegionReport
from ido_desk.reports.scope import LocationFilter
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.report_cases import build_cases, questions_by, sql, visits_per_location

YEAR = ("2026-01-01", "2026-11-04")  # 2026 runs on: counted up to and including 3 November


def region(
    desk: Desk, period: str = "2026", group: str = "municipality", **where: object
) -> RegionReport:
    request = ReportRequest(
        "region", parse_period(period), LocationFilter(**where) if where else "all", group
    )  # type: ignore[arg-type]
    report = build_report(desk, request)
    assert isinstance(report, RegionReport)
    return report


def test_every_location_side_by_side_equals_sql(desk: Desk, clock: Clock) -> None:
    build_cases(desk)
    report = region(desk)
    expected = visits_per_location(desk, *YEAR)
    main = report.tables[0]
    by_code = {row.code: row for row in main.rows if row.level == LOCATION}
    assert {
        code: (int(r.values[0] or 0), int(r.values[3] or 0)) for code, r in by_code.items()
    } == {code: expected.get(code, (0, 0)) for code in by_code}
    questions = sql(
        desk,
        "SELECT l.code, count(*) FROM question q JOIN visit v ON v.id = q.visit_id "
        "JOIN location l ON l.id = v.location_id WHERE v.deleted_at IS NULL AND "
        "v.started_at >= ? AND v.started_at < ? GROUP BY l.code",
        *YEAR,
    )
    assert {code: int(r.values[1] or 0) for code, r in by_code.items() if r.values[1]} == dict(
        questions
    )
    # subtotals per municipality and the grand total add up
    subtotals = {row.code: row.values[0] for row in main.rows if row.level == SUBTOTAL}
    assert (
        subtotals["Den Haag (GM0518)"]
        == expected["GM0518-centrale"][0] + expected["GM0518-nieuw"][0]
    )
    total = next(row for row in main.rows if row.level == TOTAL)
    assert total.values[0] == sum(n for n, _ in expected.values())
    # per domain and help given, against SQL
    helps = questions_by(desk, "help_id", "help_kind", *YEAR)
    table = next(t for t in report.tables if t.title == "Vragen per soort hulp")
    for row in (r for r in table.rows if r.level == LOCATION):
        for column, value in zip(table.columns, row.values, strict=True):
            assert value == helps.get((row.code, column), 0), (row.code, column)
    domains = questions_by(desk, "domain_id", "domain", *YEAR)
    table = next(t for t in report.tables if t.title == "Vragen per domein")
    for row in (r for r in table.rows if r.level == LOCATION):
        for column, value in zip(table.columns, row.values, strict=True):
            assert value == domains.get((row.code, column), 0)


def test_months_with_nothing_received_and_medians(desk: Desk, clock: Clock) -> None:
    build_cases(desk)
    report = region(desk)
    figures = {f.location.code: f for f in report.figures}
    # the location that started in September: nothing received January to August
    assert figures["GM0518-nieuw"].missing[:2] == ("jan '26", "feb '26")
    assert "sep '26" not in figures["GM0518-nieuw"].missing
    assert "nov '26" not in figures["GM0518-nieuw"].missing  # running: not missing yet
    # Centrale in 2026: four visits of 45 minutes and the moved one of 10
    assert figures["GM0518-centrale"].median == 45.0
    assert not any(f.missing for f in report.figures if f.location.is_own)


def test_a_location_nothing_was_received_from_reads_dashes_not_zeros(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    build_cases(desk)
    report = region(desk, "2026-05")  # the new location started in September
    main = report.tables[0]
    rows = {row.code: row for row in main.rows}
    assert rows["GM0518-nieuw"].values == (None, None, None, None, 1.0)
    centrale = rows["GM0518-centrale"].values
    assert centrale[0] and rows["Den Haag (GM0518)"].values[:2] == centrale[:2]
    for table in report.tables[1:]:  # every table has the row, and only dashes in it
        values = rows_of(table)["GM0518-nieuw"]
        assert values and all(value is None for value in values), table
    pdf = write_report(report, tmp_path / "regio.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Centrale Bibliotheek 2 (50,0%)" in text  # the bars: no "Bibliotheek Nieuw 0"
    assert "Bibliotheek Nieuw 0" not in text and "Bibliotheek Nieuw: mei '26" in text
    long_path = write_report(report, tmp_path / "regio.long.csv")
    with long_path.open(encoding="utf-8-sig", newline="") as handle:
        body = list(csv.reader(handle, delimiter=";"))[1:]
    totals = {r[7]: r[9] for r in body if r[0] == "GM0518-nieuw" and r[6] == "totaal"}
    assert totals["Bezoeken"] == totals["Vragen"] == totals["Hulptijd"] == ""
    assert totals["Maanden niets ontvangen"] == "1"


def rows_of(table: object) -> dict[str, tuple[float | None, ...]]:
    return {row.code: row.values for row in table.rows}  # type: ignore[attr-defined]


def test_group_by_province_and_filter_by_municipality(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    build_cases(desk)
    by_province = region(desk, group="province")
    subtotals = [r.label for r in by_province.tables[0].rows if r.level == SUBTOTAL]
    assert subtotals == ["Subtotaal provincie Zuid-Holland"]
    only = region(desk, location="all", municipalities=("GM0518",))
    assert {f.location.code for f in only.figures} == {"GM0518-centrale", "GM0518-nieuw"}
    assert only.header.covers == "gemeente Den Haag (GM0518)"
    pdf = write_report(only, tmp_path / "regio.pdf")
    first = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Filter gemeente Den Haag (GM0518)" in first
    with pytest.raises(ValidationError, match="Onbekende gemeente 'GM9999'"):
        region(desk, location="all", municipalities=("GM9999",))


def test_xlsx_has_an_overview_and_the_long_table_pivots(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    build_cases(desk)
    report = region(desk)
    book = load_workbook(write_report(report, tmp_path / "regio.xlsx"))
    assert book.sheetnames[0] == "Overzicht" and book.sheetnames[-1] == "Gegevens"
    long_path = write_report(report, tmp_path / "regio.long.csv")
    with long_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    head, body = rows[0], rows[1:]
    assert head[:6] == [
        "locatiecode",
        "locatie",
        "gemeentecode",
        "gemeente",
        "periode_begin",
        "periode_eind",
    ]
    visits = {r[0]: int(r[9]) for r in body if r[6] == "totaal" and r[7] == "Bezoeken"}
    assert visits == {code: n for code, (n, _) in visits_per_location(desk, *YEAR).items()} | {
        code: 0 for code in visits if code not in visits_per_location(desk, *YEAR)
    }
    assert all(r[4] == "2026-01-01" and r[5] == "2026-11-03" for r in body)
    assert all(r[2].startswith("GM") for r in body)


def test_the_command_line(desk: Desk, clock: Clock, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    build_cases(desk)
    out = tmp_path / "regio.pdf"
    argv = ["report", "--kind", "region", "--period", "2026-Q3"]
    done = cli(*argv, "--group", "organisation", "--municipality", "GM0518", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Regio-overzicht 3e kwartaal 2026" in text and "Subtotaal organisatie" in text
    refused = cli("report", "--period", "2099-01", "--out", str(tmp_path / "x.pdf"))
    assert refused.returncode != 0 and "ligt in de toekomst" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()


def test_the_regio_tab_saves_and_prints_the_regional_report(
    qtbot, desk: Desk, clock: Clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.region_view import RegionView

    build_cases(desk)
    view = RegionView(desk)
    qtbot.addWidget(view)
    view.show()
    view.months_box.setValue(3)  # September to November 2026
    xlsx = tmp_path / "regio.xlsx"
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.save_to(xlsx)
    book = load_workbook(xlsx)
    overview = {row[1]: row[2] for row in book["Overzicht"].iter_rows(min_row=3, values_only=True)}
    expected = visits_per_location(desk, "2026-09-01", "2026-11-04")
    assert overview["GM0518-nieuw"] == expected["GM0518-nieuw"][0] == 6
    assert "Opgeslagen" in view.status.text()

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    with qtbot.waitSignal(view.printed, timeout=30000):
        view.print_to(printer)
    assert len(PdfReader(tmp_path / "afdruk.pdf").pages) >= 1


def test_the_long_table_has_one_order_on_every_database(desk: Desk, clock: Clock) -> None:
    """Locations by group and name, then per dimension the values most first and by label among
    equals: not the order a database's GROUP BY happened to return (SQLite and PostgreSQL
    differ)."""
    from ido_desk.reports.tables.region import facts

    build_cases(desk)
    report = region(desk)
    for figures in report.figures:
        for dimension in ("kanaal", "domein", "onderwerp", "hulp"):
            values = [(-n, label) for d, label, n in figures.counts if d == dimension]
            assert values == sorted(values), (figures.location.code, dimension)
    order = [(f.location_code, f.dimension) for f in facts(report)]
    assert order == sorted(
        order, key=lambda p: [f.location.code for f in report.figures].index(p[0])
    )
