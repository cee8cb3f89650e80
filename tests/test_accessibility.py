"""Every control a screen reader can land on says what it is: each tab of the real window and
the dialogs of the front desk are walked through Qt's accessibility interface (what a screen
reader reads), and the Registreren form's Tab order follows the eye."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.importer import KeyQuestion
from ido_desk.roles import set_pin
from ido_desk.visits import record_visit
from tests.test_chip_roles import chosen_by_the_reader
from tests.ui_helpers import live_visits, show_window
from ui.app import build_main_window
from ui.batch_dialog import BatchDialog
from ui.corrupt_dialog import CorruptDialog
from ui.key_dialog import KeyQuestionDialog
from ui.list_item_dialog import ListItemDialog
from ui.main_window import MainWindow
from ui.pin_dialog import PinDialog, SetPinDialog
from ui.setup_dialog import SetupDialog
from ui.tabs import TAB_TITLES
from ui.visit_dialog import VisitDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces as the widget's name. A combo box on Linux reports its
    value as its name (the label travels as a relation); on Windows, where the desk runs, the
    name is its accessible name: that is what is read for a combo box here."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).strip()


def nameless(root: QWidget) -> list[str]:
    """The visible, enabled controls under ``root`` a screen reader announces without a name
    (a combo box announcing its value, "(geen)", counts as nameless)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if not widget.isEnabled() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin or combo box: the box is named
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def opened(qtbot, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


def test_every_tab_names_its_controls(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    problems = {}
    for n, title in enumerate(TAB_TITLES):
        window.show_tab(n)
        qtbot.waitUntil(lambda n=n: window.pages[n].view is not None)
        qtbot.waitUntil(lambda n=n: window.pages[n].view.isVisible())
        view = window.pages[n].view
        sections = getattr(view, "nav", None)  # Instellingen: every section in turn
        for row in range(sections.count() if sections is not None else 1):
            if sections is not None:
                sections.setCurrentRow(row)
            missing = nameless(window.pages[n])
            if missing:
                problems[f"{title} {row}"] = missing
    missing = nameless(window.tabs.cornerWidget(Qt.Corner.TopRightCorner))
    assert problems == {}, problems
    assert missing == []


def test_the_tab_bar_and_the_manager_button_are_reached_by_keyboard(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    assert window.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.manager_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert accessible_name(window.manager_button)


def test_the_form_reads_its_labels_groups_and_minutes(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    editor = form.editors[0]
    assert accessible_name(editor.organisation) == "Organisatie"
    assert accessible_name(form.note) == "Notitie"
    assert accessible_name(form.channel) == "Kanaal"
    assert accessible_name(editor.help) == "Hulp"
    assert accessible_name(editor.topics) == "Onderwerp"
    assert accessible_name(form.duration.button("5")) == "5 minuten"
    assert "45" in accessible_name(form.duration.button("45"))
    labels = {label.text(): label.buddy() for label in form.inner.findChildren(QLabel)}
    assert labels["Notitie"] is form.note
    assert labels["Organisatie"] is editor.organisation
    assert labels["Kanaal"] is form.channel
    assert labels["Duur"] is form.duration
    assert labels["Onderwerp"] is editor.topics
    assert labels["Hulp"] is editor.help
    description = form.duration.button("5").accessibleDescription()
    assert "Duur" in description and "F6" in description


def test_the_dialogs_name_their_controls(qtbot, desk: Desk) -> None:
    visit_id = record_visit(
        desk, VisitDraft((QuestionDraft("belastingen"),), channel="balie", duration_min=10)
    )
    for dialog in (VisitDialog(desk, visit_id), BatchDialog(desk), SetupDialog(desk)):
        show_window(qtbot, dialog)
        assert nameless(dialog) == [], type(dialog).__name__
        dialog.reject()


def tab_walk(qtbot, root: QWidget, start: QWidget) -> list[QWidget]:
    """The controls Tab visits after ``start``, as long as they are inside ``root`` and new
    (a date box takes a few Tabs for its day, month and year: it counts once)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    widget: QWidget | None = start
    for _ in range(200):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not root.isAncestorOf(widget):
            break
        if seen and widget is seen[-1]:
            continue
        if widget in seen:
            break
        seen.append(widget)
    return seen


def place(root: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def against_the_eye(root: QWidget, widgets: list[QWidget]) -> list[str]:
    """Each step of the Tab order goes right along a line (the two overlap vertically) or
    down to a later line; a step back up or to the left is listed."""
    wrong = []
    for one, other in pairwise(widgets):
        a, b = place(root, one), place(root, other)
        same_line = a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= (
            b.bottom()
        )
        onward = b.center().x() > a.center().x() if same_line else b.center().y() > a.center().y()
        if not onward:
            wrong.append(f"{name_of(one)} ({a.x()},{a.y()}) -> {name_of(other)} ({b.x()},{b.y()})")
    return wrong


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    label = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__} {label!r}"


def from_the_top(root: QWidget, cycle: list[QWidget]) -> list[QWidget]:
    """A dialog's Tab order is a circle: read it from its top-left control."""
    if not cycle:
        return cycle
    first = min(cycle, key=lambda w: (place(root, w).y() // 8, place(root, w).x()))
    n = cycle.index(first)
    return cycle[n:] + cycle[:n]


def test_each_chip_row_is_one_tab_stop_in_the_eyes_order(qtbot, desk: Desk) -> None:
    """Tab from the tab bar's corner goes down the form: one stop per chip row (the chosen
    chip), then the note, the save bar's buttons and today's list."""
    window = opened(qtbot, desk)
    panel = window.log_panel
    form = panel.questions_area
    editor = form.editors[0]
    seen = tab_walk(qtbot, panel, window.manager_button)
    assert seen[:7] == [
        form.channel.button(form.channel.value() or ""),
        form.duration.buttons()[0],
        form.when.earlier,
        editor.topics.buttons()[0],
        editor.organisation,
        editor.help.tab_stop(),
        form.note,
    ], [name_of(w) for w in seen]
    assert seen[-2:] == [panel.save_button, panel.day_list.view]
    assert against_the_eye(panel, seen) == []
    # a chosen chip is its row's stop; the arrow keys move the stop along
    qtbot.keyClick(editor.topics.buttons()[0], Qt.Key.Key_3)
    qtbot.keyClick(form.duration.buttons()[0], Qt.Key.Key_F8)
    seen = tab_walk(qtbot, panel, window.manager_button)
    assert form.duration.button("15") in seen and editor.topics.button("toeslagen") in seen
    assert editor.subtopics.tab_stop() in seen  # the sub-topics of Toeslagen: a row of their own
    assert not set(seen) & (set(form.duration.buttons()) - {form.duration.button("15")})
    assert against_the_eye(panel, seen) == []


def test_space_and_enter_choose_the_chip_that_has_the_focus(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    chips = form.duration.buttons()
    chips[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chips[0])
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    qtbot.keyClick(chips[1], Qt.Key.Key_Space)
    assert form.duration.value() == "10"
    qtbot.keyClick(chips[1], Qt.Key.Key_Right)
    qtbot.keyClick(chips[2], Qt.Key.Key_Return)
    assert form.duration.value() == "15"
    assert form.duration.tab_stop() is chips[2]
    qtbot.keyClick(chips[2], Qt.Key.Key_Enter)  # again: no duration chosen
    assert form.duration.value() is None
    window.log_panel.save()  # nothing chosen yet: no visit was saved by Enter
    assert live_visits(desk) == []


def test_chip_rows_are_groups_with_a_name(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    editor = form.editors[0]
    for group, name in (
        (form.channel, "Kanaal"),
        (form.duration, "Duur in minuten"),
        (editor.topics, "Onderwerp"),
        (editor.help, "Hulp"),
    ):
        interface = QAccessible.queryAccessibleInterface(group)
        assert interface.role() == QAccessible.Role.Grouping, name
        assert interface.text(QAccessible.Text.Name) == name
        chip = QAccessible.queryAccessibleInterface(group.buttons()[0])
        assert chip.parent().role() == QAccessible.Role.Grouping
        chosen_by_the_reader(group, name)  # and each chip is a radio button in it


def test_the_keys_are_on_the_chips(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    editor = form.editors[0]
    assert form.duration.button("5").text().startswith("F6")
    assert editor.topics.button("digid").text().startswith("1")
    for group in (form.channel, editor.help):
        for code in group.codes():
            key = group.key_of(code)
            assert key and group.button(code).text().startswith(key), code
    assert editor.help.button("samen").text().startswith("Alt+S")


def test_every_tab_is_walked_in_the_eyes_order(qtbot, desk: Desk) -> None:
    record_visit(desk, VisitDraft((QuestionDraft("digid"),), channel="balie", duration_min=5))
    window = opened(qtbot, desk)
    window.resize(1366, 768)
    problems = {}
    for n, title in enumerate(TAB_TITLES):
        window.show_tab(n)
        qtbot.waitUntil(lambda n=n: window.pages[n].view is not None)
        view = window.pages[n].view
        qtbot.waitUntil(view.isVisible)
        sections = getattr(view, "nav", None)  # Instellingen: from its list into each section
        for row in range(sections.count() if sections is not None else 1):
            if sections is not None:
                sections.setCurrentRow(row)
            start = sections if sections is not None else window.manager_button
            seen = tab_walk(qtbot, view, start)
            if not seen:
                problems[f"{title} {row}"] = ["Tab does not reach the tab's controls"]
            elif sections is None and not place(view, seen[0]).top() < view.height() // 3:
                problems[f"{title} {row}"] = [f"Tab starts at {name_of(seen[0])}"]
            elif wrong := against_the_eye(view, seen):
                problems[f"{title} {row}"] = wrong
    assert problems == {}, problems


def dialogs(desk: Desk) -> list[QWidget]:
    visit_id = record_visit(
        desk, VisitDraft((QuestionDraft("belastingen"),), channel="balie", duration_min=10)
    )
    set_pin(desk, "4321")
    question = KeyQuestion("x.idodesk", "ABC", "Bieb Delft", "Delft", "ab12 cd34")
    return [
        VisitDialog(desk, visit_id),
        BatchDialog(desk),
        SetupDialog(desk),
        PinDialog(desk),
        SetPinDialog(desk),
        ListItemDialog("topic", desk.catalogue, lambda *_a: None),
        KeyQuestionDialog(question),
        CorruptDialog(desk.paths),
    ]


def test_every_dialog_is_walked_in_the_eyes_order(qtbot, desk: Desk) -> None:
    problems = {}
    for dialog in dialogs(desk):
        show_window(qtbot, dialog)
        start = QApplication.focusWidget() or dialog
        cycle = from_the_top(dialog, [start, *tab_walk(qtbot, dialog, start)][:-1])
        if not cycle:
            problems[type(dialog).__name__] = ["no Tab stop"]
        elif wrong := against_the_eye(dialog, cycle):
            problems[type(dialog).__name__] = wrong
        dialog.reject()
    assert problems == {}, problems


def test_arrow_keys_stay_in_their_chip_row(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    chips = form.channel.buttons()
    chips[0].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chips[0])
    qtbot.keyClick(chips[0], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is chips[1]
    qtbot.keyClick(chips[1], Qt.Key.Key_Left)
    qtbot.keyClick(chips[0], Qt.Key.Key_Left)  # round to the last chip of the row
    assert QApplication.focusWidget() is chips[-1]
    durations = form.duration.buttons()
    durations[-1].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is durations[-1])
    qtbot.keyClick(durations[-1], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is durations[0]
    assert form.duration.value() is None  # moving does not choose
