"""The reports' tables, made for speed (the municipality account holds a thousand of them):
every cell's style is chosen here once and shared, instead of a TableStyle applied cell by
cell, and the plain-text cells of a table are written as one PDF text object, not one each.
What a table shows is what ReportLab's own ``Table`` with the same styles shows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from ido_desk.reports.pdf import styles as st

_PLAIN = ("LEFT", "RIGHT")  # the alignments drawn as plain text
CELL_PADDING = 6  # a table cell's padding left and right (ReportLab's default)
LEADING = 12  # a plain-text cell's line height (ReportLab's default)


class Head(str):
    """A header cell's label: drawn as plain text in the header style when it fits its
    column, as a wrapping paragraph when it does not."""


class HeadMarkup(str):
    """A header cell's paragraph markup (escaped, ``<br/>`` between lines), in the small
    header style: the same paragraph in every table of a report, made and wrapped once."""


class _Shared(Paragraph):
    """A header paragraph shared by every table that has it in a column of one width (the
    municipality account repeats the same few headers in a thousand tables): parsed once,
    its lines broken once (it is only ever wrapped at that width), drawn once per document:
    what it writes there is written again, moved, wherever it appears after."""

    _wrapped: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped is None:
            self._wrapped = super().wrap(availWidth, availHeight)
        return self._wrapped

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        drawn = getattr(canvas, "_shared_heads", None)
        if drawn is None:
            drawn = canvas._shared_heads = {}
        canvas.saveState()
        canvas.translate(self._hAlignAdjust(x, _sW), y)
        code = drawn.get(self)
        if code is None:
            start = len(canvas._code)
            self._drawOn(canvas)
            drawn[self] = canvas._code[start:]
        else:
            canvas._code.extend(code)
        canvas.restoreState()


@lru_cache(maxsize=512)
def _shared(markup: str, width: float) -> Paragraph:
    """The header paragraph of ``markup`` for a column ``width`` wide (``width`` is part of
    the key: each instance is wrapped at one width only)."""
    del width
    return _Shared(markup, st.HEAD_RIGHT)


def _style(name: str, font: str, size: float, align: str, leading: float = LEADING) -> CellStyle:
    style = CellStyle(name)
    style.fontname, style.fontsize, style.leading = font, size, leading
    style.color = st.INK
    style.alignment, style.valign = align, "MIDDLE"
    style.topPadding = style.bottomPadding = 2.5
    return style


def _styles(
    aligns: Sequence[str], name: str, font: str, size: float, leading: float = LEADING
) -> list[CellStyle]:
    """One style per column, the same object for the columns of one alignment (cells drawn
    in the style of the cell before need not switch font or colour), and for every table
    (the account has a thousand)."""
    return [_shared_style(name, font, size, a, leading) for a in aligns]


@lru_cache(maxsize=256)
def _shared_style(name: str, font: str, size: float, align: str, leading: float) -> CellStyle:
    return _style(name, font, size, align, leading)


@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    """A plain cell's text width, measured once per report run (labels and numbers repeat
    in every section's tables)."""
    return stringWidth(text, font, size)


class Grid(Table):
    """A Table drawn in one pass of its own: the plain-text cells gathered into one text object
    per run of them (drawn before the rules, as the cells are), each text encoded and measured
    once per document and font, each coordinate written once; other cells and the background
    and rules as ReportLab draws them. The PDF it writes is the one ReportLab's ``Table`` would
    write with the text of each run in one text object. Grid never spans cells, rounds its
    corners or casts a shadow (what ReportLab's draw handles besides)."""

    _calc_for: float | None = None

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        self._curweight = self._curcolor = self._curcellstyle = None
        self._roundingRectDef = None
        self._drawBkgrnd()
        self._draw_cells(canv)
        self._drawLines()
        canv.restoreState()

    def _draw_cells(self, canv: Any) -> None:
        texts = getattr(canv, "_grid_text", None)
        if texts is None:
            texts = canv._grid_text = {}
            canv._grid_numbers = {}
        numbers = canv._grid_numbers
        text: Any = None  # the text object of the run of plain cells being drawn
        style: CellStyle | None = None  # the style the text object is in
        # of that style: its texts encoded, whether right aligned, the padding on that side
        known: dict[tuple[int, str], tuple[str, int, float]] = {}
        right, padding = False, 0.0
        heights = self._rowHeights
        columns = list(zip(self._colpositions, self._colWidths, strict=False))
        for row, styles, rowpos, height in zip(
            self._cellvalues, self._cellStyles, self._rowpositions[1:], heights, strict=False
        ):
            row_y: dict[CellStyle, str] = {}  # the baseline of the row's cells, per style
            for cell, cellstyle, (colpos, colwidth) in zip(row, styles, columns, strict=False):
                if type(cell) is not str or "\n" in cell or cellstyle.alignment not in _PLAIN:
                    if text is not None:  # the page's text in the order of the cells
                        canv.drawText(text)
                        text = None
                    self._drawCell(cell, cellstyle, (colpos, rowpos), (colwidth, height))
                    continue
                if not cell:
                    continue
                if text is None:
                    text, style = canv.beginText(), None
                if cellstyle is not style:
                    known = _switch(text, style, cellstyle, texts)
                    right = cellstyle.alignment == "RIGHT"
                    padding = cellstyle.rightPadding if right else cellstyle.leftPadding
                    style = cellstyle
                # as drawString writes it, ending the line (" T*": copying text out of the
                # PDF keeps the cells apart)
                subset = text._curSubset
                entry = known.get((subset, cell))
                if entry is None:
                    entry = known[(subset, cell)] = (
                        text._formatText(cell) + " T*",
                        text._curSubset,
                        _width(cell, cellstyle.fontname, cellstyle.fontsize),
                    )
                fy = row_y.get(cellstyle)
                if fy is None:
                    y = (
                        rowpos
                        + (
                            cellstyle.bottomPadding
                            + height
                            - cellstyle.topPadding
                            + cellstyle.leading
                        )
                        / 2.0
                        - cellstyle.fontsize
                    )
                    fy = row_y[cellstyle] = _number(numbers, y)
                x = colpos + colwidth - padding - entry[2] if right else colpos + padding
                fx = numbers.get(x)
                if fx is None:
                    fx = numbers[x] = fp_str(x)
                # text.setTextOrigin(x, y) and the text, as one piece of the object's code
                text._code.append(f"1 0 0 1 {fx} {fy} Tm {entry[0]}")
                text._curSubset = entry[1]
        if text is not None:
            canv.drawText(text)

    def _drawHLines(
        self, start: Any, end: Any, weight: float, color: Any, count: int, space: float
    ) -> None:
        # the rules below the rows: canvas.line's code for each, its numbers written once
        if count != 1 or getattr(self, "_hBlocks", None):
            super()._drawHLines(start, end, weight, color, count, space)
            return
        sc, sr = start
        ec, er = end
        ends = self._colpositions[sc : ec + 2]
        rows = self._rowpositions[sr : er + 1]
        if len(ends) <= 1 or not rows:
            return
        self._prepLine(weight, color)
        numbers = self.canv.__dict__.setdefault("_grid_numbers", {})
        x0, x1 = _number(numbers, ends[0]), _number(numbers, ends[-1])
        code = self.canv._code
        for y in rows:
            fy = _number(numbers, y)
            code.append(f"n {x0} {fy} m {x1} {fy} l S")

    def normalizeData(self, data: Any) -> list[list[Any]]:
        # ReportLab's passes every cell through a function (tens of thousands of cells);
        # what it changes is only None
        return [["" if cell is None else cell for cell in row] for row in data]

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # every row measured before at this width: the same sizes again (ReportLab measures a
        # table each time it is offered a place, and stops early only on a long table)
        if self._calc_for == availWidth and self._hmax == self._nrows:
            return
        super()._calc(availWidth, availHeight)
        self._calc_for = availWidth


def _number(numbers: dict[float, str], value: float) -> str:
    """``value`` as the PDF writes it, formatted once per document."""
    written = numbers.get(value)
    if written is None:
        written = numbers[value] = fp_str(value)
    return written


def _switch(
    text: Any,
    before: CellStyle | None,
    cellstyle: CellStyle,
    texts: dict[tuple[str, float, float], dict[tuple[int, str], tuple[str, int, float]]],
) -> dict[tuple[int, str], tuple[str, int, float]]:
    """The text object switched from ``before`` to ``cellstyle``'s font and colour where they
    differ; the texts of that font encoded so far in the document."""
    font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
    if before is None or (before.fontname, before.fontsize, before.leading) != font:
        text.setFont(*font)
    if before is None or (before.color is not cellstyle.color and before.color != cellstyle.color):
        text.setFillColor(cellstyle.color)  # the styles share one colour: identity suffices
    known = texts.get(font)
    if known is None:
        known = texts[font] = {}
    return known


def grid(
    rows: list[list[Flowable | str]],
    widths: Sequence[float],
    numeric_from: int,
    bold_rows: Sequence[int] = (),
    size: float = 8.5,
    strong: Mapping[int, float] | None = None,
    label: tuple[float, float] | None = None,
) -> Table:
    """A table with a bold header row over a rule, the columns from ``numeric_from`` right
    aligned, ``bold_rows`` bold on a band; ``strong`` makes the body of a column bold, at
    the given size (0: the table's); ``label`` (size, leading) sets the label column's body
    apart from the table's size, as a cell paragraph would print it."""
    count = len(widths)
    aligns = ["LEFT" if i < numeric_from else "RIGHT" for i in range(count)]
    head = _styles(aligns, "head", st.BOLD, size)
    head_small = _styles(aligns, "head8", st.BOLD, st.HEAD_RIGHT.fontSize, st.HEAD_RIGHT.leading)
    body = _styles(aligns, "body", st.FONT, size)
    bold = _styles(aligns, "bold", st.BOLD, size)
    if label is not None:
        body[0] = _shared_style("label", st.FONT, label[0], aligns[0], label[1])
        bold[0] = _shared_style("label-bold", st.BOLD, label[0], aligns[0], label[1])
    for column, column_size in (strong or {}).items():
        body[column] = _shared_style(
            "strong", st.BOLD, column_size or size, aligns[column], LEADING
        )
        bold[column] = body[column]
    bold_set = set(bold_rows)
    rooms = [width - 2 * CELL_PADDING for width in widths]
    body_height, bold_height = _plain_height(body), _plain_height(bold)
    styles: list[list[CellStyle]] = []
    data: list[list[Flowable | str]] = []
    heights: list[float | None] = []
    for index, row in enumerate(rows):
        if index == 0:
            cells: list[Flowable | str] = []
            line = []
            for column, cell in enumerate(row):
                if isinstance(cell, Head):
                    cell, small = _head_cell(cell, widths[column])
                    line.append(head_small[column] if small else head[column])
                elif isinstance(cell, HeadMarkup):
                    cell = _shared(str(cell), widths[column])
                    line.append(head[column])
                else:
                    line.append(head[column])
                cells.append(cell)
            data.append(cells)
            styles.append(line)
            heights.append(None)
        else:
            line, plain = (bold, bold_height) if index in bold_set else (body, body_height)
            fitted = [_fitted(cell, line[c], rooms[c]) for c, cell in enumerate(row)]
            data.append(fitted)
            styles.append(line)
            # a row of one-line plain-text cells is as high as its styles make it (worked
            # out here, for the tens of thousands of such rows); ReportLab measures another
            heights.append(plain if all(type(c) is str and "\n" not in c for c in fitted) else None)
    table = Grid(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1,
        hAlign="LEFT",
        cellStyles=styles,
    )
    commands: list[tuple[object, ...]] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
    ]
    for index in bold_rows:
        commands.append(("BACKGROUND", (0, index), (-1, index), st.BAND))
    table.setStyle(TableStyle(commands))
    return table


def _plain_height(line: Sequence[CellStyle]) -> float:
    """The height ReportLab gives a row of one-line plain-text cells in these styles."""
    return max(
        (style.leading or 1.2 * style.fontsize) + (style.bottomPadding + style.topPadding)
        for style in line
    )


def _fitted(cell: Flowable | str, style: CellStyle, room: float) -> Flowable | str:
    """A plain-text cell as it is when it fits its column (``room``: its width less the
    padding), else a paragraph that wraps, so that it never runs over its neighbour ("niet
    vergelijkbaar" in a narrow column)."""
    # no glyph of the font is wider than its size: a short text fits without measuring
    if type(cell) is not str or len(cell) * style.fontsize <= room:
        return cell
    if _width(cell, style.fontname, style.fontsize) <= room:
        return cell
    paragraph = _WRAPPING.get((style.fontname, style.fontsize, style.alignment))
    if paragraph is None:
        paragraph = _WRAPPING[(style.fontname, style.fontsize, style.alignment)] = ParagraphStyle(
            f"wrap-{style.name}",
            fontName=style.fontname,
            fontSize=style.fontsize,
            leading=style.fontsize * 1.2,
            textColor=style.color,
            alignment=TA_RIGHT if style.alignment == "RIGHT" else TA_LEFT,
        )
    return Paragraph(escape(cell), paragraph)


_WRAPPING: dict[tuple[str, float, str], ParagraphStyle] = {}


def _head_cell(label: Head, width: float) -> tuple[Flowable | str, bool]:
    """Plain text in the header style when it fits, else a paragraph that wraps."""
    style = st.HEAD_RIGHT
    if stringWidth(label, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING:
        return str(label), True
    return _shared(escape(label), width), False
