"""The Uitwisseling tab's input: the import file dialog's folder, and the window's keys while
typing in its fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from ido_desk.desk import Desk
from ido_desk.exchange.importer import import_files
from tests.exchange_helpers import (
    yes,
)
from tests.ui_helpers import show_window, when_modal
from ui.exchange_view import ExchangeView


def test_the_file_dialog_opens_in_the_users_folder_then_the_last_used(
    qtbot: Any, coordinator: Desk, good: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """Not in the program's working folder: Downloads (or Documents) first, then the folder
    the last files came from, kept in the settings."""
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(home / "Downloads"))
    monkeypatch.chdir(tmp_path)
    import_files(coordinator, [good], confirm_key=yes)  # known: no question about it
    view = ExchangeView(coordinator)
    show_window(qtbot, view)
    opened: list[str] = []

    def pick(chosen: Path | None) -> Any:
        def act(dialog: Any) -> None:
            assert isinstance(dialog, QFileDialog), dialog
            opened.append(dialog.directory().absolutePath())
            if chosen is None:
                dialog.reject()
            else:
                dialog.selectFile(str(chosen))
                dialog.accept()

        return act

    when_modal(pick(None))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    when_modal(pick(good))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=10000)
    when_modal(pick(None))
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    assert opened == [str(home / "Downloads")] * 2 + [str(good.parent.resolve())], opened


class ClaimsEmacsKeys(QObject):
    """What a QLineEdit does on X11 (the tests' offscreen platform has no emacs keys): it
    claims Ctrl+E (end of line) for itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E
        ):
            event.accept()
            return True
        return False


def test_ctrl_e_exports_while_typing_the_folder(qtbot: Any, branch: Desk, tmp_path: Path) -> None:
    """A text field's own Ctrl+E (end of line on X11) does not swallow the window's key."""
    from ui.app import build_main_window

    window = build_main_window(branch)
    show_window(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Uitwisseling
    view = window.findChild(ExchangeView)
    assert view is not None and view.isVisible()
    field = view.out_edit
    field.clearFocus()
    claims = ClaimsEmacsKeys(field)
    field.installEventFilter(claims)
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, str(tmp_path))
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Opgeslagen" in view.export_status.text(), timeout=10000)
    assert len(list(tmp_path.glob("ido-export-*.zip"))) == 1
    assert field.cursorPosition() == 0  # the key went to the export, not to the field
