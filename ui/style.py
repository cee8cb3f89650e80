"""One place for the window's colours that code sets itself (the rest is in ``ui.app``'s style
sheet): the error colour every form uses, the light palette the style sheet's colours are
chosen against, and the font of the visit timer. Every text colour is at least 4.5:1 against
its background, every border and focus ring 3:1 (WCAG 2.1 AA; ``tests/test_contrast.py``)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = QColor("#b00020")
OK_COLOUR = QColor("#1b5e20")
ERROR_STYLE = f"color: {ERROR_COLOUR.name()}; font-weight: 600;"
OK_STYLE = f"color: {OK_COLOUR.name()}; font-weight: 600;"

TEXT, WINDOW, BASE, ACCENT = "#1f2933", "#f7f9fb", "#ffffff", "#1d5fa8"
PALETTE = {
    QPalette.ColorRole.Window: WINDOW,
    QPalette.ColorRole.WindowText: TEXT,
    QPalette.ColorRole.Base: BASE,
    QPalette.ColorRole.AlternateBase: "#f3f6f9",
    QPalette.ColorRole.Text: TEXT,
    QPalette.ColorRole.PlaceholderText: "#5f6b7a",
    QPalette.ColorRole.Button: "#e9eef3",
    QPalette.ColorRole.ButtonText: TEXT,
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: BASE,
    QPalette.ColorRole.ToolTipBase: BASE,
    QPalette.ColorRole.ToolTipText: TEXT,
    QPalette.ColorRole.Link: ACCENT,
    QPalette.ColorRole.BrightText: BASE,
}


def light_palette() -> QPalette:
    """The palette the style sheet is made for, whatever the system's theme (a dark theme
    under these light backgrounds would leave dark text on dark fields)."""
    palette = QPalette()
    for role, colour in PALETTE.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#616e7c"))
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#616e7c")
    )
    palette.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#616e7c")
    )
    return palette


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
