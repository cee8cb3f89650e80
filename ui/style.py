"""The window's colours, in one place: a light and a dark theme (the system's choice decides),
each a palette plus the style sheet made from the same colours, and the high-contrast theme
made from the system's own palette. Every text colour is at least 4.5:1 against its
background, every border and focus ring 3:1 (WCAG 2.1 AA; ``tests/test_contrast.py``).

Widgets that colour a message say so with ``ERROR_STYLE`` / ``OK_STYLE``: these name palette
roles, so the colour follows the theme (the error colour travels as BrightText, the "done"
colour as LinkVisited; neither role is used for anything else here)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel

ERROR_STYLE = "color: palette(bright-text); font-weight: 600;"
OK_STYLE = "color: palette(link-visited); font-weight: 600;"


@dataclass(frozen=True)
class Theme:
    """The colours of the window, by what they are for."""

    text: str
    window: str
    base: str
    alternate: str
    button: str
    label: str  # field labels ("Kanaal")
    hint: str  # "voorgesteld bij het onderwerp", placeholders, an idle timer
    accent: str  # a chosen chip, the primary button, question titles
    on_accent: str  # text on the accent
    accent_hover: str
    ring: str  # the focus ring on the accent (a chosen chip, the primary button)
    chip_border: str
    chip_hover: str  # background of a chip under the mouse
    disabled: str
    disabled_border: str
    line: str  # the rule between questions
    selection: str  # a selected table row (text stays ``text``)
    header: str
    error: str
    ok: str
    danger: str
    warning: str  # "wacht op …" in the delivery notice
    notice: str  # the delivery notice's band
    notice_border: str
    missing: str  # a Regio cell with nothing received (its text is ``text``)
    pending: str  # a Regio cell still to come

    @property
    def dark(self) -> bool:
        return QColor(self.window).lightness() < QColor(self.text).lightness()


LIGHT = Theme(
    text="#1f2933",
    window="#f7f9fb",
    base="#ffffff",
    alternate="#f3f6f9",
    button="#e9eef3",
    label="#52606d",
    hint="#5f6b7a",
    accent="#1d5fa8",
    on_accent="#ffffff",
    accent_hover="#174c87",
    ring="#0b2e55",
    chip_border="#7b8794",
    chip_hover="#f1f6fc",
    disabled="#616e7c",
    disabled_border="#9aa5b1",
    line="#e1e7ed",
    selection="#d4e4f7",
    header="#e9eef3",
    error="#b00020",
    ok="#1b5e20",
    danger="#b42318",
    warning="#8a4b00",
    notice="#eef5fc",
    notice_border="#6f8fb3",
    missing="#fde0e0",
    pending="#fff4d6",
)

DARK = Theme(
    text="#e8ebef",
    window="#1c2026",
    base="#121519",
    alternate="#191d22",
    button="#2a3038",
    label="#b8c2cc",
    hint="#a9b4bf",
    accent="#78aef0",
    on_accent="#0b1a2b",
    accent_hover="#9cc4f5",
    ring="#ffffff",
    chip_border="#8a96a3",
    chip_hover="#1f2a36",
    disabled="#9aa5b1",
    disabled_border="#6b7682",
    line="#3a424c",
    selection="#2d4a6b",
    header="#2a3038",
    error="#ff8a80",
    ok="#7bd88f",
    danger="#ff8a80",
    warning="#ffc46b",
    notice="#1f2a36",
    notice_border="#6b8bb0",
    missing="#4a1f24",
    pending="#3d3216",
)

_chosen = [LIGHT]  # the theme ``use_theme`` last put on the application


def chosen_theme() -> Theme:
    """The window's theme, for what paints its own colours (a table's cells, a list's
    lines): everything else follows the palette and the style sheet."""
    return _chosen[0]


def use_theme(app: QApplication, theme: Theme) -> None:
    """Put ``theme`` on the application: its palette, its style sheet, its cell colours."""
    _chosen[0] = theme
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))


def is_dark(palette: QPalette) -> bool:
    """A dark system theme: light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def high_contrast(system: QPalette) -> Theme:
    """The system's own high-contrast colours; what would be a shade of grey is the text
    colour itself, and borders are drawn in the text colour."""
    role = QPalette.ColorRole

    def colour(r: QPalette.ColorRole) -> str:
        return system.color(r).name()

    text, window = colour(role.WindowText), colour(role.Window)
    plain = {f.name: text for f in fields(Theme)}
    plain.update(
        window=window,
        base=colour(role.Base),
        alternate=colour(role.Base),
        button=window,
        chip_hover=window,
        accent=colour(role.Highlight),
        on_accent=colour(role.HighlightedText),
        accent_hover=colour(role.Highlight),
        ring=text,
        selection=colour(role.Highlight),
        header=window,
        notice=window,
        missing=colour(role.Base),  # the cells' own text ("—", "wacht") says it
        pending=colour(role.Base),
    )
    return Theme(**plain)


def theme_for(system: QPalette, *, contrast: bool = False) -> Theme:
    """The theme that goes with the system's: its own colours when it asks for high
    contrast, else dark or light."""
    if contrast:
        return high_contrast(system)
    return DARK if is_dark(system) else LIGHT


def palette(theme: Theme) -> QPalette:
    """The palette the style sheet is made for (no dark text on a dark field, whichever)."""
    role = QPalette.ColorRole
    result = QPalette()
    for name, colour in (
        (role.Window, theme.window),
        (role.WindowText, theme.text),
        (role.Base, theme.base),
        (role.AlternateBase, theme.alternate),
        (role.Text, theme.text),
        (role.PlaceholderText, theme.hint),
        (role.Button, theme.button),
        (role.ButtonText, theme.text),
        (role.Highlight, theme.accent),
        (role.HighlightedText, theme.on_accent),
        (role.ToolTipBase, theme.base),
        (role.ToolTipText, theme.text),
        (role.Link, theme.accent),
        (role.LinkVisited, theme.ok),  # OK_STYLE
        (role.BrightText, theme.error),  # ERROR_STYLE
    ):
        result.setColor(name, QColor(colour))
    for name in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, name, QColor(theme.disabled))
    return result


# Chips: Qt measures a chip once, in its plain state; the thicker border of the focus ring
# (2 px, 3 px when chosen) takes its room from the padding, so border + padding stay 11 px and
# a chosen chip's label is never cut ("DigiD" losing its "D").
APP_SHEET = """
QWidget {{ color: {text}; }}
QMainWindow, QDialog {{ background: {window}; }}
QTabBar::tab {{ padding: 8px 12px; }}
QTabBar[fit="compact"]::tab {{ padding: 6px 7px; }}
QTabBar[fit="tight"]::tab {{ padding: 6px 4px; }}
QTabBar::scroller {{ width: 64px; }}
QTabBar QToolButton {{ background: {base}; border: 1px solid {chip_border}; }}
QLabel#fieldLabel {{ color: {label}; font-weight: 600; }}
QLabel#hint {{ color: {hint}; }}
QLabel#questionTitle {{ font-weight: 700; font-size: 12pt; color: {accent}; }}
QLabel#timer {{ color: {accent}; min-width: 70px; }}
QLabel#timer:disabled {{ color: {disabled}; }}
QLabel#counts {{ font-weight: 700; font-size: 12pt; }}
QLabel#status {{ color: {ok}; font-weight: 600; padding-left: 16px; }}
QLabel#summary {{ font-weight: 600; font-size: 12pt; }}
QPushButton {{ min-height: 34px; padding: 2px 14px; }}
QPushButton#primary {{ background: {accent}; color: {on_accent}; border: none; border-radius: 6px;
                      font-weight: 700; }}
QPushButton#primary:hover {{ background: {accent_hover}; }}
QPushButton#primary:focus {{ border: 2px solid {ring}; }}
QPushButton#danger {{ color: {danger}; }}
QLineEdit, QComboBox, QDateTimeEdit, QDateEdit, QSpinBox {{ min-height: 32px; padding: 0 6px; }}
QTableView {{ background: {base}; alternate-background-color: {alternate};
             selection-background-color: {selection}; selection-color: {text}; }}
QHeaderView::section {{ background: {header}; color: {text}; padding: 6px; border: none;
                       font-weight: 600; }}
QFrame#questionEditor {{ border-top: 1px solid {line}; }}
QPushButton[chip="true"] {{
    min-height: 34px; padding: 2px 10px; border: 1px solid {chip_border}; border-radius: 17px;
    background: {base}; color: {text};
}}
QPushButton[chip="true"]:hover {{ border-color: {accent}; background: {chip_hover}; }}
QPushButton[chip="true"]:focus {{ border: 2px solid {accent}; padding: 1px 9px; }}
QPushButton[chip="true"]:checked {{
    background: {accent}; border-color: {accent}; color: {on_accent};
}}
QPushButton[chip="true"]:checked:focus {{ border: 3px solid {ring}; padding: 0 8px; }}
QFrame#deliveryNotice {{ background: {notice}; border-bottom: 1px solid {notice_border}; }}
QLabel#waiting {{ color: {warning}; }}
QLabel#missingNote {{ background: {missing}; padding: 3px; }}
QPushButton[chip="true"]:disabled {{ color: {disabled}; border-color: {disabled_border}; }}
"""


def style_sheet(theme: Theme) -> str:
    """The application's style sheet in this theme's colours (chips included)."""
    return APP_SHEET.format(**{f.name: getattr(theme, f.name) for f in fields(Theme)})


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
