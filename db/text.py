"""A Dutch text that remembers how it was made: ``QT_TRANSLATE_NOOP(context, text)`` marks a
text for ``pyside6-lupdate`` (``make translations`` reads every module of ``ido_desk`` and
``db`` that imports the marker) and returns it as a ``Text``, a ``str`` that is the Dutch and
keeps its context, its source and the values ``.format`` put in, so that whoever shows it can
say it again in another language (``ido_desk.translatable.in_language``). Plain Python: it
lives here so that the storage layer's messages can be marked too (``db`` imports nothing of
the application)."""

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
