"""The tally sheet driven by keys only: Tab passes the date as one stop, the help has a key,
the channel is the one the desk has chosen, and a whole batch is undone as one action."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.visits import MAX_BATCH, record_batch, undo_batch
from tests.db_helpers import rows
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.batch_dialog import BatchDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def opened_sheet(qtbot, window: MainWindow) -> BatchDialog:
    panel = window.log_panel
    qtbot.keyClick(panel, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.batch_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_tally_sheet_by_keys_then_undone_as_one(qtbot, window: MainWindow, desk: Desk) -> None:
    window.log_panel.channel.set_value("telefoon")  # what the desk has chosen
    dialog = opened_sheet(qtbot, window)
    assert dialog.channel.currentData() == "telefoon"
    assert focused() is dialog.count.findChild(QWidget) or focused() is dialog.count
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.day.isAncestorOf(focused()) or focused() is dialog.day
    press(qtbot, Qt.Key.Key_Down)  # the day before
    press(qtbot, Qt.Key.Key_Tab)  # one Tab leaves the date, whatever part had the cursor
    assert focused() is dialog.channel
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.duration.isAncestorOf(focused()) or focused() is dialog.duration
    type_text(qtbot, "15")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.question.isAncestorOf(focused())
    press(qtbot, Qt.Key.Key_1)  # DigiD
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Samen gedaan
    assert dialog.question.help.value() == "samen"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.error.isVisible(), dialog.error.text()
    assert rows(
        desk,
        "SELECT count(*), min(v.duration_min), min(c.code), min(h.code), min(t.code), "
        "min(date(v.started_at)), min(v.entry) FROM visit v "
        "JOIN channel c ON c.id = v.channel_id JOIN question q ON q.visit_id = v.id "
        "JOIN help_kind h ON h.id = q.help_id JOIN topic t ON t.id = q.topic_id",
    ) == [(12, 15, "telefoon", "samen", "digid", "2026-11-02", "batch")]
    assert dialog.undo_button.isVisible()
    assert dialog.done_label.text().startswith("Turflijst opgeslagen: 12 x DigiD")

    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    assert rows(desk, "SELECT count(*) FROM question") == [(0,)]
    [(action, before)] = rows(desk, "SELECT action, before FROM audit_log WHERE entity = 'visit'")
    assert action == "undo-batch"
    assert '"count": 12' in before
    assert not dialog.undo_button.isVisible()
    assert dialog.done_label.text() == "Turflijst ongedaan gemaakt: 12 bezoeken weggehaald"
    assert window.log_panel.status.text() == dialog.done_label.text()  # not "opgeslagen" still

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_batch_of_five_hundred_is_undone_in_one_action(desk: Desk, clock) -> None:
    draft = VisitDraft((QuestionDraft("digid", help="informatie"),), channel="balie")
    ids = record_batch(desk, MAX_BATCH, date(2026, 11, 3), draft, time(9))
    keep = record_batch(desk, 2, date(2026, 11, 3), draft, time(9))
    assert undo_batch(desk, ids) == MAX_BATCH
    assert rows(desk, "SELECT count(*) FROM visit") == [(2,)]
    assert rows(desk, "SELECT count(*) FROM audit_log WHERE action = 'undo-batch'") == [(1,)]
    with pytest.raises(ValidationError):
        undo_batch(desk, [])  # nothing to undo
    clock.now += timedelta(hours=1)
    with pytest.raises(ValidationError):
        undo_batch(desk, keep)  # too late: delete them one by one
    assert rows(desk, "SELECT count(*) FROM visit") == [(2,)]


def test_after_the_tally_sheet_the_forms_keys_save_a_visit(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    """Esc closes the sheet; the main window is active again with the focus where it was
    (as a desktop gives it back; under Xvfb there is no window manager to do it), so 2 and
    Ctrl+Enter save a visit without a mouse click first."""
    panel = window.log_panel
    panel.focus_form()
    before = focused()
    dialog = opened_sheet(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert focused() is before
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows(desk, "SELECT count(*) FROM visit") == [(1,)]
