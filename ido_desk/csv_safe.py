"""Spreadsheet-safe cells and the one CSV dialect: text that a spreadsheet would run as a
formula gets a leading apostrophe, for every CSV or XLSX the program writes (reports, the
audit log, the transparency dump), and every CSV is UTF-8 with a BOM, semicolons, CRLF."""

from __future__ import annotations

import csv
from typing import Any, TextIO, TypeVar

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


# -- the one CSV dialect -----------------------------------------------------------------

CSV_DELIMITER = ";"  # what a Dutch spreadsheet expects
CSV_ENCODING = "utf-8-sig"  # with a BOM, so the spreadsheet reads é and ë right
CSV_LINE_END = "\r\n"


def csv_writer(handle: TextIO) -> Any:
    """A csv writer in the program's one dialect, for a file opened with ``newline=""`` and
    ``encoding=CSV_ENCODING``."""
    return csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator=CSV_LINE_END)
