"""GROUP BY that SQLite does fast. SQLite groups by sorting every row, comparing all the key
columns; the reports' big passes (every question of a year by location, month and six lists)
spend most of their time there. Packed into one integer (each key a digit in a mixed radix:
list ids by the range of their table, months and quarters by the scope's), the same groups
sort twice as fast. The key columns are still selected as they are: every row of a group
holds the same values, and SQLite returns a group's plain columns from one of its rows. On
PostgreSQL (hash aggregation) the keys are grouped by as they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

LIMIT = 2**62  # the packed key stays a 64-bit integer


@dataclass(frozen=True)
class Digit:
    """A key as a number 1 .. size-1 (0 for NULL)."""

    code: ColumnElement[Any]
    size: int


def group_keys(
    session: Session, keys: Sequence[ColumnElement[Any]], digits: Sequence[Digit | None]
) -> list[ColumnElement[Any]]:
    """What to GROUP BY for ``keys``: on SQLite the keys with a digit packed into one
    integer (the others beside it), elsewhere the keys themselves."""
    if session.get_bind().dialect.name != "sqlite":
        return list(keys)
    packed: ColumnElement[Any] | None = None
    size, rest = 1, []
    for key, digit in zip(keys, digits, strict=True):
        if digit is None or size * digit.size >= LIMIT:
            rest.append(key)
            continue
        packed = digit.code if packed is None else packed * digit.size + digit.code
        size *= digit.size
    return list(keys) if packed is None else [packed, *rest]


def id_digits(session: Session, columns: Sequence[Any]) -> list[Digit | None]:
    """A digit per column that references one table's integer id (the range of ids in that
    table, read in the same transaction), None for any other column."""
    if session.get_bind().dialect.name != "sqlite":
        return [None] * len(columns)  # not packed there: no ranges to read
    tables = []
    for column in columns:
        targets = [fk.column for fk in getattr(column, "foreign_keys", ())]
        tables.append(targets[0] if len(targets) == 1 else None)
    wanted = list(dict.fromkeys(t for t in tables if t is not None))
    if not wanted:
        return [None] * len(columns)
    bounds = session.execute(
        select(*(f(t) for t in wanted for f in (_low, _high)))  # one small query for all
    ).one()
    ranges = {t: (bounds[2 * i], bounds[2 * i + 1]) for i, t in enumerate(wanted)}
    digits: list[Digit | None] = []
    for column, target in zip(columns, tables, strict=True):
        if target is None:
            digits.append(None)
            continue
        low, high = ranges[target]
        if low is None:  # an empty table: the column holds only NULL
            digits.append(Digit(literal(0), 1))
            continue
        code = func.coalesce(column - (low - 1), 0)
        digits.append(Digit(code, high - low + 2))
    return digits


def _low(column: Any) -> ColumnElement[Any]:
    return select(func.min(column)).scalar_subquery()


def _high(column: Any) -> ColumnElement[Any]:
    return select(func.max(column)).scalar_subquery()


def unit_digit(at: Any, per: str, start: datetime, end: datetime) -> Digit:
    """The month or quarter of ``at`` within [start, end) as a digit."""
    year = cast(func.substr(at, 1, 4), Integer)
    month = cast(func.substr(at, 6, 2), Integer)
    if per == "month":
        index = year * 12 + month
        first, last = start.year * 12 + start.month, end.year * 12 + end.month
    else:
        quarter = (month + 2) // 3
        index = year * 4 + quarter
        first = start.year * 4 + (start.month + 2) // 3
        last = end.year * 4 + (end.month + 2) // 3
    return Digit(index - (first - 1), last - first + 2)
