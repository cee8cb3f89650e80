"""Helpers for driving the real window in tests: read the database afresh, answer dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ido_desk.desk import Desk
from tests.db_helpers import rows

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def live_visits(desk: Desk) -> list[tuple[Any, ...]]:
    return rows(
        desk,
        "SELECT id, entry, duration_min, note FROM visit WHERE deleted_at IS NULL "
        "ORDER BY started_at",
    )


def when_modal(act: Callable[[QWidget], None], kind: type[QWidget] = QWidget) -> None:
    """Call ``act`` on the next modal dialog, as soon as it is shown (exec blocks the test);
    with ``kind`` (QMessageBox, say) one of that kind, above a modal dialog already open."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, attempt)
            return
        act(widget)

    QTimer.singleShot(0, attempt)


def click_message_button(text: str | QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    """Click the button with this text, or this standard button (whose text is Qt's own,
    translated when Qt's Dutch is loaded). A button that is not there closes the box and
    fails the test, rather than leaving it open and the run waiting."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox), widget
        if isinstance(text, QMessageBox.StandardButton):
            chosen = widget.button(text)
            if chosen is not None:
                chosen.click()
                return
        for button in widget.buttons():
            if button.text() == text:
                button.click()
                return
        texts = [b.text() for b in widget.buttons()]
        widget.reject()
        raise AssertionError(f"no button {text!r} in {texts}")

    return act


def show_window(qtbot: Any, widget: QWidget) -> None:
    """Show and activate a widget so that its keyboard shortcuts work."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


W = TypeVar("W", bound=QWidget)


def settings_section(qtbot: Any, desk: Desk, name: str, kind: type[W]) -> tuple[MainWindow, W]:
    """The real window on ``desk``, shown, with Instellingen open at section ``name``; the
    window and the section's one ``kind`` widget."""
    from ui.app import build_main_window
    from ui.tabs import SETTINGS

    window = build_main_window(desk)
    show_window(qtbot, window)
    window.show_tab(SETTINGS)
    settings = window.pages[SETTINGS].view
    settings.show_section(name)
    (found,) = settings.findChildren(kind)
    return window, found
