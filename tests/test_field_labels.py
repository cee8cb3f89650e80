"""Every label that names a field (its buddy) shows its whole last letter: some room is left
right of the text's ink, in every tab (each settings section) and dialog, for the labels Qt
sizes by their text (a row of fields side by side, a form's label column). The same holds at
QT_SCALE_FACTOR 1.5, offscreen and under Xvfb (checked by hand: the scale is set per process)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ido_desk.desk import Desk
from tests.test_accessibility import dialogs
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.tabs import TAB_TITLES

INK = 60  # a pixel this far (sum of R, G, B) from the label's background is ink


def ink_gap(label: QLabel) -> int:
    """Empty pixel columns between the label's ink and its right edge."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    for x in range(image.width() - 1, -1, -1):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            far = (
                abs(pixel.red() - background.red())
                + abs(pixel.green() - background.green())
                + abs(pixel.blue() - background.blue())
            )
            if far > INK:
                return image.width() - 1 - x
    return image.width()


def tight(root: QWidget) -> list[str]:
    return [
        f"{label.text()!r} ({ink_gap(label)} px)"
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisible() and ink_gap(label) < 2
    ]


def test_every_field_label_shows_its_last_letter(qtbot, desk: Desk) -> None:
    window = build_main_window(desk)
    window.resize(1366, 768)
    show_window(qtbot, window)
    problems: dict[str, list[str]] = {}
    for n, title in enumerate(TAB_TITLES):
        window.show_tab(n)
        qtbot.waitUntil(lambda n=n: window.pages[n].view is not None)
        qtbot.waitUntil(lambda n=n: window.pages[n].view.isVisible())
        sections = getattr(window.pages[n].view, "nav", None)
        for row in range(sections.count() if sections is not None else 1):
            if sections is not None:
                sections.setCurrentRow(row)
            if found := tight(window.pages[n]):
                problems[f"{title} {row}"] = found
    for dialog in dialogs(desk):
        show_window(qtbot, dialog)
        if found := tight(dialog):
            problems[type(dialog).__name__] = found
        dialog.reject()
    assert problems == {}, problems
