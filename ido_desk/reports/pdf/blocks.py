"""Building blocks every report kind shares: the title block, tables, sections. The model
holds numbers; the text printed for them is made here (``formatting``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ido_desk.periods import dutch_date
from ido_desk.reports import compare
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import Comparison, CountRow, Header, KeyFigure, Matrix
from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.grid import CELL_PADDING, Head, HeadMarkup, grid
from ido_desk.reports.pdf.keep import Keep
from ido_desk.reports.pdf.plain_text import PlainText, simple

MAX_VALUE_COLUMNS = 8  # a matrix with more columns is split into several tables
CHANGE_WIDTH = 35 * st.mm  # a change column: "niet vergelijkbaar" on one line, also bold


def text(value: str, style: st.ParagraphStyle = st.BODY) -> Flowable:
    if simple(value, style):
        return PlainText(value, style)
    return Paragraph(escape(value), style)


def label_cell(label: str, width: float, bold: bool = False) -> Flowable | str:
    """A table's label: plain text when it fits its column (drawn at once; a report with a
    hundred sections has tens of thousands of them), a wrapping paragraph when it does not."""
    if _fits(label, width, bold):
        return label
    return text(label.strip(), _indented(len(label) - len(label.lstrip()), bold))


@lru_cache(maxsize=8)
def _indented(spaces: int, bold: bool) -> st.ParagraphStyle:
    """The cell style of a wrapped label, its sub-row indent (the leading spaces) kept."""
    style = st.CELL_BOLD if bold else st.CELL
    if not spaces:
        return style
    indent = stringWidth(" " * spaces, style.fontName, style.fontSize)
    return st.ParagraphStyle(f"{style.name}-{spaces}", parent=style, leftIndent=indent)


@lru_cache(maxsize=4096)
def _fits(label: str, width: float, bold: bool) -> bool:
    """Whether a label fits its column on one line (measured once: the account's hundred
    sections repeat the same labels in the same columns)."""
    font = st.BOLD if bold else st.FONT
    return stringWidth(label, font, st.CELL.fontSize) <= width - 2 * CELL_PADDING


def period_text(header: Header) -> str:
    period = header.period
    if header.until is not None:
        return (
            f"{period.label}, loopt nog: {dutch_date(period.start)} t/m "
            f"{dutch_date(header.until)} (vandaag)"
        )
    if period.kind == "range":
        return period.label
    return f"{period.label} ({dutch_date(period.start)} t/m {dutch_date(period.last_day)})"


def title_block(header: Header, heading: str, width: float = st.WIDTH) -> list[Flowable]:
    """The report's name and period, then what it covers, who and when."""
    facts = [
        ("Locatie", header.location),
        ("Bibliotheekorganisatie", header.organisation or fmt.DASH),
        ("Gemeente", header.municipality or fmt.DASH),
    ]
    if header.covers:
        facts.append(("Filter", header.covers))
    facts += [
        ("Periode", period_text(header)),
        ("Gemaakt op", dutch_date(header.produced)),
        ("Programma", f"IDO Desk {header.version}"),
    ]
    table = Table(
        [[text(k, st.CELL_BOLD), text(v, st.CELL)] for k, v in facts],
        colWidths=[42 * st.mm, width - 42 * st.mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        text(heading, st.TITLE),
        Spacer(1, 3),
        text(header.title, st.SUBTITLE),
        Spacer(1, 8),
        table,
        Spacer(1, 6),
    ]


def section(title: str, *content: Flowable, keep: bool = True) -> list[Flowable]:
    heading = text(title, st.H2)
    if keep:
        return [Keep([heading, *content])]
    return [heading, *content]


def head(label: str) -> Head:
    """A header cell that wraps rather than running into its neighbour."""
    return Head(label)


def comparison_head(comparison: Comparison) -> HeadMarkup:
    lines = [escape(comparison.name), f"({escape(comparison.period.label)})"]
    if comparison.note:
        lines.append(f"<i>{escape(comparison.note)}</i>")
    return HeadMarkup("<br/>".join(lines))


def key_figure_table(
    figures: Sequence[KeyFigure], period: str, comparisons: Sequence[Comparison]
) -> Table:
    heads: list[Flowable | str] = ["Kerncijfer", head(period)]
    for comparison in comparisons:
        heads += [comparison_head(comparison), head("Verschil")]
    rows: list[list[Flowable | str]] = [heads]
    for figure in figures:
        row: list[Flowable | str] = [figure.label, fmt.value(figure.kind, figure.value)]
        for earlier, delta in zip(figure.earlier, figure.changes, strict=True):
            row += [fmt.value(figure.kind, earlier), fmt.change(delta) if delta else ""]
        rows.append(row)
    rest = st.WIDTH - 42 * st.mm - 26 * st.mm
    each = rest / max(1, len(comparisons))
    # the change column holds "niet vergelijkbaar", on two lines beside two comparisons
    change = max(each * 0.42, 25 * st.mm)
    widths = [42 * st.mm, 26 * st.mm] + [each - change, change] * len(comparisons)
    return grid(rows, widths, numeric_from=1, strong={1: 10})


def count_table(rows: Sequence[CountRow], first: str, note: str = "") -> Table:
    heads: list[Flowable | str] = [first, *([note] if note else []), "Aantal", "Aandeel"]
    body: list[list[Flowable | str]] = [heads]
    fixed = (28 * st.mm if note else 0) + 44 * st.mm
    widths = [st.WIDTH - fixed, *([28 * st.mm] if note else []), 22 * st.mm, 22 * st.mm]
    for row in rows:
        body.append(
            [
                label_cell(("    " if row.level else "") + row.label, widths[0]),
                *([row.note] if note else []),
                fmt.number(row.count),
                fmt.percent(row.share),
            ]
        )
    return grid(body, widths, numeric_from=2 if note else 1)


def compared_table(
    rows: Sequence[CountRow],
    first: str,
    comparison: Comparison | None,
    comparable: bool,
    received: bool = True,
) -> Table:
    """Label, count, share; then the compared period's count and the change (dashes when
    nothing was ``received`` for the compared period)."""
    heads: list[Flowable | str] = [first, head("Aantal"), head("Aandeel")]
    if comparison is not None:
        heads += [comparison_head(comparison), head("Verschil")]
    body: list[list[Flowable | str]] = [heads]
    bold = []
    numbers = [20 * st.mm, 20 * st.mm] + ([30 * st.mm, CHANGE_WIDTH] if comparison else [])
    widths = [st.WIDTH - sum(numbers), *numbers]
    grouped = any(r.level for r in rows)
    for row in rows:
        label = ("    " if row.level else "") + row.label
        line: list[Flowable | str] = [
            label_cell(label, widths[0], bold=grouped and row.level == 0),
            fmt.number(row.count),
            fmt.percent(row.share),
        ]
        if comparison is not None:
            if received:
                before = row.before or 0
                change = compare.change(row.count, before, comparable)
                line += [fmt.number(before), fmt.change(change)]
            else:
                line += [fmt.DASH, ""]
        body.append(line)
        if row.level == 0 and grouped:
            bold.append(len(body) - 1)
    return grid(body, widths, numeric_from=1, bold_rows=bold)


def matrix_tables(matrix: Matrix, first: str = "", width: float = st.WIDTH) -> list[Flowable]:
    """The matrix as one table, or as several when it has more columns than fit (each part
    repeats the label column; the total stays with the last part)."""
    count = len(matrix.columns)
    parts = [
        range(i, min(i + MAX_VALUE_COLUMNS, count)) for i in range(0, count, MAX_VALUE_COLUMNS)
    ]
    result: list[Flowable] = []
    for part in parts:
        result += [_matrix_part(matrix, first, list(part), width), Spacer(1, 4)]
    return result


def _matrix_part(matrix: Matrix, first: str, columns: list[int], width: float) -> Table:
    heads: list[Flowable | str] = [first, *(head(matrix.columns[i]) for i in columns)]
    body: list[list[Flowable | str]] = [heads]
    bold = []
    value_width = min(24 * st.mm, (width - 60 * st.mm) / max(1, len(columns)))
    widths = [width - value_width * len(columns), *([value_width] * len(columns))]
    grouped = any(r.level for r in matrix.rows)
    for row in matrix.rows:
        label = label_cell(
            ("    " if row.level else "") + row.label, widths[0], grouped and row.level == 0
        )
        values = (row.values[i] for i in columns)
        body.append([label, *(fmt.DASH if v is None else fmt.number(v) for v in values)])
        if row.level == 0 and grouped:
            bold.append(len(body) - 1)
    last = bool(columns) and columns[-1] == len(matrix.columns) - 1
    return grid(
        body, widths, numeric_from=1, bold_rows=bold, strong={len(columns): 0} if last else None
    )


def notice(message: str) -> Paragraph:
    return text(message, st.NOTICE)


def footnotes(lines: Sequence[str]) -> list[Flowable]:
    """The definitions, kept together with their heading (never a heading alone)."""
    return [Keep([text("Definities", st.H3), *(text(line, st.SMALL) for line in lines)])]


def ending_with_footnotes(parts: list[Flowable], lines: Sequence[str]) -> list[Flowable]:
    """``parts`` with the definitions kept on the page of the last section, so they never
    stand alone on a nearly empty last page."""
    notes = [Spacer(1, 8), text("Definities", st.H3), *(text(line, st.SMALL) for line in lines)]
    if parts and isinstance(parts[-1], Keep):
        last = parts[-1]
        return [*parts[:-1], Keep([*last._content, *notes])]
    return [*parts, Keep(notes)]
