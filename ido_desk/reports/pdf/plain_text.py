"""A line of plain text that prints as a one-line Paragraph of its style would, without the
paragraph machinery (parsing, fragments, line breaking): the reports' headings and short
texts, thousands in the municipality account. Text that does not fit on one line becomes the
Paragraph it stands for."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph


def simple(value: str, style: ParagraphStyle) -> bool:
    """Whether a Paragraph would print ``value`` as it is: no spaces to collapse, no
    background, border or indents in the style."""
    return (
        bool(value)
        and value == value.strip()
        and "  " not in value
        and not any(c in value for c in "\n\t\r")
        and style.alignment == TA_LEFT
        and not style.backColor
        and not style.borderWidth
        and not style.borderPadding
        and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
    )


class PlainText(Flowable):
    """``value`` in ``style``, on one line when it fits (else as a Paragraph)."""

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.value, self.style = value, style
        self._paragraph: Paragraph | None = None

    def _as_paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = Paragraph(escape(self.value), self.style)
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if self._paragraph is None and (
            stringWidth(self.value, style.fontName, style.fontSize) <= availWidth
        ):
            self.width, self.height = availWidth, style.leading
            return self.width, self.height
        return self._as_paragraph().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if self._paragraph is not None:
            return list(self._paragraph.split(availWidth, availHeight))
        return []  # one line: it moves on whole, as a one-line paragraph does

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
            return
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        # what it writes depends on nothing but the text, its style and its height: written
        # once per document, copied wherever it appears again (the account repeats its
        # headings in every section); drawOn puts it in place, and its restoring the state
        # after undoes the font and colour set here as it undoes the copy's
        style, canvas = self.style, self.canv
        drawn = getattr(canvas, "_plain_texts", None)
        if drawn is None:
            drawn = canvas._plain_texts = {}
        key = (self.value, style, self.height)
        code = drawn.get(key)
        if code is not None:
            canvas._code.extend(code)
            return
        start = len(canvas._code)
        canvas.setFont(style.fontName, style.fontSize, style.leading)
        canvas.setFillColor(style.textColor)
        canvas.drawString(0, self.height - style.fontSize, self.value)
        drawn[key] = canvas._code[start:]
