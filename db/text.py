"""A Dutch text that remembers how it was made: ``QT_TRANSLATE_NOOP(context, text)`` marks a
text for ``pyside6-lupdate`` (``make translations`` reads every module of ``ido_desk`` and
``db`` that imports the marker) and returns it as a ``Text``, a ``str`` that is the Dutch and
keeps its context, its source and the values ``.format`` put in, so that whoever shows it can
say it again in another language (``ido_desk.translatable.in_language``). Plain Python: it
lives here so that the storage layer's messages can be marked too (``db`` imports nothing of
the application)."""

from __future__ import annotations

from string import Formatter
from types import SimpleNamespace
from typing import Any

_PLAIN = (str, int, float, type(None))  # Text is a str, Count an int


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
        if any(not isinstance(v, _PLAIN) for v in (*args, *kwargs.values())):
            args, kwargs = _settled(source, args, kwargs)
        text = super().__new__(cls, dutch)
        text.context, text.source, text.args, text.kwargs = context, source, args, kwargs
        return text

    def format(self, *args: Any, **kwargs: Any) -> Text:
        return Text(self.context, self.source, args, kwargs)

    def __getnewargs__(self) -> tuple[Any, ...]:  # copy, pickle
        return (self.context, self.source, self.args, self.kwargs)


def _settled(
    source: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The values with every attribute a field names (``{taken.label_nl}``) read now and kept,
    so that saying the text again later (in English) needs no live object: a database row
    whose session has closed cannot be read again."""
    wanted: dict[int | str, list[list[str]]] = {}
    auto = 0
    for _literal, field, _spec, _conversion in Formatter().parse(source):
        if field is None:
            continue
        head, *chain = field.split(".")
        if "[" in field or not chain:
            continue
        key: int | str = head if not head.isdigit() and head else int(head or auto)
        auto += not head
        wanted.setdefault(key, []).append(chain)
    if not wanted:
        return args, kwargs

    def kept(value: Any, chains: list[list[str]]) -> Any:
        firsts: dict[str, list[list[str]]] = {}
        for name, *rest in chains:
            firsts.setdefault(name, []).append(rest)
        return SimpleNamespace(
            **{
                name: kept(getattr(value, name), [r for r in rests if r])
                if any(rests)
                else getattr(value, name)
                for name, rests in firsts.items()
            }
        )

    settled_args = tuple(
        kept(v, wanted[n]) if n in wanted and not isinstance(v, _PLAIN) else v
        for n, v in enumerate(args)
    )
    settled_kwargs = {
        k: kept(v, wanted[k]) if k in wanted and not isinstance(v, _PLAIN) else v
        for k, v in kwargs.items()
    }
    return settled_args, settled_kwargs


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    return Text(context, text)
