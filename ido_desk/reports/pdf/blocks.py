"""Building blocks every report kind shares: the title block, tables, sections."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ido_desk.periods import dutch_date
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import CountRow, Header, KeyFigure, Matrix
from ido_desk.reports.pdf import styles as st


def text(value: str, style: st.ParagraphStyle = st.BODY) -> Paragraph:
    return Paragraph(escape(value), style)


def title_block(header: Header, heading: str) -> list[Flowable]:
    """The report's name and period, then who and when."""
    facts = [
        ("Locatie", header.location),
        ("Bibliotheekorganisatie", header.organisation or fmt.DASH),
        ("Gemeente", header.municipality or fmt.DASH),
        (
            "Periode",
            f"{header.period.label} ({dutch_date(header.period.start)} t/m "
            f"{dutch_date(header.period.last_day)})"
            if header.until is None
            else f"{header.period.label}, loopt nog: {dutch_date(header.period.start)} t/m "
            f"{dutch_date(header.until)} (vandaag)",
        ),
        ("Gemaakt op", dutch_date(header.produced)),
        ("Programma", f"IDO Desk {header.version}"),
    ]
    table = Table(
        [[text(k, st.CELL_BOLD), text(v, st.CELL)] for k, v in facts],
        colWidths=[42 * st.mm, st.WIDTH - 42 * st.mm],
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
        return [KeepTogether([heading, *content])]
    return [heading, *content]


def _grid(
    rows: list[list[Flowable | str]],
    widths: Sequence[float],
    numeric_from: int,
    bold_rows: Sequence[int] = (),
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, 0), st.BOLD),
        ("FONTNAME", (0, 1), (-1, -1), st.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for index in bold_rows:
        commands.append(("FONTNAME", (0, index), (-1, index), st.BOLD))
        commands.append(("BACKGROUND", (0, index), (-1, index), st.BAND))
    table.setStyle(TableStyle(commands))
    return table


def key_figure_table(
    figures: Sequence[KeyFigure], period: str, previous: str, year_ago: str
) -> Table:
    right = st.ParagraphStyle("right", parent=st.CELL_BOLD, alignment=2)
    head: list[Flowable | str] = [
        "Kerncijfer",
        text(period, right),
        Paragraph(f"Vorige periode<br/>({escape(previous)})", right),
        Paragraph(f"Een jaar eerder<br/>({escape(year_ago)})", right),
    ]
    rows: list[list[Flowable | str]] = [head]
    for figure in figures:
        rows.append([figure.label, figure.text, figure.previous, figure.year_ago])
    widths = [50 * st.mm, 36 * st.mm, 44 * st.mm, st.WIDTH - 130 * st.mm]
    table = _grid(rows, widths, numeric_from=1)
    table.setStyle(
        TableStyle([("FONTNAME", (1, 1), (1, -1), st.BOLD), ("FONTSIZE", (1, 1), (1, -1), 10)])
    )
    return table


def count_table(rows: Sequence[CountRow], first: str, note: str = "") -> Table:
    head: list[Flowable | str] = [first, *([note] if note else []), "Aantal", "Aandeel"]
    body: list[list[Flowable | str]] = [head]
    for row in rows:
        body.append(
            [
                text(row.label, st.CELL),
                *([row.note] if note else []),
                fmt.number(row.count),
                fmt.percent(row.share),
            ]
        )
    fixed = (28 * st.mm if note else 0) + 44 * st.mm
    widths = [st.WIDTH - fixed, *([28 * st.mm] if note else []), 22 * st.mm, 22 * st.mm]
    return _grid(body, widths, numeric_from=2 if note else 1)


def matrix_table(matrix: Matrix, first: str = "") -> Table:
    head: list[Flowable | str] = [first, *matrix.columns]
    body: list[list[Flowable | str]] = [head]
    bold = []
    for row in matrix.rows:
        label = ("    " if row.level else "") + row.label
        body.append([text(label, st.CELL), *(fmt.number(v) for v in row.values)])
        if row.level == 0 and any(r.level for r in matrix.rows):
            bold.append(len(body) - 1)
    count = len(matrix.columns)
    value_width = min(22 * st.mm, (st.WIDTH - 60 * st.mm) / max(1, count))
    widths = [st.WIDTH - value_width * count, *([value_width] * count)]
    table = _grid(body, widths, numeric_from=1, bold_rows=bold)
    table.setStyle(TableStyle([("FONTNAME", (-1, 1), (-1, -1), st.BOLD)]))
    return table


def notice(message: str) -> Paragraph:
    return text(message, st.NOTICE)


def footnotes(lines: Sequence[str]) -> list[Flowable]:
    return [text("Definities", st.H3), *(text(line, st.SMALL) for line in lines)]
