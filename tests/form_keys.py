"""Type on the real window as a volunteer does: each key goes to the widget that has the
focus (or the window), one key press at a time; ``press`` says how many were pressed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


def press(qtbot: Any, window: QWidget, *keys: str) -> int:
    """Keys as Qt writes them ("1", "Alt+D", "Ctrl+Return", "Down"); a longer lower-case
    word ("tablet") is typed letter by letter. Returns the number of key presses."""
    count = 0
    for key in keys:
        if len(key) > 1 and key.islower() and key.isalpha():
            count += press(qtbot, window, *key)
            continue
        target = QApplication.focusWidget() or window
        if len(key) == 1:
            qtbot.keyClick(target, key)
        else:
            combination = QKeySequence(key)[0]
            qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
        count += 1
    return count


SAVE = "Ctrl+Return"
