"""A marker for the window's texts that live in the core: ``QT_TRANSLATE_NOOP(context, text)``
returns the Dutch text as it is, and tells ``pyside6-lupdate`` (``make translations`` reads
every core module that imports this) to put it in the .ts file under the context the window
translates it in. The core stays free of Qt; the CLI and the reports keep the Dutch."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
