"""Helpers for driving the real window in tests: read the database afresh, answer dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ido_desk.desk import Desk
from tests.db_helpers import rows


def live_visits(desk: Desk) -> list[tuple[Any, ...]]:
    return rows(
        desk,
        "SELECT id, entry, duration_min, note FROM visit WHERE deleted_at IS NULL "
        "ORDER BY started_at",
    )


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Call ``act`` on the next modal dialog, as soon as it is shown (exec blocks the test)."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, attempt)
            return
        act(widget)

    QTimer.singleShot(0, attempt)


def click_message_button(text: str) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        for button in widget.buttons():
            if button.text() == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in widget.buttons()]}")

    return act


def show_window(qtbot: Any, widget: QWidget) -> None:
    """Show and activate a widget so that its keyboard shortcuts work."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
