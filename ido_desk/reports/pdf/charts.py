"""Charts drawn with reportlab.graphics: labelled horizontal bars, the weekday x hour heatmap
and the monthly trend (a running month drawn lighter and marked, so it never reads as a
collapse; the year before beside it when there is one)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ido_desk.periods import month_short
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import CountRow, Heatmap, TrendPoint
from ido_desk.reports.pdf import styles as st

RUNNING_NOTE = "* loopt nog: geteld tot en met vandaag"
# Every attribute set on a chart's shapes is checked against its type unless this is off: a
# third of the time of a long report with a chart per section, for shapes made right here.
rl_config.shapeChecking = 0


def fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class BarChart(Flowable):
    """One bar per row; sub-rows (level 1) indented and lighter. The value and share are
    printed after each bar. Drawn straight onto the canvas (the same shapes a
    reportlab.graphics Drawing would hold, without its per-shape state machinery: the
    municipality account has a hundred of these)."""

    ROW_HEIGHT, SIZE = 13.0, 8.0

    def __init__(self, rows: Sequence[CountRow], width: float, label_width: float) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self.width = width
        self.height = self.ROW_HEIGHT * len(rows) + 4
        self.label_width = label_width
        self.rows = tuple(rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, row_height, size = self.canv, self.ROW_HEIGHT, self.SIZE
        label_width, value_width = self.label_width, 30 * mm
        bar_space = self.width - label_width - value_width
        peak = max((r.count for r in self.rows), default=0) or 1
        grouped = any(r.level for r in self.rows)
        for n, row in enumerate(self.rows):
            y = self.height - (n + 1) * row_height
            indent = 10.0 * row.level
            font = st.BOLD if grouped and row.level == 0 else st.FONT
            canvas.setFillColor(st.INK)
            canvas.setFont(font, size)
            canvas.drawString(indent, y + 3.5, fit(row.label, font, size, label_width - indent - 6))
            length = max(1.0, bar_space * row.count / peak)
            canvas.setFillColor(st.ACCENT_LIGHT if row.level else st.ACCENT)
            canvas.rect(label_width, y + 2, length, row_height - 4, stroke=0, fill=1)
            canvas.setFillColor(st.MUTED)
            canvas.setFont(st.FONT, size - 0.5)
            value = f"{fmt.number(row.count)}  ({fmt.percent(row.share)})"
            canvas.drawString(label_width + length + 4, y + 3.5, value)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(label_width, 2, label_width, self.height)


def bar_chart(
    rows: Sequence[CountRow], width: float = st.WIDTH, label_width: float = 70 * mm
) -> Flowable:
    return BarChart(rows, width, label_width)


def heatmap(data: Heatmap, width: float = st.WIDTH) -> Drawing:
    """Days down, hours across; the darker, the busier. Counts printed in each cell."""
    left, top, cell_height = 26.0, 14.0, 17.0
    cell_width = (width - left) / max(1, len(data.hours))
    drawing = Drawing(width, top + cell_height * len(data.days) + 2)
    peak = data.peak or 1
    for col, hour in enumerate(data.hours):
        drawing.add(
            String(
                left + cell_width * (col + 0.5),
                drawing.height - 10,
                f"{hour}:00",
                fontName=st.FONT,
                fontSize=7,
                fillColor=st.MUTED,
                textAnchor="middle",
            )
        )
    for row, (day, cells) in enumerate(zip(data.days, data.cells, strict=True)):
        y = drawing.height - top - (row + 1) * cell_height
        drawing.add(String(0, y + 5, day, fontName=st.BOLD, fontSize=8, fillColor=st.INK))
        for col, count in enumerate(cells):
            share = count / peak
            drawing.add(
                Rect(
                    left + col * cell_width + 0.6,
                    y + 0.6,
                    cell_width - 1.2,
                    cell_height - 1.2,
                    fillColor=st.blend(st.HEAT_LOW, st.HEAT_HIGH, share if count else 0),
                    strokeColor=None,
                )
            )
            if count:
                drawing.add(
                    String(
                        left + (col + 0.5) * cell_width,
                        y + 5.5,
                        fmt.number(count),
                        fontName=st.FONT,
                        fontSize=7,
                        fillColor=st.colors.white if share > 0.55 else st.INK,
                        textAnchor="middle",
                    )
                )
    return drawing


def trend_label(point: TrendPoint) -> str:
    return month_short(point.year, point.month) + ("*" if point.running else "")


def trend_chart(
    points: Sequence[TrendPoint], width: float = st.WIDTH, questions: bool = True
) -> Drawing:
    """Visits (and questions) per month as bars; with the year before beside them when the
    points carry it. A running month is lighter and starred."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 26
    chart.width, chart.height = width - 46, height - 44
    before = any(p.before is not None for p in points)
    series: list[tuple[str, list[int], object]] = [
        ("Bezoeken", [p.visits for p in points], st.ACCENT)
    ]
    if before:
        series.append(("Bezoeken jaar eerder", [p.before or 0 for p in points], st.RULE))
    elif questions:
        series.append(("Vragen", [p.questions for p in points], st.ACCENT_LIGHT))
    chart.data = [values for _, values, _ in series]
    for index, (_, _, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    for n, point in enumerate(points):
        if point.running:
            chart.bars[(0, n)].fillColor = st.ACCENT_LIGHT
    chart.barSpacing, chart.groupSpacing = 1, 4
    chart.categoryAxis.categoryNames = [trend_label(p) for p in points]
    chart.categoryAxis.labels.fontName = st.FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = st.MUTED
    chart.categoryAxis.strokeColor = st.RULE
    top = max([v for _, values, _ in series for v in values] + [4])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_ceiling(top)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 4
    chart.valueAxis.labels.fontName = st.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = st.MUTED
    chart.valueAxis.labelTextFormat = lambda v: fmt.number(int(v))
    chart.valueAxis.strokeColor = st.RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = st.BAND
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 38, height - 6
    legend.fontName, legend.fontSize = st.FONT, 8
    legend.dx, legend.dy, legend.deltax = 8, 8, 110
    legend.columnMaximum, legend.alignment = 1, "right"
    legend.colorNamePairs = [(colour, name) for name, _, colour in series]
    drawing.add(legend)
    if any(p.running for p in points):
        drawing.add(
            String(
                width,
                height - 8,
                RUNNING_NOTE,
                fontName=st.FONT,
                fontSize=7,
                fillColor=st.MUTED,
                textAnchor="end",
            )
        )
    return drawing


def _nice_ceiling(value: float) -> float:
    """4, 8, 20, 40, 80, 200 ... : a round top for the axis, divisible into four steps."""
    step = 1.0
    while True:
        for factor in (1, 2, 5):
            if value <= 4 * step * factor:
                return 4 * step * factor
        step *= 10
