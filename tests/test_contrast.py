"""The colours the window really uses meet WCAG 2.1 AA: text 4.5:1 against its background
(1.4.3), borders and focus rings 3:1 (1.4.11), in the normal, checked and focused states of a
chip; and a dark system palette does not leave dark text on dark fields."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.app import APP_STYLE, build_main_window
from ui.chips import CHIP_STYLE
from ui.style import BASE, ERROR_COLOUR, OK_COLOUR, PALETTE, WINDOW, light_palette

TEXT_MIN, NON_TEXT_MIN = 4.5, 3.0
COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|\bwhite\b")


def luminance(colour: str | QColor) -> float:
    qcolour = QColor(colour)
    channels = []
    for value in (qcolour.redF(), qcolour.greenF(), qcolour.blueF()):
        channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(one: str | QColor, other: str | QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector -> {property: first colour in it} of a style sheet."""
    found: dict[str, dict[str, str]] = {}
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        props = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            colour = COLOUR.search(value)
            if colour:
                props[name.strip()] = colour.group(0)
        found[" ".join(selector.split())] = props
    return found


def test_the_ratio_is_the_wcag_one() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_every_text_colour_of_the_window_is_readable() -> None:
    low = {}
    for selector, props in rules(APP_STYLE).items():
        if "color" not in props:
            continue
        background = props.get("background", WINDOW)
        if ratio(props["color"], background) < TEXT_MIN:
            low[selector] = round(ratio(props["color"], background), 2)
    for name, colour in (("error", ERROR_COLOUR), ("ok", OK_COLOUR)):
        if ratio(colour, WINDOW) < TEXT_MIN:
            low[name] = round(ratio(colour, WINDOW), 2)
    assert low == {}


def test_the_palette_pairs_are_readable() -> None:
    role = QPalette.ColorRole
    pairs = [
        (role.Text, role.Base),
        (role.PlaceholderText, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
    ]
    for text, background in pairs:
        assert ratio(PALETTE[text], PALETTE[background]) >= TEXT_MIN, (text, background)
    palette = light_palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.WindowText)
    assert ratio(disabled, WINDOW) >= TEXT_MIN  # the idle timer is read too


def test_chips_in_every_state() -> None:
    chip = rules(CHIP_STYLE)
    normal = chip['QPushButton[chip="true"]']
    checked = chip['QPushButton[chip="true"]:checked']
    focus = chip['QPushButton[chip="true"]:focus']["border"]
    checked_focus = chip['QPushButton[chip="true"]:checked:focus']["border"]
    # text
    assert ratio(normal["color"], normal["background"]) >= TEXT_MIN
    assert ratio(checked["color"], checked["background"]) >= TEXT_MIN
    # the chip's edge against the window and the field behind it
    for outside in (WINDOW, BASE):
        assert ratio(normal["border"], outside) >= NON_TEXT_MIN
        assert ratio(checked["background"], outside) >= NON_TEXT_MIN
        # the focus ring, on an unchecked and on a checked chip
        assert ratio(focus, outside) >= NON_TEXT_MIN
        assert ratio(checked_focus, outside) >= NON_TEXT_MIN
    assert ratio(focus, normal["background"]) >= NON_TEXT_MIN
    # on a checked chip the ring is not the chip's own colour (it was: 1.0:1, invisible)
    assert checked_focus.lower() != checked["border-color"].lower()
    assert ratio(checked_focus, checked["border-color"]) >= 2.0


@pytest.fixture
def dark_system(qapp: QApplication):
    """The system's theme is dark when the window opens."""
    before = qapp.palette()
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield dark
    qapp.setPalette(before)


def test_a_dark_system_palette_keeps_the_form_readable(qtbot, desk: Desk, dark_system) -> None:
    window = build_main_window(desk)
    show_window(qtbot, window)
    form = window.log_panel.questions_area
    checked = []
    for widget in form.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QComboBox | QLabel) or not widget.isVisible():
            continue
        palette = widget.palette()
        if isinstance(widget, QLabel):  # drawn on the window's background
            text = palette.color(widget.foregroundRole())
            background = window.palette().color(QPalette.ColorRole.Window)
        else:
            text = palette.color(QPalette.ColorRole.Text)
            background = palette.color(QPalette.ColorRole.Base)
            placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
            assert ratio(placeholder, background) >= TEXT_MIN, widget.objectName()
        checked.append(widget)
        assert ratio(text, background) >= TEXT_MIN, (
            type(widget).__name__,
            widget.objectName(),
            text.name(),
            background.name(),
        )
    assert any(isinstance(w, QLineEdit) for w in checked)
