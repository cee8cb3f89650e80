"""CSV (UTF-8 with BOM, semicolons) and XLSX hold the same numbers as the PDF, and a cell
that could run as a formula is neutralised."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from ido_desk.csv_safe import neutralise
from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.db_helpers import connect
from tests.report_data import Q, V, add_location, add_visits

VISITS = [V(datetime(2026, 10, 5, 10, m)) for m in range(0, 50, 10)] + [
    V(
        datetime(2026, 10, 8, 15, 5),
        (
            Q("zorg_wmo", None, "gemeente", "doorverwezen", "welzijn"),
            Q("belastingen", None, "belastingdienst"),
        ),
        channel="afspraak",
        duration=45,
    )
]


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Dutch Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def section(rows: list[list[str]], title: str) -> list[list[str]]:
    start = rows.index([title]) + 2
    end = next((i for i in range(start, len(rows)) if rows[i] == []), len(rows))
    return rows[start:end]


def test_csv_and_xlsx_hold_the_pdf_numbers(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    add_visits(desk, VISITS)
    report = build_report(desk, ReportRequest("monthly", parse_period("2026-10")))
    pdf = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(write_report(report, tmp_path / "r.pdf")).pages
    )
    rows = csv_rows(write_report(report, tmp_path / "r.csv"))
    book = load_workbook(write_report(report, tmp_path / "r.xlsx"))

    topics = section(rows, "Vragen per onderwerp")
    assert ["DigiD", "5", "71,4"] in topics
    assert ["DigiD > Activeren", "5", "71,4"] in topics
    assert ["Zorg en Wmo", "1", "14,3"] in topics
    assert "DigiD 5 (71,4%)" in pdf and "Zorg en Wmo 1 (14,3%)" in pdf

    figures = section(rows, "Kerncijfers")
    assert figures[0][:2] == ["Bezoeken", "6"] and "Bezoeken 6" in pdf
    assert figures[1][:2] == ["Vragen", "7"] and "Vragen 7" in pdf

    sheet = book["Vragen per onderwerp"]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert values["DigiD"] == 5 and values["Belastingen"] == 1  # numbers stay numbers
    heat = {
        row[0]: row[1:]
        for row in book["Bezoeken per dag en uur"].iter_rows(min_row=3, values_only=True)
    }
    hours = [
        c
        for c in next(
            book["Bezoeken per dag en uur"].iter_rows(min_row=2, max_row=2, values_only=True)
        )
    ]
    assert heat["ma"][hours.index("10:00") - 1] == 5
    assert heat["do"][hours.index("15:00") - 1] == 1
    referrals = section(rows, "Doorverwijzingen")
    assert referrals == [["Welzijn", "dienst", "1", "100,0"]]


def test_formula_like_text_is_neutralised(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    sneaky = add_location(
        desk, "GM0518-x", '=HYPERLINK("http://evil","klik")', "Den Haag", "GM0518"
    )
    with connect(desk) as con:
        con.execute("UPDATE location SET organisation = '' WHERE id = ?", (sneaky,))
    add_visits(desk, [V(datetime(2026, 2, 3, 10), location=sneaky)])
    report = build_report(desk, ReportRequest("municipality", parse_period("2026"), "all"))
    text = (write_report(report, tmp_path / "g.csv")).read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text and "\n=HYPERLINK" not in text
    book = load_workbook(write_report(report, tmp_path / "g.xlsx"))
    cells = [
        c.value
        for sheet in book
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str)
    ]
    assert any(v.startswith("'=HYPERLINK") for v in cells)
    assert not any(v.startswith("=") for v in cells)


def test_neutralise() -> None:
    assert [neutralise(v) for v in ("=1+2", "+31", "-2", "@SUM", "\tx", "DigiD", 5, None)] == [
        "'=1+2",
        "'+31",
        "'-2",
        "'@SUM",
        "'\tx",
        "DigiD",
        5,
        None,
    ]


def test_changes_are_numbers_and_the_long_table_names_place_and_period(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    add_visits(desk, VISITS)  # October: 6 visits
    add_visits(desk, [V(datetime(2026, 9, d, 10)) for d in range(1, 11)])  # September: 10
    report = build_report(desk, ReportRequest("monthly", parse_period("2026-10")))
    rows = csv_rows(write_report(report, tmp_path / "r.csv"))
    visits = section(rows, "Kerncijfers")[0]
    assert visits[:4] == ["Bezoeken", "6", "10", "-40,0"]  # a number, not "–40,0%"
    book = load_workbook(write_report(report, tmp_path / "r.xlsx"))
    change = book["Kerncijfers"]["D3"]
    assert change.value == -0.4 and change.number_format.startswith("+0.0%")
    assert book.sheetnames[-1] == "Gegevens"

    long_rows = csv_rows(write_report(report, tmp_path / "r.long.csv"))
    head, body = long_rows[0], long_rows[1:]
    assert head[0] == "locatiecode" and head[9] == "getal"
    assert all(r[0] == "GM0603-huis-van-de-stad" and r[2] == "GM0603" for r in body)
    topics = {r[7]: r[9] for r in body if r[6] == "onderwerp" and r[8] == "aantal"}
    assert topics["DigiD"] == "5" and topics["DigiD > Activeren"] == "5"
    october = [r for r in body if r[6] == "maand" and r[4] == "2026-10-01"]
    assert {r[7]: r[9] for r in october} == {"Bezoeken": "6", "Vragen": "7"}
    assert {r[5] for r in october} == {"2026-10-31"}
