"""Every table of a report as CSV (UTF-8 with BOM, semicolons: what Dutch Excel expects) and as
XLSX (one sheet per table, numbers as numbers: a key figure like "82,2%" is the fraction
0.822 with a percent format there, while the CSV keeps the Dutch text). A text cell that
starts with = + - @ (or a tab or carriage return) is neutralised with a leading apostrophe,
so a spreadsheet never runs it as a formula."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from ido_desk.csv_safe import neutralise
from ido_desk.reports.model import (
    Cell,
    CountRow,
    Figure,
    KeyFigure,
    Matrix,
    MonthlyReport,
    MunicipalityReport,
    NationalTotalsReport,
    Report,
    Table,
)


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


NUMBER_FORMATS = {"count": "#,##0", "decimal": "0.00", "percent": "0.0%", "minutes": "0.0"}


def _figure(figure: KeyFigure, value: float | None, text: str) -> Cell:
    """The value as a number for a spreadsheet (its Dutch text for the CSV)."""
    if value is None or figure.kind not in NUMBER_FORMATS:
        return text
    if figure.kind == "count":
        return Figure(int(value), text, NUMBER_FORMATS["count"])
    if figure.kind == "minutes":
        text = text.removesuffix(" min")
    return Figure(float(value), text, NUMBER_FORMATS[figure.kind])


CHANGE_FORMATS = {"relative": "+0.0%;-0.0%;0.0%", "points": '+0.0" pp";-0.0" pp";0.0" pp"'}


def _change(figure: KeyFigure, before: float | None, text: str) -> Cell:
    """The change as a number (a fraction, or percentage points for a share) when there is
    one; "nieuw" or a dash stay text."""
    if figure.kind not in NUMBER_FORMATS or figure.value is None or not before:
        return text
    if figure.kind == "percent":
        return Figure((figure.value - before) * 100, text, CHANGE_FORMATS["points"])
    return Figure((figure.value - before) / before, text, CHANGE_FORMATS["relative"])


def _key_figures(report: MonthlyReport) -> Table:
    header = report.header
    previous = report.compared[0] or header.period.previous().label
    year_ago = report.compared[1] or header.period.year_earlier().label
    rows = []
    for f in report.key_figures:
        label = f"{f.label} (min)" if f.kind == "minutes" else f.label
        if f.kind in NUMBER_FORMATS:
            before = _figure(f, f.previous_value, f.previous.split(" (")[0])
            earlier = _figure(f, f.year_ago_value, f.year_ago.split(" (")[0])
        else:
            before, earlier = f.previous, f.year_ago
        rows.append(
            (
                label,
                _figure(f, f.value, f.text),
                before,
                _change(f, f.previous_value, f.previous_change),
                earlier,
                _change(f, f.year_ago_value, f.year_ago_change),
            )
        )
    columns = (
        "Kerncijfer",
        header.period_label,
        f"Vorige periode ({previous})",
        "Verschil",
        f"Een jaar eerder ({year_ago})",
        "Verschil",
    )
    return Table("Kerncijfers", columns, tuple(rows))


def _monthly(report: MonthlyReport) -> tuple[Table, ...]:
    figures = _key_figures(report)
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


SHORT_SHEETS = {
    "Bezoeken en vragen": "bezoeken",
    "Vragen per onderwerp": "onderwerpen",
    "Vragen per overheidslaag": "overheidslagen",
}


def _municipality(report: MunicipalityReport) -> tuple[Table, ...]:
    """Per municipality its tables; the full name is in each title, the tabs are short
    ("Gemeente 2 – onderwerpen") so they never collide at Excel's 31 characters."""
    tables = []
    for number, section in enumerate(report.sections, start=1):
        name = f"{section.municipality} ({section.cbs_code})"
        tab = f"Gemeente {number} – "
        tables.append(
            Table(
                f"{name}: locaties",
                ("Locatie",),
                tuple((loc,) for loc in section.locations),
                sheet=tab + "locaties",
            )
        )
        for matrix in (section.totals, section.topics, section.levels):
            table = _matrix_table(f"{name}: {matrix.title.lower()}", matrix)
            short = SHORT_SHEETS.get(matrix.title, matrix.title.lower())
            tables.append(Table(table.title, table.columns, table.rows, sheet=tab + short))
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
    if isinstance(value, Figure):
        return value.text
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
    if isinstance(value, Figure):
        return value.value
    return neutralise(value)


def write_xlsx(tables: Sequence[Table], path: Path) -> None:
    """One sheet per table, the header in bold; numbers stay numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
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
                if isinstance(value, Figure):
                    cell.number_format = value.number_format
        for index, column in enumerate(table.columns, start=1):
            width = max([len(str(column)), *(len(_csv_cell(r[index - 1])) for r in table.rows)])
            sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, width + 2))
        sheet.freeze_panes = "A3"
    if default is not None:
        book.remove(default)
    book.save(path)
