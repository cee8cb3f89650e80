"""The core's texts in Dutch, with their English kept at hand, without Qt.

``QT_TRANSLATE_NOOP(context, text)`` (``db.text``) marks a text for ``pyside6-lupdate`` (``make
translations`` reads every module that imports the marker) and returns it as a ``Text``: a
``str`` that is the Dutch, and that remembers its context, its source and the values
``.format`` put in. Whoever shows it chooses the language at that moment: ``in_language(text,
"en")`` gives the English from the compiled translation (``ido_desk.qm_file``), with the values
put in again (themselves in English when they are ``Text`` too); the window translates the
same entries with Qt. Dutch is the source, so the Dutch path costs nothing.

Core messages (errors, the CLI's lines) use the context ``"core"``, written out: lupdate reads
only a literal."""

from __future__ import annotations

import json
from typing import Any

from db.text import QT_TRANSLATE_NOOP, Text

__all__ = ["QT_TRANSLATE_NOOP", "Count", "Text", "in_language", "restored", "stored"]

_NUMBER_TYPES = frozenset("bcdeEfFgGnoxX%")
_STORED = "text:"  # what a stored Text starts with (a plain Dutch line never does)


class Count(int):
    """A count shown to a user, with the thousands separator of the language it is said in:
    "3.725" in Dutch (also inside a ``Text``'s Dutch), "3,725" in English. A format with
    only a width and alignment ("{done:>12}") pads that text; one with a type (":d", ":,")
    formats the number as Python does."""

    def __format__(self, spec: str) -> str:
        if spec and (spec[-1] in _NUMBER_TYPES or "," in spec or "_" in spec):
            return int.__format__(self, spec)
        return format(self.said(None), spec)

    def __str__(self) -> str:
        return self.said(None)

    def said(self, language: str | None) -> str:
        text = f"{int(self):,}"
        return text if language == "en" else text.replace(",", ".")


def in_language(text: object, language: str | None) -> str:
    """``text`` in ``language`` ("nl", "en"; None: Dutch): the translation of a ``Text``
    when there is one, else the text as it is (with its values in ``language``)."""
    if language in (None, "nl") or not isinstance(text, Text):
        return str(text)
    from ido_desk.qm_file import translations

    said = translations(language).get((text.context, text.source))
    if not (text.args or text.kwargs):
        return str(text) if said is None else said
    try:
        return (said or text.source).format(  # untranslated: its values may still be
            *(_value(v, language) for v in text.args),
            **{k: _value(v, language) for k, v in text.kwargs.items()},
        )
    except (LookupError, ValueError, AttributeError):  # a translation's wrong field: Dutch
        return str(text)


def _value(value: Any, language: str) -> Any:
    if isinstance(value, Count):
        return value.said(language)
    return in_language(value, language) if isinstance(value, Text) else value


def stored(text: str) -> str:
    """A text to keep in the database: a ``Text`` as its context, source and values (each
    value a ``Text`` again, or its plain string), so that it can be said again in any
    language when read back (``restored``); a plain string as it is."""
    if not isinstance(text, Text):
        return text
    return _STORED + json.dumps({**_parts(text), "dutch": str(text)}, ensure_ascii=False)


def restored(kept: str | None) -> str | None:
    """What ``stored`` kept: the ``Text`` again (its Dutch as before); anything else (a line
    kept before texts were kept this way) as it is."""
    if kept is None or not kept.startswith(_STORED):
        return kept
    try:
        parts = json.loads(kept[len(_STORED) :])
    except ValueError:
        return kept
    try:
        return _text(parts)
    except (ValueError, LookupError, TypeError, AttributeError):  # a value that needs its type
        return str(parts.get("dutch", kept)) if isinstance(parts, dict) else kept


def _parts(text: Text) -> dict[str, Any]:
    def value(v: Any) -> Any:
        if isinstance(v, Text):
            return {"text": _parts(v)}
        if isinstance(v, Count):
            return {"count": int(v)}
        return v if isinstance(v, int | float) and not isinstance(v, bool) else str(v)

    return {
        "context": text.context,
        "source": text.source,
        "args": [value(v) for v in text.args],
        "kwargs": {k: value(v) for k, v in text.kwargs.items()},
    }


def _text(parts: dict[str, Any]) -> Text:
    def value(v: Any) -> Any:
        if isinstance(v, dict):
            return Count(v["count"]) if "count" in v else _text(v["text"])
        return v

    return Text(
        parts["context"],
        parts["source"],
        tuple(value(v) for v in parts["args"]),
        {k: value(v) for k, v in parts["kwargs"].items()},
    )
