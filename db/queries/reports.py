"""The aggregates behind every report. All counting is GROUP BY in SQL; what comes back is a
few hundred grouped rows at most, never one row per visit.

A ``Scope`` is a half-open time range [start, end) and one, several or all locations. Deleted
visits (tombstones) never count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Integer,
    Row,
    String,
    and_,
    case,
    cast,
    extract,
    func,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from db.models import Question, Visit
from db.queries.grouping import Digit, group_keys, id_digits, unit_digit
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


def _unit_digit(per: str | None, scope: Scope) -> list[Digit | None]:
    """The ``unit`` key's digit for packing (db.queries.grouping)."""
    if per is None:
        return []
    return [unit_digit(Visit.started_at, per, scope.start, scope.end)]


def _unit(per: str | None) -> list[ColumnElement[Any]]:
    if per is None:
        return []
    if per == "month":
        return [month_key().label("unit")]
    if per == "quarter":
        return [quarter_key().label("unit")]
    raise ValueError(f"unknown unit {per!r}")


# -- visits -------------------------------------------------------------------------------


def visit_cube(session: Session, scope: Scope) -> Sequence[Row]:
    """Visits by (channel_id, weekday, hour), with their total minutes: the counts, the
    channels and the weekday x hour heatmap all roll up from these few rows. Tally-sheet
    visits (entry 'batch') carry no real time of day (they are stored at 12:00): their
    weekday and hour come back as None, so they count everywhere except in "when"."""
    timed = Visit.entry != "batch"
    day, hr = _when(timed, weekday()).label("weekday"), _when(timed, hour()).label("hour")
    return session.execute(
        select(
            Visit.channel_id,
            day,
            hr,
            func.count().label("visits"),
            func.coalesce(func.sum(Visit.duration_min), 0).label("minutes"),
        )
        .where(*visit_filter(scope))
        .group_by(Visit.channel_id, day, hr)
    ).all()


def visits_per(
    session: Session, scope: Scope, per: str, *, per_location: bool = False
) -> Sequence[Row]:
    """Visits per month or quarter (``unit``), optionally per location_id."""
    keys: list[Any] = _unit(per)
    if per_location:
        keys.append(Visit.location_id)
    return session.execute(
        select(*keys, func.count().label("visits")).where(*visit_filter(scope)).group_by(*keys)
    ).all()


def visit_totals(
    session: Session, scope: Scope, per: str | None = None, *, per_location: bool = True
) -> Sequence[Row]:
    """Visits and their total minutes by channel_id, optionally per month or quarter
    (``unit``) and per location_id: the regional report and the municipality account."""
    keys: list[Any] = _unit(per)
    if per_location:
        keys.append(Visit.location_id)
    keys.append(Visit.channel_id)
    return session.execute(
        select(
            *keys,
            func.count().label("visits"),
            func.coalesce(func.sum(Visit.duration_min), 0).label("minutes"),
        )
        .where(*visit_filter(scope))
        .group_by(*keys)
    ).all()


def room_to_group(session: Session) -> None:
    """On PostgreSQL, memory to hash a year's visits and questions by location without
    spilling to disk (the server's default work_mem is 4 MB): for this transaction only."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL work_mem = '64MB'"))


def visit_grain(session: Session, scope: Scope, per: str = "month") -> Sequence[Row]:
    """Visits by (location_id, ``unit``, channel_id, duration_min) in one pass: the counts per
    location, month, channel and in or outside the library, the help time (duration x
    visits) and the duration histograms behind the medians all roll up from these rows."""
    keys: list[Any] = [Visit.location_id, *_unit(per), Visit.channel_id, Visit.duration_min]
    digits = id_digits(session, [Visit.location_id, Visit.channel_id])
    order = [digits[0], *_unit_digit(per, scope), digits[1], None]
    return session.execute(
        select(*keys, func.count().label("visits"))
        .where(*visit_filter(scope))
        .group_by(*group_keys(session, keys, order))
    ).all()


def active_units(session: Session, scope: Scope, per: str) -> int:
    """How many (location, month) or (location, day) pairs hold any visit: how much data a
    period has, to tell whether two periods can be compared."""
    unit = day_of(Visit.started_at) if per == "day" else month_key()
    pairs = (
        select(Visit.location_id, unit.label("unit"))
        .where(*visit_filter(scope))
        .group_by(Visit.location_id, unit)
        .subquery()
    )
    return int(session.scalar(select(func.count()).select_from(pairs)) or 0)


def duration_cube(
    session: Session, scope: Scope, per: str | None = None, *, per_location: bool = False
) -> Sequence[Row]:
    """Visits by (channel_id, duration_min), optionally per month or quarter and per
    location_id (a histogram of durations: medians for any grouping of locations)."""
    keys: list[Any] = [*_unit(per), Visit.channel_id, Visit.duration_min]
    if per_location:
        keys.insert(0, Visit.location_id)
    return session.execute(
        select(*keys, func.count().label("visits")).where(*visit_filter(scope)).group_by(*keys)
    ).all()


def _when(condition: ColumnElement[bool], value: Any) -> ColumnElement[Any]:
    return case((condition, value))


# -- questions ----------------------------------------------------------------------------

QUESTION_KEYS = {
    "topic": Question.topic_id,
    "subtopic": Question.subtopic_id,
    "organisation": Question.organisation_id,
    "help": Question.help_id,
    "referral": Question.referral_id,
    "domain": Question.domain_id,
}


def question_cube(
    session: Session,
    scope: Scope,
    by: Sequence[str] = ("topic", "subtopic", "organisation", "help", "referral"),
    *,
    per: str | None = None,
    per_location: bool = False,
) -> Sequence[Row]:
    """Questions grouped by the given list columns (named as in QUESTION_KEYS, each coming back
    as ``<name>_id``), optionally per month or quarter (``unit``) and per location_id."""
    keys: list[Any] = _unit(per)
    digits: list[Digit | None] = _unit_digit(per, scope)
    columns: list[Any] = [Visit.location_id] if per_location else []
    columns += [QUESTION_KEYS[name] for name in by]
    keys += [Visit.location_id] if per_location else []
    keys += [QUESTION_KEYS[name].label(f"{name}_id") for name in by]
    digits += id_digits(session, columns)
    return session.execute(
        select(*keys, func.count().label("questions"))
        .select_from(Question)
        .join(Visit, Visit.id == Question.visit_id)
        .where(*visit_filter(scope))
        .group_by(*group_keys(session, keys, digits))
    ).all()


def question_grain(
    session: Session, scope: Scope, by: Sequence[str], *, months: bool
) -> tuple[Sequence[Sequence[Any]], Sequence[Sequence[Any]]]:
    """Questions per location_id by the ``by`` columns, and (``months``) per month (``unit``)
    and location_id: what the regional report and the municipality account roll up. On
    PostgreSQL one pass (GROUPING SETS); on SQLite two, each sorting on one packed key, which
    is faster than one pass grouped by both at once."""
    cube = question_cube(session, scope, by, per_location=True) if not months else None
    if cube is not None:
        return cube, ()
    if session.get_bind().dialect.name != "postgresql":
        return (
            question_cube(session, scope, by, per_location=True),
            question_cube(session, scope, (), per="month", per_location=True),
        )
    columns = [QUESTION_KEYS[name] for name in by]
    month = month_key()
    rows = session.execute(
        select(
            month.label("unit"),
            Visit.location_id,
            *(column.label(f"{name}_id") for name, column in zip(by, columns, strict=True)),
            func.count().label("questions"),
        )
        .select_from(Question)
        .join(Visit, Visit.id == Question.visit_id)
        .where(*visit_filter(scope))
        .group_by(
            func.grouping_sets(
                tuple_(Visit.location_id, *columns), tuple_(month, Visit.location_id)
            )
        )
    ).all()
    per_key = [tuple(r)[1:] for r in rows if r.unit is None]
    per_month = [(r.unit, r.location_id, r.questions) for r in rows if r.unit is not None]
    return per_key, per_month


def questions_per(session: Session, scope: Scope, per: str) -> Sequence[Row]:
    """Questions per month or quarter (``unit``)."""
    return question_cube(session, scope, by=(), per=per)


# -- the national form: visits not yet transferred -----------------------------------------


def _untransferred(location_ids: tuple[int, ...] | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Visit.deleted_at.is_(None),
        Visit.transferred_at.is_(None),
        visible(Visit.import_id),
    ]
    if location_ids is not None:
        conditions.append(Visit.location_id.in_(location_ids))
    return conditions


def count_untransferred(
    session: Session, location_ids: tuple[int, ...] | None, scope: Scope | None = None
) -> int:
    """Visits not yet transferred, at these locations (and in the scope's range, if given)."""
    conditions = _untransferred(location_ids)
    if scope is not None:
        conditions += visit_filter(scope)
    return int(session.scalar(select(func.count()).select_from(Visit).where(*conditions)) or 0)


def untransferred_page(
    session: Session,
    location_ids: tuple[int, ...] | None,
    limit: int,
    after: tuple[datetime, str] | None = None,
) -> Sequence[Row]:
    """Visits not yet transferred to the national form, oldest first (the order in which
    they are typed over); ``after`` (started_at, id) continues after the last one shown, so
    marks made meanwhile never shift the next page."""
    conditions = _untransferred(location_ids)
    if after is not None:
        at, visit_id = after
        conditions.append(
            or_(Visit.started_at > at, and_(Visit.started_at == at, Visit.id > visit_id))
        )
    return session.execute(
        select(Visit.id, Visit.started_at, Visit.duration_min, Visit.channel_id)
        .where(*conditions)
        .order_by(Visit.started_at, Visit.id)
        .limit(limit)
    ).all()


def set_transferred(
    session: Session,
    at: datetime,
    location_ids: tuple[int, ...] | None,
    *,
    visit_ids: Sequence[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[str]:
    """Mark the given visits, or those that started in [start, end), as transferred; returns
    the ids that were not marked before."""
    conditions = _untransferred(location_ids)
    if visit_ids is not None:
        conditions.append(Visit.id.in_(list(visit_ids)))
    if start is not None and end is not None:
        conditions += [Visit.started_at >= start, Visit.started_at < end]
    ids = list(session.scalars(select(Visit.id).where(*conditions).order_by(Visit.id)))
    for chunk in range(0, len(ids), 500):
        session.execute(
            update(Visit)
            .where(Visit.id.in_(ids[chunk : chunk + 500]))
            .values(transferred_at=at)
            .execution_options(synchronize_session=False)
        )
    return ids
