"""The core's texts in Dutch, with their English kept at hand, without Qt.

``QT_TRANSLATE_NOOP(context, text)`` marks a text for ``pyside6-lupdate`` (``make
translations`` reads every core module that imports this) and returns it as a ``Text``: a
``str`` that is the Dutch, and that remembers its context, its source and the values
``.format`` put in. Whoever shows it chooses the language at that moment: ``in_language(text,
"en")`` gives the English from the compiled translation (``ido_desk.qm_file``), with the values
put in again (themselves in English when they are ``Text`` too); the window translates the
same entries with Qt. Dutch is the source, so the Dutch path costs nothing.

Core messages (errors, the CLI's lines) use the context ``"core"``, written out: lupdate reads
only a literal."""

from __future__ import annotations

from typing import Any


class Text(str):
    """A Dutch text that can be said again in another language."""

    context: str
    source: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(
        cls,
        context: str,
        source: str,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
    ) -> Text:
        kwargs = kwargs or {}
        dutch = source.format(*args, **kwargs) if args or kwargs else source
        text = super().__new__(cls, dutch)
        text.context, text.source, text.args, text.kwargs = context, source, args, kwargs
        return text

    def format(self, *args: Any, **kwargs: Any) -> Text:
        return Text(self.context, self.source, args, kwargs)

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, pickle
        return (self.context, self.source, self.args, self.kwargs)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    return Text(context, text)


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
