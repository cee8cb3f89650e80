"""One place for the window's colours that code sets itself (the rest is in ``ui.app``'s style
sheet): the error colour every form uses, and the font of the visit timer."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = QColor("#b00020")
OK_COLOUR = QColor("#1b5e20")
ERROR_STYLE = f"color: {ERROR_COLOUR.name()}; font-weight: 600;"
OK_STYLE = f"color: {OK_COLOUR.name()}; font-weight: 600;"


def error_label(label: QLabel) -> QLabel:
    """Make ``label`` an error line: the error colour, wrapped, hidden until it has text."""
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def timer_font(point_size: float = 15) -> QFont:
    """The system's fixed-width font, so the timer's digits do not jump (never the family
    "monospace": Windows may map it to a proportional font)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    return font
