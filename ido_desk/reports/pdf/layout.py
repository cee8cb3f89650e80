"""The page: a header line and a footer (location, period, "pagina N van M", produced date,
program version) on every page, drawn after the whole document is known so that the total
page count is right."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from ido_desk.periods import dutch_date
from ido_desk.reports.model import Header
from ido_desk.reports.pdf import styles as st


def _furniture_canvas(header: Header) -> type[canvas.Canvas]:
    class FurnishedCanvas(canvas.Canvas):
        """Keeps every page until the end, then draws header and footer with the total."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            drawn: dict[tuple[float, float], list[str]] = {}
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_furniture(self, header, number, total, drawn)
                super().showPage()
            super().save()

    return FurnishedCanvas


def draw_furniture(
    c: canvas.Canvas,
    header: Header,
    number: int,
    total: int,
    drawn: dict[tuple[float, float], list[str]] | None = None,
) -> None:
    """The header and footer of page ``number``. What is the same on every page of one size
    is drawn once and its code written again on the next pages (``drawn``, per page size):
    the municipality account has hundreds of pages, and fitting the location name to its
    room measured it letter by letter on each."""
    width, height = c._pagesize
    known = drawn.get((width, height)) if drawn is not None else None
    if known is None:
        start = len(c._code)
        _same_on_every_page(c, header)
        known = c._code[start:]
        if drawn is not None:
            drawn[(width, height)] = known
    else:
        c._code.extend(known)
    c.saveState()
    c.setFont(st.FONT, 7.5)
    c.setFillColor(st.MUTED)
    c.drawCentredString(width / 2 + 30, 10 * st.mm, f"pagina {number} van {total}")
    c.restoreState()


def _same_on_every_page(c: canvas.Canvas, header: Header) -> None:
    width, height = c._pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    c.saveState()
    top = height - 12 * st.mm
    c.setFont(st.BOLD, 8)
    c.setFillColor(st.ACCENT)
    c.drawString(left, top, "IDO Desk")
    c.setFont(st.FONT, 8)
    c.setFillColor(st.MUTED)
    c.drawString(left + 44, top, _fit(c, header.title, width / 2 - left - 44))
    c.drawRightString(right, top, _fit(c, header.location, width / 2 - left - 20))
    c.setStrokeColor(st.RULE)
    c.setLineWidth(0.5)
    c.line(left, top - 4, right, top - 4)

    bottom = 10 * st.mm
    c.line(left, bottom + 10, right, bottom + 10)
    c.setFont(st.FONT, 7.5)
    c.drawString(
        left, bottom, _fit(c, f"{header.location} · {header.period_label}", width / 2 - left - 40)
    )
    c.drawRightString(
        right, bottom, f"gemaakt op {dutch_date(header.produced)} · IDO Desk {header.version}"
    )
    c.restoreState()


def _fit(c: canvas.Canvas, text: str, width: float) -> str:
    """Shorten text with an ellipsis until it fits."""
    font, size = c._fontname, c._fontsize
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    story: Sequence[Flowable],
    header: Header,
    target: Path | BinaryIO,
    pagesize: tuple[float, float] = st.PAGE,
) -> None:
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=st.MARGIN_X,
        rightMargin=st.MARGIN_X,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=f"{header.title}, {header.period_label}",
        author=header.location,
        subject=header.title,
        creator=f"IDO Desk {header.version}",
    )
    doc.build(list(story), canvasmaker=_furniture_canvas(header))
