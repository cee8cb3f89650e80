"""Every control a screen reader can land on says what it is: each tab of the real window and
the dialogs of the front desk are walked through Qt's accessibility interface (what a screen
reader reads), and the Registreren form's Tab order follows the eye."""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from ido_desk.visits import record_visit
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.batch_dialog import BatchDialog
from ui.main_window import MainWindow
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


def test_tab_order_of_the_form_follows_the_eye(qtbot, desk: Desk) -> None:
    """Tab from the first control goes down the rows, and left to right within a row."""
    window = opened(qtbot, desk)
    form = window.log_panel.questions_area
    first = form.channel.buttons()[0]
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    seen: list[QWidget] = []
    widget = first
    while form.inner.isAncestorOf(widget) and widget not in seen:
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    positions = [w.mapTo(form.inner, w.rect().center()) for w in seen]
    assert len(seen) >= 10, [type(w).__name__ for w in seen]
    eye = sorted(positions, key=lambda p: (p.y() // 20, p.x()))  # rows, then left to right
    assert positions == eye, [
        (w.objectName(), p.x(), p.y()) for w, p in zip(seen, positions, strict=True)
    ]


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
