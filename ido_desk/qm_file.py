"""The English of the core's texts without Qt: a reader of the compiled translation
(``ui/i18n/ido_desk_<lang>.qm``, the one the window loads, built by ``make translations``), so
that the CLI speaks the window's words and the core stays free of PySide6.

A .qm file (Qt's ``translator.cpp``) is a magic number and tagged blocks; the messages block
holds, per message, tagged items: the translation (UTF-16BE), the source text and the context
(UTF-8; lrelease keeps them). Only what is needed is read: (context, source) -> translation,
the first (singular) form. Read once, on first use, and only when a language other than Dutch
is asked for: ``ido-desk log`` in Dutch never opens it."""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "ui" / "i18n"  # beside the window's code
MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES_BLOCK = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT, OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
NULL_LENGTH = 0xFFFFFFFF


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, Dutch source) -> translation, of every message with a translation."""
    if not data.startswith(MAGIC):
        raise ValueError("not a .qm file")
    found: dict[tuple[str, str], str] = {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == MESSAGES_BLOCK:
            _read_messages(data[at : at + length], found)
        at += length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    at = 0
    context = source = ""
    translations: list[str] = []
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            if translations and translations[0]:
                found[(context, source)] = translations[0]
            source, translations = "", []
            continue
        if tag in (OBSOLETE1, OBSOLETE2):
            continue
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        if length == NULL_LENGTH:
            length = 0
        item = block[at : at + length]
        at += length
        if tag == TRANSLATION:
            translations.append(item.decode("utf-16-be"))
        elif tag == SOURCE:
            source = item.decode("utf-8")
        elif tag == CONTEXT:
            context = item.decode("utf-8")
        elif tag != COMMENT:
            raise ValueError(f"unknown tag {tag} in a .qm file")


@cache
def translations(language: str) -> dict[tuple[str, str], str]:
    """The translations into ``language``; empty when its file is not there or unreadable
    (the Dutch is shown then, as the window does)."""
    try:
        return read_qm((I18N_DIR / f"ido_desk_{language}.qm").read_bytes())
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        return {}
