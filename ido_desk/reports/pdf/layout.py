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
from ido_desk.reports.pdf.fitting import GAP, fit_pieces, share_room, width_of


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
        _same_on_every_page(c, header, total)
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


def _same_on_every_page(c: canvas.Canvas, header: Header, total: int) -> None:
    width, height = c._pagesize
    left, right = st.MARGIN_X, width - st.MARGIN_X
    c.saveState()
    top = height - 12 * st.mm
    c.setFont(st.BOLD, 8)
    c.setFillColor(st.ACCENT)
    c.drawString(left, top, "IDO Desk")
    c.setFillColor(st.MUTED)
    room = right - left - 44
    budgets = share_room(
        width_of(header.title, st.FONT, 8), width_of(header.location, st.FONT, 8), room
    )
    title = fit_pieces([header.title], "", budgets[0], st.FONT, (8, 7, 6.5))
    place = fit_pieces([header.location], "", budgets[1], st.FONT, (8, 7, 6.5))
    for n, line in enumerate(title.lines):
        c.setFont(st.FONT, title.size)
        c.drawString(left + 44, top - n * (title.size + 1.5), line)
    for n, line in enumerate(place.lines):
        c.setFont(st.FONT, place.size)
        c.drawRightString(right, top - n * (place.size + 1.5), line)
    below = max(len(title.lines), len(place.lines)) - 1
    c.setStrokeColor(st.RULE)
    c.setLineWidth(0.5)
    c.line(left, top - 4 - below * 9.5, right, top - 4 - below * 9.5)

    bottom = 10 * st.mm
    made = f"gemaakt op {dutch_date(header.produced)} · IDO Desk {header.version}"
    number = width_of(f"pagina {total} van {total}", st.FONT, 7.5)
    room = width / 2 + 30 - number / 2 - GAP - left
    foot = fit_pieces(
        [header.location, header.period_label], header.period_label, room, st.FONT, (7.5, 6.5)
    )
    lead = foot.size + 1.5
    c.line(
        left,
        bottom + 10 + (len(foot.lines) - 1) * lead,
        right,
        bottom + 10 + (len(foot.lines) - 1) * lead,
    )
    c.setFont(st.FONT, foot.size)
    for n, line in enumerate(foot.lines):
        c.drawString(left, bottom + (len(foot.lines) - 1 - n) * lead, line)
    c.setFont(st.FONT, 7.5)
    c.drawRightString(right, bottom, made)
    c.restoreState()


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
