"""A drop-down of names (the Rapporten tab's locations): as wide as its longest name, so none
is cut off ("Wijkbieb Noorc"), up to a cap so a very long one (or a hundred) does not widen
the window; the whole chosen name is in its tooltip (a screen reader reads it as the box's
value)."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QComboBox

MOST_LETTERS = 56  # the cap, in widths of an "X" (what Qt sizes such a box by)


def fit_to_names(box: QComboBox, least_letters: int = 24) -> None:
    """Size ``box`` (AdjustToMinimumContentsLengthWithIcon) to its items; call after filling."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    metrics = box.fontMetrics()
    letter = metrics.horizontalAdvance("X")
    widest = max(
        (metrics.horizontalAdvance(box.itemText(n)) for n in range(box.count())), default=0
    )
    letters = math.ceil(widest / letter) + 1
    box.setMinimumContentsLength(min(max(letters, least_letters), MOST_LETTERS))
    box.setToolTip(box.currentText())
    if not box.property("namesTooltip"):
        box.setProperty("namesTooltip", True)
        box.currentTextChanged.connect(box.setToolTip)
