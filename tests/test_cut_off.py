"""Nothing cut off in the real window at a front-desk size (1366x768): a chosen chip shows its
whole label, a label its whole text, a box the names it holds, the newest month its column,
and the corner button is never an empty box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    window.resize(1366, 768)
    show_window(qtbot, window)
    return window


def label_room(chip: QPushButton) -> int:
    """The width the chip's style leaves for its label, in the chip's present state."""
    option = QStyleOptionButton()
    chip.initStyleOption(option)
    rect = chip.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, chip)
    return rect.width()


def test_a_chosen_chip_with_the_focus_shows_its_whole_label(qtbot, window: MainWindow) -> None:
    panel = window.log_panel
    editor = panel.questions_area.editors[0]
    qtbot.keyClick(panel, Qt.Key.Key_1)  # DigiD chosen
    digid = editor.topics.button("digid")
    qtbot.waitUntil(digid.isChecked)
    chips = [b for b in window.findChildren(QPushButton) if b.property("chip") and b.isVisible()]
    assert len(chips) > 20
    for chip in chips:
        chip.setChecked(True)
        chip.setFocus(Qt.FocusReason.TabFocusReason)  # the thickest border: chosen + focus
        qtbot.waitUntil(chip.hasFocus)
        needed = chip.fontMetrics().horizontalAdvance(chip.text())
        assert label_room(chip) >= needed, chip.text()  # was 4 px short: "DigiD" lost its "D"
