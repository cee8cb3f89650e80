"""Charts: labelled horizontal bars and the monthly trend (a running month drawn lighter and
marked, so it never reads as a collapse; the year before beside it when there is one), drawn
straight onto the canvas; the weekday x hour heatmap with reportlab.graphics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from ido_desk.periods import month_short
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import CountRow, Heatmap, TrendPoint
from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.fitting import elide

RUNNING_NOTE = "* loopt nog: geteld tot en met vandaag"
ABSENT_NOTE = "– niets ontvangen"
# Every attribute set on a chart's shapes is checked against its type unless this is off: a
# third of the time of a long report with a chart per section, for shapes made right here.
rl_config.shapeChecking = 0


class Labels:
    """A chart's texts as one PDF text object, drawn when the chart is done: a text object
    per label (what drawString makes) costs more than its text, and the municipality
    account's two hundred charts have seven thousand labels."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.text = canvas.beginText()
        self.font: tuple[str, float] | None = None
        self.colour: Color | None = None
        # per document: a label encoded in the font and measured once (the month names and
        # the axis numbers recur in every chart)
        self.known: dict[tuple[str, float, int, str], tuple[str, int, float]] = (
            canvas.__dict__.setdefault("_chart_labels", {})
        )

    def put(
        self, x: float, y: float, label: str, font: str, size: float, colour: Color, at: str = ""
    ) -> None:
        """``label`` from (x, y); ``at`` "centre" or "right": centred on x or ending there."""
        text = self.text
        if self.font != (font, size):
            text.setFont(font, size)
            self.font = (font, size)
        if self.colour is not colour:
            text.setFillColor(colour)
            self.colour = colour
        subset = text._curSubset
        known = self.known.get((font, size, subset, label))
        if known is None:
            known = self.known[(font, size, subset, label)] = (
                text._formatText(label),
                text._curSubset,
                stringWidth(label, font, size),
            )
        if at:
            x -= known[2] / 2 if at == "centre" else known[2]
        # text.setTextOrigin(x, y) and text.textOut(label), as one piece of the object's code
        text._code.append(f"1 0 0 1 {fp_str(x, y)} Tm {known[0]}")
        text._curSubset = known[1]

    def draw(self) -> None:
        self.canvas.saveState()  # the fill colour set inside stays with the labels
        self.canvas.drawText(self.text)
        self.canvas.restoreState()


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
        labels = Labels(canvas)
        for n, row in enumerate(self.rows):
            y = self.height - (n + 1) * row_height
            indent = 10.0 * row.level
            font = st.BOLD if grouped and row.level == 0 else st.FONT
            label = elide(row.label, label_width - indent - 6, font, size)
            labels.put(indent, y + 3.5, label, font, size, st.INK)
            length = max(1.0, bar_space * row.count / peak)
            canvas.setFillColor(st.ACCENT_LIGHT if row.level else st.ACCENT)
            canvas.rect(label_width, y + 2, length, row_height - 4, stroke=0, fill=1)
            value = f"{fmt.number(row.count)}  ({fmt.percent(row.share)})"
            labels.put(label_width + length + 4, y + 3.5, value, st.FONT, size - 0.5, st.MUTED)
        labels.draw()
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


class TrendChart(Flowable):
    """Bars per month, a series per kind (visits; the year before or the questions), grid
    lines, axes with their labels, a legend; the layout of reportlab's VerticalBarChart with
    the settings this report gave it (bar width 10, bar spacing 1, group spacing 4, in units of
    the category width), drawn straight onto the canvas: the municipality account has a
    hundred of these, and the chart widgets cost more than the tables."""

    LEFT, BOTTOM, SIZE = 36.0, 26.0, 7.0

    def __init__(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[str, Sequence[int], Color]],
        lighter: Sequence[int],
        width: float,
        note: str,
        absent: Sequence[int] = (),
        absent_before: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self.width, self.height = width, 62 * mm
        self.labels, self.series, self.lighter, self.note = labels, series, set(lighter), note
        self.absent = absent  # months nothing was received for: a dash, not an empty zero
        self.absent_before = absent_before  # the same a year earlier, where its bar would be

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.SIZE
        x0, y0 = self.LEFT, self.BOTTOM
        plot_width, plot_height = self.width - 46, self.height - 44
        top = _nice_ceiling(max([v for _, values, _ in self.series for v in values] + [4]))
        ticks = [y0 + plot_height * i / 4 for i in range(5)]
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(st.BAND)
        for y in ticks:
            canvas.line(x0, y, x0 + plot_width, y)
        count = max(1, len(self.labels))
        step = plot_width / count
        unit = step / (10 * len(self.series) + (len(self.series) - 1) + 4)
        for number, (_, values, colour) in enumerate(self.series):
            for n, value in enumerate(values):
                if not value:
                    continue
                lighter = number == 0 and n in self.lighter
                canvas.setFillColor(st.ACCENT_LIGHT if lighter else colour)
                x = x0 + n * step + unit * (2 + 11 * number)
                canvas.rect(x, y0, 10 * unit, plot_height * value / top, stroke=0, fill=1)
        canvas.setLineWidth(1)
        canvas.setStrokeColor(st.RULE)
        canvas.line(x0, y0, x0 + plot_width, y0)
        for n in range(len(self.labels) + 1):
            canvas.line(x0 + n * step, y0, x0 + n * step, y0 - 5)
        labels = Labels(canvas)
        for n, label in enumerate(self.labels):
            labels.put(
                x0 + (n + 0.5) * step, y0 - 5 - size, label, st.FONT, size, st.MUTED, "centre"
            )
        for n in self.absent:  # where the visits' bar would stand
            labels.put(x0 + n * step + unit * 7, y0 + 3, "–", st.BOLD, 10, st.MUTED, "centre")
        for n in self.absent_before:  # where the year before's bar would stand
            labels.put(x0 + n * step + unit * 18, y0 + 3, "–", st.BOLD, 10, st.MUTED, "centre")
        canvas.line(x0, y0, x0, y0 + plot_height)
        for y in ticks:
            canvas.line(x0, y, x0 - 5, y)
        for i, y in enumerate(ticks):
            tick = fmt.number(int(top * i / 4))
            labels.put(x0 - 5, y - 0.4 * size, tick, st.FONT, size, st.MUTED, "right")
        self._legend(labels)
        if self.note:
            labels.put(self.width, self.height - 8, self.note, st.FONT, size, st.MUTED, "right")
        labels.draw()

    def _legend(self, labels: Labels) -> None:
        """As reportlab's Legend at (38, height - 6): 8-point swatches outlined in black,
        the names 10 points after them, a column each at least 110 points wide."""
        canvas, size, swatch = self.canv, 8.0, 8.0
        names = [name for name, _, _ in self.series]
        column = max([110.0] + [stringWidth(n, st.FONT, size) + swatch + 15 for n in names])
        y = self.height - 6 - swatch
        ascent = getFont(st.FONT).face.ascent / 1000 * size
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        for n, (name, _, colour) in enumerate(self.series):
            x = 38 + n * column
            canvas.setFillColor(colour)
            canvas.rect(x, y, swatch, swatch, stroke=1, fill=1)
            labels.put(
                x + swatch + 10, y + (swatch - ascent) / 2, name, st.FONT, size, colors.black
            )


def trend_chart(
    points: Sequence[TrendPoint], width: float = st.WIDTH, questions: bool = True
) -> Flowable:
    """Visits (and questions) per month as bars; with the year before beside them when the
    points carry it. A running month is lighter and starred."""
    series: list[tuple[str, Sequence[int], Color]] = [
        ("Bezoeken", [p.visits for p in points], st.ACCENT)
    ]
    if any(p.before is not None for p in points):
        series.append(("Bezoeken jaar eerder", [p.before or 0 for p in points], st.RULE))
    elif questions:
        series.append(("Vragen", [p.questions for p in points], st.ACCENT_LIGHT))
    lighter = [n for n, p in enumerate(points) if p.running]
    labels = [trend_label(p) for p in points]
    absent = [n for n, p in enumerate(points) if p.missing]
    before = [n for n, p in enumerate(points) if p.before_missing] if len(series) > 1 else []
    note = "   ".join(
        ([RUNNING_NOTE] if lighter else []) + ([ABSENT_NOTE] if absent or before else [])
    )
    return TrendChart(labels, series, lighter, width, note, absent, before)


def _nice_ceiling(value: float) -> float:
    """4, 8, 20, 40, 80, 200 ... : a round top for the axis, divisible into four steps."""
    step = 1.0
    while True:
        for factor in (1, 2, 5):
            if value <= 4 * step * factor:
                return 4 * step * factor
        step *= 10
