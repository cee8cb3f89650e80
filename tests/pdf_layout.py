"""Where a PDF's text lies on its page (read back with pypdf): for tests that text keeps
inside its frame and that no text runs over the text beside it."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from pypdf import PageObject
from reportlab.pdfbase.pdfmetrics import stringWidth

from ido_desk.reports.pdf import styles as st

Run = tuple[float, float, float, str]  # x from, x to, baseline y, text


def text_runs(page: PageObject) -> list[Run]:
    """Every piece of text on the page with its horizontal extent (measured in the report's
    own font) and its baseline."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if not text.strip() or not font:
            return
        # where the text starts on the page: the text matrix through the drawing's one
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = st.BOLD if "Bold" in str(font.get("/BaseFont", "")) else st.FONT
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
        width = stringWidth(text.rstrip("\n"), name, float(size) * scale)
        runs.append((x, x + width, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return runs


def overlapping(page: PageObject, slack: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of text pieces on one baseline that overlap (one runs over the other)."""
    rows: dict[int, list[Run]] = {}
    for run in text_runs(page):
        rows.setdefault(round(run[2]), []).append(run)
    pairs: list[tuple[str, str]] = []
    for runs in rows.values():
        runs.sort()
        for (_a, a_end, _y, a_text), (b, _b_end, _z, b_text) in pairwise(runs):
            if b < a_end - slack:
                pairs.append((a_text, b_text))
    return pairs
