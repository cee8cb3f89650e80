"""Output that survives any console encoding.

A Windows PC writes to a pipe or a file in its ANSI code page (cp1252 in the Netherlands),
where some of our text does not fit (the audit log's "→"): Python then raises
UnicodeEncodeError half-way through a listing. ``make_output_safe`` keeps each stream's
encoding, so a file or a pipe holds what the programs of that PC expect, and has a character
the encoding lacks written as "?" instead of crashing. UTF-8 streams are left as they are."""

from __future__ import annotations

import codecs
import io
import sys
from typing import TextIO


def make_output_safe(*streams: TextIO | None) -> None:
    """Let ``streams`` (default: stdout and stderr) replace what their encoding cannot hold.

    A stream that is missing (a windowed program has none) or cannot be reconfigured (a test's
    capture) is left alone."""
    for stream in streams or (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue
        if codecs.lookup(stream.encoding).name == "utf-8" or stream.errors != "strict":
            continue
        stream.reconfigure(errors="replace")
