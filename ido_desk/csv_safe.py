"""Spreadsheet-safe cells: text that a spreadsheet would run as a formula gets a leading
apostrophe, for every CSV or XLSX the program writes (reports, the transparency dump)."""

from __future__ import annotations

from typing import TypeVar

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may read as a formula
FORMULA_START = ("=", "+", "-", "@")  # of those, what can start typed (stripped) text

T = TypeVar("T")


def neutralise(value: T) -> T:
    """``value``, with an apostrophe in front when it is text starting like a formula."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value  # type: ignore[return-value]
    return value


def starts_like_formula(text: str) -> bool:
    """Whether typed text starts with = + - or @ (and so cannot leave the branch)."""
    return text.startswith(FORMULA_START)
