"""The name of a list item (channel, topic, help, organisation, referral) in the window's
language: the English name when the window is English and the item has one, else the Dutch."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QLocale


class Named(Protocol):
    @property
    def label_nl(self) -> str: ...
    @property
    def label_en(self) -> str: ...


def english() -> bool:
    """The window is English (the language installed at start, ``ui.app.install_language``)."""
    return QLocale().language() == QLocale.Language.English


def shown(item: Named) -> str:
    return item.label_en if english() and item.label_en else item.label_nl


def of_pair(words: tuple[str, str]) -> str:
    """A core table's (Dutch, English) pair, e.g. an IDO set-up, in the window's language."""
    return words[1] if english() and words[1] else words[0]
