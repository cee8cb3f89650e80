"""The language the CLI speaks: Dutch, or English with ``--lang en`` / ``IDO_DESK_LANG=en``.

``main`` sets it for the one command it runs (``speaking``); ``say`` prints like ``print``,
each marked text (``ido_desk.translatable``) in that language, so that a command's lines and
its errors come out in English from the same Dutch source. Anything else (ids, codes, names,
numbers) is printed as it is."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ido_desk.translatable import in_language

ENV_LANG = "IDO_DESK_LANG"
LANGUAGES = ("nl", "en")
_language: ContextVar[str] = ContextVar("ido_desk_cli_language", default="nl")


def cli_language(option: str | None, environ: Mapping[str, str]) -> str:
    """``--lang``, else ``IDO_DESK_LANG``, else Dutch (not the system's language: a script
    keeps reading the same words on every PC)."""
    for choice in (option, environ.get(ENV_LANG, "").strip().lower()):
        if choice in LANGUAGES:
            return choice
    return "nl"


@contextmanager
def speaking(language: str) -> Iterator[None]:
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def in_english() -> bool:
    """Whether the CLI speaks English (for the lists' English labels)."""
    return _language.get() == "en"


def spoken(text: object) -> str:
    """``text`` in the CLI's language."""
    return in_language(text, _language.get())


def say(*values: object, **options: Any) -> None:
    """``print``, in the CLI's language."""
    print(*(spoken(v) for v in values), **options)
