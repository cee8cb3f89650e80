"""The colours the window really uses meet WCAG 2.1 AA: text 4.5:1 against its background
(1.4.3), borders and focus rings 3:1 (1.4.11), in the normal, checked and focused states of a
chip; and a dark system palette does not leave dark text on dark fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.style import DARK, LIGHT, Theme, chosen_theme, palette, style_sheet, theme_for, use_theme

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


THEMES = pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])


@THEMES
def test_every_text_colour_of_the_window_is_readable(theme: Theme) -> None:
    low = {}
    for selector, props in rules(style_sheet(theme)).items():
        if "color" not in props or "chip" in selector:
            continue
        background = props.get("background", theme.window)
        if ratio(props["color"], background) < TEXT_MIN:
            low[selector] = round(ratio(props["color"], background), 2)
    for name, colour in (("error", theme.error), ("ok", theme.ok), ("danger", theme.danger)):
        for background in (theme.window, theme.base):
            if ratio(colour, background) < TEXT_MIN:
                low[name] = round(ratio(colour, background), 2)
    assert low == {}


@THEMES
def test_the_palette_pairs_are_readable(theme: Theme) -> None:
    role = QPalette.ColorRole
    pairs = [
        (role.Text, role.Base),
        (role.PlaceholderText, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.BrightText, role.Window),  # the error colour (ERROR_STYLE)
        (role.LinkVisited, role.Window),  # the "done" colour (OK_STYLE)
        (role.Text, role.AlternateBase),
    ]
    colours = palette(theme)
    for text, background in pairs:
        assert ratio(colours.color(text), colours.color(background)) >= TEXT_MIN, (text, background)
    disabled = colours.color(QPalette.ColorGroup.Disabled, role.WindowText)
    assert ratio(disabled, theme.window) >= TEXT_MIN  # the idle timer is read too
    assert ratio(theme.text, theme.selection) >= TEXT_MIN  # a selected row in a table


@THEMES
def test_chips_in_every_state(theme: Theme) -> None:
    chip = rules(style_sheet(theme))
    normal = chip['QPushButton[chip="true"]']
    checked = chip['QPushButton[chip="true"]:checked']
    focus = chip['QPushButton[chip="true"]:focus']["border"]
    checked_focus = chip['QPushButton[chip="true"]:checked:focus']["border"]
    primary = chip["QPushButton#primary"]
    primary_focus = chip["QPushButton#primary:focus"]["border"]
    # text
    assert ratio(normal["color"], normal["background"]) >= TEXT_MIN
    assert ratio(checked["color"], checked["background"]) >= TEXT_MIN
    assert ratio(primary["color"], primary["background"]) >= TEXT_MIN
    # the chip's edge against the window and the field behind it
    for outside in (theme.window, theme.base):
        assert ratio(normal["border"], outside) >= NON_TEXT_MIN
        assert ratio(checked["background"], outside) >= NON_TEXT_MIN
        # the focus ring, on an unchecked and on a checked chip, and on Save
        assert ratio(focus, outside) >= NON_TEXT_MIN
        assert ratio(checked_focus, outside) >= NON_TEXT_MIN
        assert ratio(primary_focus, outside) >= NON_TEXT_MIN
    assert ratio(focus, normal["background"]) >= NON_TEXT_MIN
    # on a checked chip the ring is not the chip's own colour (it was: 1.0:1, invisible)
    assert checked_focus.lower() != checked["border-color"].lower()
    assert ratio(checked_focus, checked["border-color"]) >= 2.0


@THEMES
def test_the_colours_the_window_paints_itself_are_readable(theme: Theme) -> None:
    """The Regio tab's cells, the exchange messages, greyed lines and the delivery notice
    take their colours from the theme (chosen_theme), so the dark theme has its own."""
    pairs = {
        "missing cell": (theme.text, theme.missing),
        "pending cell": (theme.text, theme.pending),
        "running month / undone import / retired item": (theme.hint, theme.base),
        "own location": (theme.accent, theme.base),
        "exchange error": (theme.error, theme.base),
        "exchange done": (theme.ok, theme.base),
        "notice text": (theme.text, theme.notice),
        "notice waiting": (theme.warning, theme.notice),
        "notice button": (theme.text, theme.button),
    }
    low = {name: round(ratio(*pair), 2) for name, pair in pairs.items() if ratio(*pair) < TEXT_MIN}
    assert low == {}


def test_no_fixed_colour_outside_the_themes() -> None:
    """Every colour of the window comes from ui/style.py: a colour written elsewhere stays
    light in the dark theme (the Regio cells and the exchange messages did)."""
    fixed = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*(\d|\"|Qt\.)")
    ui = Path(__file__).resolve().parent.parent / "ui"
    found = [
        f"{path.name}:{number}"
        for path in sorted(ui.glob("*.py"))
        if path.name != "style.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert found == []


def test_the_theme_follows_the_system() -> None:
    light, dark = palette(LIGHT), palette(DARK)
    assert theme_for(light) is LIGHT
    assert theme_for(dark) is DARK
    contrast = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.Highlight, "#1aebff"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
    ):
        contrast.setColor(role, QColor(colour))
    own = theme_for(contrast, contrast=True)  # the system's high-contrast colours, no greys
    assert (own.window, own.text, own.accent) == ("#000000", "#ffffff", "#1aebff")
    assert own.hint == own.label == own.chip_border == "#ffffff"


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
    theme = chosen_theme()
    qapp.setPalette(dark)
    yield dark
    use_theme(qapp, theme)  # the colours the window paints itself too
    qapp.setPalette(before)


def unreadable(root: QWidget, window: QColor) -> list[str]:
    """The labels, text fields and combo boxes under ``root`` whose text is below 4.5:1 (and
    placeholders), with the colours the style sheet and palette gave them."""
    low = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QComboBox | QLabel) or not widget.isVisible():
            continue
        colours = widget.palette()
        pairs = []
        if isinstance(widget, QLabel):  # drawn on the window's background
            pairs.append((colours.color(widget.foregroundRole()), window))
        else:
            base = colours.color(QPalette.ColorRole.Base)
            pairs.append((colours.color(QPalette.ColorRole.Text), base))
            pairs.append((colours.color(QPalette.ColorRole.PlaceholderText), base))
        for text, background in pairs:
            if ratio(text, background) < TEXT_MIN:
                low.append(
                    f"{type(widget).__name__} {widget.objectName()!r} {text.name()} on "
                    f"{background.name()}"
                )
    return low


def ring_colour(chip: QWidget) -> QColor:
    """The colour drawn at the middle of a chip's left edge: its border, or focus ring."""
    image = chip.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def test_a_dark_system_palette_gives_a_dark_readable_window(qtbot, desk: Desk, dark_system) -> None:
    window = build_main_window(desk)
    show_window(qtbot, window)
    background = window.palette().color(QPalette.ColorRole.Window)
    assert background.lightness() < 80  # the system's dark theme is followed, not overruled
    problems = {}
    for n in range(window.tabs.count()):
        window.show_tab(n)
        qtbot.waitUntil(lambda n=n: window.pages[n].view is not None)
        qtbot.waitUntil(window.pages[n].view.isVisible)
        if low := unreadable(window.pages[n], background):
            problems[window.tabs.tabText(n)] = low
    assert problems == {}
    window.show_tab(0)
    form = window.log_panel.questions_area
    assert any(isinstance(w, QLineEdit) for w in form.findChildren(QLineEdit))
    chip = form.channel.tab_stop()  # the chosen channel, with the keyboard on it
    assert chip is not None and chip.isChecked()
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    assert ratio(ring_colour(chip), background) >= NON_TEXT_MIN
    other = form.duration.buttons()[0]  # not chosen, focused, then not focused
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert ratio(ring_colour(other), background) >= NON_TEXT_MIN
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    assert ratio(ring_colour(other), background) >= NON_TEXT_MIN  # the chip's own border
