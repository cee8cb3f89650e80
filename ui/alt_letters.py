"""Alt+letter never types into a field: it is the form's key (a help or channel chip, Alt+1..9
a sub-topic) from wherever the focus is on the form.

On X11 and Windows a key press of Alt+S carries the text "s", and a line edit inserts it: with
the focus in the note, Alt+S typed "s" into the note and never reached the help chips, so a
note nobody wrote was stored. A combo box takes the letter for a search by first letter: once
Alt+D had put the keyboard on the referral list, Alt+A (the channel) and Alt+I (a help) did
nothing, and a visit was stored with the old channel. A filter on the widget with the focus
hands such a key to the widget's parent instead, as Qt passes on a key a widget does not
want: the form around the field picks its chip, or nobody does. A shortcut (Alt+N, Alt+E)
still comes first: Qt tries it when the field does not claim the key's ShortcutOverride,
before the key press arrives here.

Ctrl+Alt still types (AltGr is Ctrl+Alt on Windows: "€", "@"), and so does Option on macOS,
which Qt reports as Alt ("é")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ALT = Qt.KeyboardModifier.AltModifier
CONTROL = Qt.KeyboardModifier.ControlModifier
# what would take the text: a field types it, a list (the referral, Alt+D) searches for it
TYPING = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QComboBox)


def is_alt_letter(event: QKeyEvent) -> bool:
    """Alt without Ctrl, with a character: a form's key, not text (never on macOS)."""
    modifiers = event.modifiers()
    text = event.text()
    return (
        sys.platform != "darwin"
        and bool(modifiers & ALT)
        and not modifiers & CONTROL
        and bool(text)
        and text.isprintable()
    )


def in_window(widget: QWidget, window: QWidget) -> bool:
    """The widget is in ``window`` or in a dialog opened over it."""
    current: QWidget | None = widget
    while current is not None:
        if current is window:
            return True
        current = current.parentWidget()
    return False


class AltLettersToForm(QObject):
    """Follows the focus in one window (and its dialogs): an Alt+letter pressed in a field
    goes to the field's parent."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None:
            old.removeEventFilter(self)
        if isinstance(new, TYPING) and in_window(new, self.window):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, TYPING) or not is_alt_letter(event):
            return False
        parent = watched.parentWidget()
        if parent is not None and not watched.isWindow():
            event.ignore()
            QCoreApplication.sendEvent(parent, event)  # goes up to the form, as an unwanted key
        return True  # the field never types it


def let_alt_letters_reach_the_form(window: QWidget) -> AltLettersToForm:
    keys = AltLettersToForm(window)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(keys.follow_focus)
    return keys
