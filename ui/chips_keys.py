"""The keys of the chips: a key press matched to a chip's key sequence, Alt+letter keys for a
row of list items, a key as the user reads it ("Alt+S").

A list item's Alt+letter comes from its Dutch name in both languages: "Doorverwezen" is Alt+D
in the English window too ("Alt+D  Referred"), so the same physical keys do the same in both
languages (the README's key sequences hold, a volunteer's habit survives a language switch).
The key stands in the chip's text, its tooltip and its accessible description, so an English
label need not contain its letter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from ido_desk.lists import Item


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


def item_keys(items: Iterable[Item], taken: set[str]) -> list[str]:
    """An Alt+letter key for each list item, from its Dutch name (see the module text)."""
    return letter_keys([item.label_nl for item in items], taken)


def key_text(key: str) -> str:
    """A key as the user reads it ("Alt+S")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
