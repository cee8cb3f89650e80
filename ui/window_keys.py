"""The window's own Ctrl+letter keys work from a text field too.

On X11 a QLineEdit claims the emacs-like keys (Ctrl+E end of line, Ctrl+K, Ctrl+D, ...)
through a ShortcutOverride, so Ctrl+E (Exporteren) typed in the "Map of bestand" field moved
the cursor instead. An event filter on the widget with the focus answers the override first:
a key that one of this window's enabled shortcuts (a QShortcut or a button's) uses goes to the
shortcut. The field keeps the editing keys every platform has (copy, paste, undo, select all,
...). The filter follows the focus, so no other event passes through Python."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ui.alt_letters import let_alt_letters_reach_the_form

CONTROL = Qt.KeyboardModifier.ControlModifier
EDITING = (  # a text field's own, on every platform: never taken from it
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)


def window_keys(window: QWidget) -> set[QKeySequence]:
    """The keys of the shortcuts that would fire in this window now."""
    keys = {
        shortcut.key()
        for shortcut in window.findChildren(QShortcut)
        if shortcut.isEnabled()
        and isinstance(shortcut.parent(), QWidget)
        and shortcut.parent().isVisible()  # type: ignore[union-attr]
    }
    keys |= {
        button.shortcut()
        for button in window.findChildren(QAbstractButton)
        if button.isEnabled() and button.isVisible() and not button.shortcut().isEmpty()
    }
    return keys


class WindowKeysFirst(QObject):
    """Filters the key overrides of the widget with the focus in one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.editing = {k for key in EDITING for k in QKeySequence.keyBindings(key)}
        self.alt_letters: QObject | None = None

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & (CONTROL | Qt.KeyboardModifier.AltModifier):
            return False  # typing: no look through the window's shortcuts for each letter
        pressed = QKeySequence(event.keyCombination())
        if pressed in self.editing or pressed not in window_keys(self.window):
            return False
        event.ignore()  # not the field's: the shortcut is tried
        return True


def let_window_keys_win(window: QWidget) -> WindowKeysFirst:
    """The window's shortcuts win over a text field's keys, and an Alt+letter typed in a
    field is the form's key (``ui.alt_letters``)."""
    keys = WindowKeysFirst(window)
    keys.alt_letters = let_alt_letters_reach_the_form(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(keys.follow_focus)
    return keys
