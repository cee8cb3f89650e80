"""What a report counts: a ``Scope`` (a half-open time range [start, end) and one, several
or all locations), the filter that picks its live visits, and the parts of a visit's start
the reports group by (month, quarter, day, weekday, hour), compiled per dialect. Deleted
visits (tombstones) and visits of an import still being applied never count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, cast, extract, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from db.models import Visit
from db.queries.grouping import Digit, unit_digit
from db.queries.visible import visible


@dataclass(frozen=True)
class Scope:
    start: datetime
    end: datetime  # exclusive
    location_ids: tuple[int, ...] | None = None  # None: every location


def visit_filter(scope: Scope) -> list[ColumnElement[bool]]:
    """Live visits that started in the scope's range, at its locations."""
    conditions: list[ColumnElement[bool]] = [
        Visit.deleted_at.is_(None),
        Visit.started_at >= scope.start,
        Visit.started_at < scope.end,
        visible(Visit.import_id),
    ]
    if scope.location_ids is not None:
        if len(scope.location_ids) == 1:
            conditions.insert(0, Visit.location_id == scope.location_ids[0])
        else:
            conditions.insert(0, Visit.location_id.in_(scope.location_ids))
    return conditions


class _Stamp(FunctionElement[Any]):
    """A part of a visit's start, compiled per dialect (SQLite keeps datetimes as text,
    PostgreSQL as timestamps): ``month_of`` "2026-10", ``quarter_of`` "2026-3", ``day_of``
    "2026-10-05"."""

    inherit_cache = True
    type = String()
    sqlite_length = 0
    postgresql_format = ""


class month_of(_Stamp):
    name = "month_of"
    inherit_cache = True
    sqlite_length, postgresql_format = 7, "YYYY-MM"


class day_of(_Stamp):
    name = "day_of"
    inherit_cache = True
    sqlite_length, postgresql_format = 10, "YYYY-MM-DD"


class quarter_of(_Stamp):
    name = "quarter_of"
    inherit_cache = True
    postgresql_format = "YYYY-Q"


@compiles(_Stamp, "postgresql")
def _stamp_postgresql(element: _Stamp, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, '{element.postgresql_format}')"


@compiles(_Stamp)
def _stamp_sqlite(element: _Stamp, compiler: SQLCompiler, **kw: Any) -> str:
    """SQLite keeps a datetime as ISO text ("2026-10-05 14:30:00.000000"): its month and day
    are its first characters (substr costs a fraction of strftime, per visit)."""
    at = compiler.process(element.clauses, **kw)
    if isinstance(element, quarter_of):
        return f"(substr({at}, 1, 4) || '-' || ((CAST(substr({at}, 6, 2) AS INTEGER) + 2) / 3))"
    return f"substr({at}, 1, {element.sqlite_length})"


def weekday() -> ColumnElement[int]:
    """0 = Sunday ... 6 = Saturday, on both databases."""
    return cast(extract("dow", Visit.started_at), Integer)


def hour() -> ColumnElement[int]:
    return cast(extract("hour", Visit.started_at), Integer)


def month_key() -> ColumnElement[str]:
    """ "2026-10"."""
    return month_of(Visit.started_at)


def quarter_key() -> ColumnElement[str]:
    """ "2026-3" for July to September 2026."""
    return quarter_of(Visit.started_at)


def unit_digits(per: str | None, scope: Scope) -> list[Digit | None]:
    """The ``unit`` key's digit for packing (db.queries.grouping)."""
    if per is None:
        return []
    return [unit_digit(Visit.started_at, per, scope.start, scope.end)]


def unit_keys(per: str | None) -> list[ColumnElement[Any]]:
    if per is None:
        return []
    if per == "month":
        return [month_key().label("unit")]
    if per == "quarter":
        return [quarter_key().label("unit")]
    raise ValueError(f"unknown unit {per!r}")


def room_to_group(session: Session) -> None:
    """On PostgreSQL, memory to hash a year's visits and questions by location without
    spilling to disk (the server's default work_mem is 4 MB): for this transaction only."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL work_mem = '64MB'"))
