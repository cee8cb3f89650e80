"""The regional report as a landscape PDF: every location side by side, grouped and
subtotalled, with a grand total; visits per location as a chart; the months with nothing
received."""

from __future__ import annotations

from reportlab.platypus import Flowable, TableStyle

from ido_desk.reports import formatting as fmt
from ido_desk.reports.kinds import GROUPS
from ido_desk.reports.model import CountRow
from ido_desk.reports.pdf import blocks, charts
from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.grid import grid
from ido_desk.reports.region import SUBTOTAL, TOTAL, RegionReport, RegionTable

WIDE = True
LABEL_WIDTH = 78 * st.mm
CHART_ROWS = 30
CHART_WIDTH = st.WIDE_WIDTH - 12  # the frame's padding


def everyone(locations: int) -> str:
    """ "Alle 12 locaties naast elkaar", "De ene locatie" when there is one."""
    return "De ene locatie" if locations == 1 else f"Alle {locations} locaties naast elkaar"


def story(report: RegionReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(
        header, f"Regio-overzicht {header.period_label}", st.WIDE_WIDTH
    )
    parts.append(
        blocks.text(
            f"{everyone(len(report.figures))}, per {GROUPS[report.group]} met een subtotaal en "
            f"onderaan het totaal: {fmt.counted(report.visits, 'bezoek', 'bezoeken')}.",
            st.BODY,
        )
    )
    if report.empty:
        parts.append(blocks.notice("Geen registraties in deze periode."))
    for table in report.tables:
        if table.columns:
            parts += blocks.section(table.title, _table(table), keep=False)
    visits = [
        CountRow(f.location.title, f.visits, fmt.ratio(f.visits, report.visits))
        for f in sorted(report.figures, key=lambda f: -f.visits)
        if not f.nothing_received  # no bar of 0: named under "niets ontvangen" below
    ]
    for start in range(0, len(visits), CHART_ROWS):  # a page holds some 30 bars
        chunk = visits[start : start + CHART_ROWS]
        title = "Bezoeken per locatie" + (" (vervolg)" if start else "")
        parts += blocks.section(title, charts.bar_chart(chunk, CHART_WIDTH, 90 * st.mm))
    missing = [f for f in report.figures if f.missing]
    if missing:
        lines = [f"{f.location.title}: {', '.join(f.missing)}" for f in missing]
        parts += blocks.section(
            "Maanden waarover niets is ontvangen", *(blocks.text(line, st.BODY) for line in lines)
        )
    return blocks.ending_with_footnotes(parts, report.definitions)


def _table(table: RegionTable) -> Flowable:
    heads: list[Flowable | str] = [
        "Locatie",
        *(blocks.head(c) for c in table.columns),
    ]
    body: list[list[Flowable | str]] = [heads]
    bold = []
    for row in table.rows:
        cells = [fmt.value(kind, v) for kind, v in zip(table.kinds, row.values, strict=True)]
        body.append([blocks.label_cell(row.label, LABEL_WIDTH, bool(row.level)), *cells])
        if row.level in (SUBTOTAL, TOTAL):
            bold.append(len(body) - 1)
    each = (st.WIDE_WIDTH - LABEL_WIDTH) / max(1, len(table.columns))
    widths = [LABEL_WIDTH, *([min(each, 40 * st.mm)] * len(table.columns))]
    table_ = grid(body, widths, 1, bold, 8, label=(st.CELL.fontSize, st.CELL.leading))
    table_.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT)]))
    return table_
