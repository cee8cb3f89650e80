"""What a screen reader hears for the chips: each row holds one choice (one channel, one
duration, one topic and one help per question), so its chips are radio buttons in a named
group, checked or not as the form is, and the reader's action chooses one. Checked by hand
over AT-SPI too (docs/toegankelijkheid.md, "Hoe is getest")."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QToolButton

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.chips import ChipGroup


def chosen_by_the_reader(group: ChipGroup, name: str) -> None:
    """A chip of a Registreren row is a radio button in the row's group, not checked until
    chosen; the screen reader's action chooses it and the other chip is no longer chosen
    (``test_accessibility.test_chip_rows_are_groups_with_a_name`` runs it on every row)."""
    first, second = group.buttons()[:2]
    chip = QAccessible.queryAccessibleInterface(second)
    assert chip.role() == QAccessible.Role.RadioButton, name
    assert chip.parent().text(QAccessible.Text.Name) == name
    assert chip.state().checkable and not chip.state().checked
    first.click()
    actions = chip.actionInterface()
    assert actions is not None
    assert actions.actionNames() == [QAccessibleActionInterface.toggleAction()]
    actions.doAction(QAccessibleActionInterface.toggleAction())
    assert second.isChecked() and not first.isChecked(), name
    assert chip.state().checked
    assert not QAccessible.queryAccessibleInterface(first).state().checked


def test_a_row_of_several_choices_has_check_boxes(qtbot) -> None:
    row = ChipGroup([("a", "Een"), ("b", "Twee")], exclusive=False, name="Keuzes")
    qtbot.addWidget(row)
    row.button("a").click()
    row.button("b").click()
    for code in ("a", "b"):
        chip = QAccessible.queryAccessibleInterface(row.button(code))
        assert chip.role() == QAccessible.Role.CheckBox
        assert chip.state().checked


def test_the_notice_bars_own_button_has_a_name(qtbot, desk: Desk) -> None:
    window = build_main_window(desk)
    show_window(qtbot, window)
    buttons = [
        b for b in window.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert buttons and all(b.accessibleName() for b in buttons)


def test_the_buttons_that_open_more_are_push_buttons_that_say_so(qtbot, desk: Desk) -> None:
    """ "Meer onderwerpen" and "Eerder…" open a part of the form: a screen reader hears a push
    button, collapsed, then expanded once pressed (its own action), collapsed again."""
    window = build_main_window(desk)
    show_window(qtbot, window)
    form = window.log_panel.questions_area
    for button, name in (
        (form.editors[0].more_button, "Meer onderwerpen"),
        (form.when.earlier, "Eerder"),
    ):
        spoken = QAccessible.queryAccessibleInterface(button)
        assert spoken.role() == QAccessible.Role.PushButton, name
        assert spoken.text(QAccessible.Text.Name) == name
        assert spoken.state().expandable and spoken.state().collapsed
        assert not spoken.state().checkable
        actions = spoken.actionInterface()
        assert actions is not None
        actions.doAction(QAccessibleActionInterface.pressAction())
        assert button.isChecked() and spoken.state().expanded, name
        actions.doAction(QAccessibleActionInterface.pressAction())
        assert not button.isChecked() and spoken.state().collapsed, name
