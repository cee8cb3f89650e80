"""The keys of the chips: a key press matched to a chip's key sequence, Alt+letter keys for a
row of labels, a key as the user reads it ("Alt+S")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence


def key_matches(event: QKeyEvent, key: str) -> bool:
    """Whether a key press is the key sequence ``key`` (keypad digits count as digits)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
    return pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch


def letter_keys(labels: Sequence[str], taken: set[str]) -> list[str]:
    """An Alt+letter key for each label: its first letter not yet taken (added to ``taken``)."""
    keys = []
    for label in labels:
        letter = next((c for c in label.upper() if c.isalpha() and c not in taken), "")
        if letter:
            taken.add(letter)
        keys.append(f"Alt+{letter}" if letter else "")
    return keys


def key_text(key: str) -> str:
    """A key as the user reads it ("Alt+S")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
