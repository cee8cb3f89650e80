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

from typing import Any

from db.text import QT_TRANSLATE_NOOP, Text

__all__ = ["QT_TRANSLATE_NOOP", "Text", "in_language"]


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
    except (LookupError, ValueError):  # a translation with a wrong field: say the Dutch
        return str(text)


def _value(value: Any, language: str) -> Any:
    return in_language(value, language) if isinstance(value, Text) else value
