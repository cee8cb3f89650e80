"""Fitting the page furniture's text to the room there is: the text beside it is measured,
a piece that does not fit goes to a second line, then the letters get smaller, and only then
is a name shortened with an ellipsis. What must stay (the period and its "t/m") never is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

GAP = 12.0  # points between two texts on one line
MAX_LINES = 2


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def fit_pieces(
    pieces: Sequence[str], keep: str, room: float, font: str, sizes: Sequence[float]
) -> Fitted:
    """``pieces`` joined by " · " on one line if they fit in ``room``, else on lines of their
    own (a long piece wrapped at its words), at the first of ``sizes`` that fits in
    ``MAX_LINES`` lines. ``keep`` (the last piece, the period) is never shortened; if nothing
    fits even at the smallest size, the other pieces are shortened with an ellipsis."""
    for size in sizes:
        fitted = _try(pieces, keep, room, font, size)
        if fitted is not None:
            return fitted
    size = sizes[-1]
    if keep and len(pieces) > 1 and pieces[-1] == keep:
        rest = elide(" · ".join(pieces[:-1]), room, font, size)
        return Fitted((rest, keep), size)
    return Fitted((elide(" · ".join(pieces), room, font, size),), size)


def share_room(left: float, right: float, room: float) -> tuple[float, float]:
    """The widths a left and a right text on one line get of ``room``: each what it needs if
    both fit; else the shorter keeps its width if it can, and the longer gets the rest."""
    if left + GAP + right <= room:
        return left, right
    half = (room - GAP) / 2
    if right <= half:
        return room - GAP - right, right
    if left <= half:
        return left, room - GAP - left
    return half, half


def _try(pieces: Sequence[str], keep: str, room: float, font: str, size: float) -> Fitted | None:
    whole = " · ".join(pieces)
    if width_of(whole, font, size) <= room:
        return Fitted((whole,), size)
    if keep and width_of(keep, font, size) > room:
        return None  # the kept piece is not broken up: smaller letters first
    rest = [piece for piece in pieces if piece != keep]
    lines: list[str] = []
    for piece in rest:
        lines.extend(simpleSplit(piece, font, size, room))
    if keep:
        joined = f"{lines[-1]} · {keep}" if lines else keep
        if lines and width_of(joined, font, size) <= room:
            lines[-1] = joined
        else:
            lines.append(keep)
    if len(lines) > MAX_LINES or any(width_of(line, font, size) > room for line in lines):
        return None
    return Fitted(tuple(lines), size)


def elide(text: str, room: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis until it fits in ``room``."""
    if width_of(text, font, size) <= room:
        return text
    while text and width_of(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
