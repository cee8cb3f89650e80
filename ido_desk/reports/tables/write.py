"""Writing a report's tables: CSV (the one dialect of ``csv_safe``: UTF-8 with BOM, semicolons,
decimal comma) and XLSX (numbers as numbers with a number format, an "Overzicht" sheet first
when the kind has one, and the long table as the sheet "Gegevens"). A text cell that starts
like a formula is neutralised."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ido_desk.csv_safe import csv_writer, neutralise
from ido_desk.reports import formatting as fmt
from ido_desk.reports.kinds import part
from ido_desk.reports.tables.cells import FACT_COLUMNS, Cell, Fact, Number, Table

NUMBER_FORMATS = {
    "count": "#,##0",
    "decimal": "0.00",
    "percent": "0.0%",
    "minutes": "0.0",
    "hours": "0.0",
    "change": "+0.0%;-0.0%;0.0%",
    "points": '+0.0" pp";-0.0" pp";0.0" pp"',
}
LONG_SHEET = "Gegevens"


def write_tables(
    report: Any, path: Path, long_only: bool = False, *, as_csv: bool | None = None
) -> None:
    """CSV or XLSX: by ``as_csv``, else by the name's extension (a scratch file has none)."""
    module = part(report.kind, "tables")
    facts = module.facts(report)
    if path.suffix.lower() == ".csv" if as_csv is None else as_csv:
        if long_only:
            write_csv([fact_table(facts)], path, titles=False)
        else:
            write_csv(module.tables(report), path)
        return
    tables = [] if long_only else list(module.tables(report))
    write_xlsx([*tables, fact_table(facts)], path)


def fact_table(facts: Sequence[Fact]) -> Table:
    rows = tuple(
        (
            f.location_code,
            f.location,
            f.municipality_code,
            f.municipality,
            f.start.isoformat(),
            f.end.isoformat(),
            f.dimension,
            f.value,
            f.measure,
            f.number,
            f.note,
        )
        for f in facts
    )
    return Table(
        "Gegevens (één rij per locatie, periode en waarde)", FACT_COLUMNS, rows, LONG_SHEET
    )


CSV_DIGITS = {"percent": 1, "change": 1, "points": 1, "decimal": 2, "minutes": 1, "hours": 1}


def csv_number(value: float, digits: int = 0) -> str:
    """A number a Dutch spreadsheet reads: decimal comma, no thousands separator, a minus
    and never a plus."""
    if not digits:
        return str(round(value))
    return f"{value:.{digits}f}".replace(".", ",")


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, Number):
        scale = {"percent": 100, "change": 100, "hours": 1 / 60}.get(value.kind, 1)
        return csv_number(value.value * scale, CSV_DIGITS.get(value.kind, 0))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return csv_number(value, 0 if value.is_integer() else 2)
    return str(neutralise(value))


def write_csv(tables: Sequence[Table], path: Path, titles: bool = True) -> None:
    """The tables one after another: a title line, the header, the rows, an empty line (the
    long table: only its header and rows)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        for n, table in enumerate(tables):
            if n:
                writer.writerow([])
            if titles:
                writer.writerow([_csv_cell(table.title)])
            writer.writerow([_csv_cell(c) for c in table.columns])
            for row in table.rows:
                writer.writerow([_csv_cell(c) for c in row])


def _sheet_title(title: str, used: set[str]) -> str:
    """A unique tab name of at most 31 characters, cut at a word where possible."""
    base = re.sub(r"\s+", " ", re.sub(r"[\[\]:*?/\\']", " ", title)).strip() or "Tabel"
    if len(base) > 31:
        cut = base[:31]
        base = (cut.rsplit(" ", 1)[0] if " " in cut[10:] else cut).rstrip(" –-(") or cut
    name, n = base, 2
    while name.lower() in used:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _xlsx_value(value: Cell) -> str | int | float | None:
    if isinstance(value, Number):
        return value.value / 60 if value.kind == "hours" else value.value
    return neutralise(value)


def _shown(value: Cell) -> str:
    if isinstance(value, Number):
        return fmt.decimal(value.value, 1)
    return "" if value is None else str(value)


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    """One sheet per table, the header in bold; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    default = book.active
    used: set[str] = set()
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.sheet or table.title, used))
        sheet.append([neutralise(table.title)])
        sheet["A1"].font = Font(bold=True, size=12)
        sheet.append([neutralise(c) for c in table.columns])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_xlsx_value(c) for c in row])
            for cell, value in zip(sheet[sheet.max_row], row, strict=False):
                if isinstance(value, Number):
                    cell.number_format = NUMBER_FORMATS[value.kind]
        sample = table.rows[:200]
        for index, column in enumerate(table.columns, start=1):
            width = max([len(str(column)), *(len(_shown(r[index - 1])) for r in sample)])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, width + 2))
        sheet.freeze_panes = "A3"
    if default is not None:
        book.remove(default)
    book.save(path)
