"""Every table of a report as CSV (UTF-8 with BOM, semicolons: what Dutch Excel expects) and as
XLSX (one sheet per table). A text cell that starts with = + - @ (or a tab or carriage
return) is neutralised with a leading apostrophe, so a spreadsheet never runs it as a formula."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from ido_desk.reports.model import (
    Cell,
    CountRow,
    Matrix,
    MonthlyReport,
    MunicipalityReport,
    NationalTotalsReport,
    Report,
    Table,
)

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Cell) -> Cell:
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def report_tables(report: Report) -> tuple[Table, ...]:
    if isinstance(report, MonthlyReport):
        return _monthly(report)
    if isinstance(report, MunicipalityReport):
        return _municipality(report)
    return _national(report)


def _share(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def _counts(title: str, first: str, rows: Sequence[CountRow], note: str = "") -> Table:
    parent = ""
    body: list[tuple[Cell, ...]] = []
    for row in rows:
        if row.level == 0:
            parent = row.label
        label = f"{parent} > {row.label}" if row.level else row.label
        extra: tuple[Cell, ...] = (row.note,) if note else ()
        body.append((label, *extra, row.count, _share(row.share)))
    columns = (first, *((note,) if note else ()), "Aantal", "Aandeel (%)")
    return Table(title, columns, tuple(body))


def _monthly(report: MonthlyReport) -> tuple[Table, ...]:
    figures = Table(
        "Kerncijfers",
        ("Kerncijfer", report.header.period.label, "Vorige periode", "Een jaar eerder"),
        tuple((f.label, f.text, f.previous, f.year_ago) for f in report.key_figures),
    )
    heat = report.heatmap
    heatmap = Table(
        "Bezoeken per dag en uur",
        ("Dag", *(f"{h}:00" for h in heat.hours)),
        tuple((day, *cells) for day, cells in zip(heat.days, heat.cells, strict=True)),
    )
    trend = Table(
        "Verloop over twaalf maanden",
        ("Maand", "Bezoeken", "Vragen"),
        tuple((p.label, p.visits, p.questions) for p in report.trend),
    )
    return (
        figures,
        _counts("Vragen per onderwerp", "Onderwerp", report.topics),
        _counts("Vragen per organisatie", "Overheidslaag > organisatie", report.organisations),
        _counts("Vragen per soort hulp", "Hulp", report.helps),
        _counts("Bezoeken per kanaal", "Kanaal", report.channels),
        _counts("Doorverwijzingen", "Doorverwezen naar", report.referrals, note="Soort"),
        heatmap,
        trend,
    )


def _matrix_table(title: str, matrix: Matrix) -> Table:
    parent = ""
    rows: list[tuple[Cell, ...]] = []
    for row in matrix.rows:
        if row.level == 0:
            parent = row.label
        rows.append((f"{parent} > {row.label}" if row.level else row.label, *row.values))
    return Table(title, ("", *matrix.columns), tuple(rows))


def _municipality(report: MunicipalityReport) -> tuple[Table, ...]:
    tables = []
    for section in report.sections:
        name = f"{section.municipality} ({section.cbs_code})"
        tables.append(
            Table(f"{name} locaties", ("Locatie",), tuple((loc,) for loc in section.locations))
        )
        for matrix in (section.totals, section.topics, section.levels):
            tables.append(_matrix_table(f"{name} {matrix.title.lower()}", matrix))
    return tuple(tables)


def _national(report: NationalTotalsReport) -> tuple[Table, ...]:
    summary = Table(
        "Samenvatting",
        ("", "Aantal"),
        (
            ("Bezoeken", report.visits),
            ("Vragen", report.questions),
            ("Nog niet overgezet", report.untransferred),
        ),
    )
    return (summary, *(_matrix_table(m.title, m) for m in report.matrices))


# -- writing ------------------------------------------------------------------------------


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(neutralise(value))


def write_csv(tables: Sequence[Table], path: Path, delimiter: str = ";") -> None:
    """All tables one after another: a title line, the header, the rows, an empty line."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        for n, table in enumerate(tables):
            if n:
                writer.writerow([])
            writer.writerow([_csv_cell(table.title)])
            writer.writerow([_csv_cell(c) for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_cell(c) for c in row])


def _sheet_title(title: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\']", " ", title).strip()[:31] or "Tabel"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    """One sheet per table, the header in bold; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    default = book.active
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        sheet.append([neutralise(table.title)])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([neutralise(c) for c in table.columns])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([neutralise(c) for c in row])
        for index, column in enumerate(table.columns, start=1):
            width = max([len(str(column)), *(len(str(r[index - 1] or "")) for r in table.rows)])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, width + 2))
        sheet.freeze_panes = "A3"
    if default is not None:
        book.remove(default)
    book.save(path)
