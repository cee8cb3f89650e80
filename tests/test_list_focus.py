"""After an edit or a delete from today's list, saved or not, the keys go to the form again:
"1" then Ctrl+Enter logs the next DigiD visit instead of moving around the table."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import rows
from tests.ui_helpers import click_message_button, show_window, when_modal
from ui.app import build_main_window
from ui.log_panel import LogPanel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    record_visit(
        desk,
        VisitDraft(
            (QuestionDraft("belastingen", help="informatie"),),
            channel="balie",
            duration_min=10,
            started_at=datetime(2026, 11, 3, 10, 15),
        ),
    )
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


def into_the_list(qtbot, panel: LogPanel) -> None:
    table = panel.day_list.view
    table.setFocus(Qt.FocusReason.MouseFocusReason)
    table.selectRow(0)
    qtbot.waitUntil(table.hasFocus)


def back_in_the_window(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def one_then_save(qtbot, window: MainWindow) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    assert window.log_panel.isAncestorOf(focused)
    assert not window.log_panel.day_list.isAncestorOf(focused), focused
    qtbot.keyClick(focused, Qt.Key.Key_1)
    qtbot.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def digid_visits(desk: Desk) -> int:
    [(count,)] = rows(
        desk,
        "SELECT count(*) FROM visit v JOIN question q ON q.visit_id = v.id "
        "JOIN topic t ON t.id = q.topic_id WHERE t.code = 'digid' AND v.deleted_at IS NULL",
    )
    return int(count)


def test_after_an_edit_from_the_list_one_and_ctrl_enter_save_a_digid_visit(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    panel = window.log_panel
    into_the_list(qtbot, panel)
    qtbot.keyClick(panel.day_list.view, Qt.Key.Key_Return)
    dialog = panel.day_list.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.duration.setValue(20)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(desk, "SELECT duration_min, revision FROM visit") == [(20, 2)]
    back_in_the_window(qtbot, window)

    one_then_save(qtbot, window)
    assert digid_visits(desk) == 1
    assert panel.day_list.counts.text() == "Vandaag 2 bezoeken, 2 vragen"


def test_after_a_cancelled_edit_and_a_refused_delete_the_form_has_the_keys(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    panel = window.log_panel
    into_the_list(qtbot, panel)
    qtbot.keyClick(panel.day_list.view, Qt.Key.Key_Return)
    dialog = panel.day_list.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_in_the_window(qtbot, window)
    one_then_save(qtbot, window)
    assert digid_visits(desk) == 1

    into_the_list(qtbot, panel)
    panel.day_list.view.selectRow(1)  # the belastingen visit, under the new one
    when_modal(click_message_button("Niet verwijderen"))
    qtbot.keyClick(panel.day_list.view, Qt.Key.Key_Delete)
    back_in_the_window(qtbot, window)
    if hasattr(panel, "save_guard_s"):
        panel.save_guard_s = 0  # the second save follows the first within a second
    one_then_save(qtbot, window)
    assert digid_visits(desk) == 2
    assert rows(desk, "SELECT count(*) FROM visit WHERE deleted_at IS NULL") == [(3,)]
