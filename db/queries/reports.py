"""The aggregates behind every report. All counting is GROUP BY in SQL; what comes back is a
few hundred grouped rows at most, never one row per visit (what is counted: ``report_scope``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.models import Question, Visit
from db.queries.grouping import Digit, group_keys, id_digits
from db.queries.report_scope import (
    Scope,
    day_of,
    hour,
    month_key,
    unit_digits,
    unit_keys,
    visit_filter,
    weekday,
)

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
    keys: list[Any] = unit_keys(per)
    if per_location:
        keys.append(Visit.location_id)
    return session.execute(
        select(*keys, func.count().label("visits")).where(*visit_filter(scope)).group_by(*keys)
    ).all()


def visit_grain(session: Session, scope: Scope, per: str = "month") -> Sequence[Row]:
    """Visits and their questions (``question_count``) by (location_id, ``unit``, channel_id,
    duration_min) in one pass: the counts per location, month, channel and in or outside the
    library, the questions per location and month, the help time (duration x visits) and the
    duration histograms behind the medians all roll up from these rows. Through Core: the
    rows are tens of thousands, and the ORM's result handling would cost more than their
    fetch."""
    keys: list[Any] = [Visit.location_id, *unit_keys(per), Visit.channel_id, Visit.duration_min]
    digits = id_digits(session, [Visit.location_id, Visit.channel_id])
    order = [digits[0], *unit_digits(per, scope), digits[1], None]
    return (
        session.connection()
        .execute(
            select(
                *keys,
                func.count().label("visits"),
                func.sum(Visit.question_count).label("questions"),
            )
            .where(*visit_filter(scope))
            .group_by(*group_keys(session, keys, order))
        )
        .all()
    )


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
    keys: list[Any] = [*unit_keys(per), Visit.channel_id, Visit.duration_min]
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
    as ``<name>_id``), optionally per month or quarter (``unit``) and per location_id: per
    location by every list, the one pass over the questions that the regional report and
    the municipality account roll up (their questions per month come from ``visit_grain``).
    Through Core, as ``visit_grain``."""
    keys: list[Any] = unit_keys(per)
    digits: list[Digit | None] = unit_digits(per, scope)
    columns: list[Any] = [Visit.location_id] if per_location else []
    columns += [QUESTION_KEYS[name] for name in by]
    keys += [Visit.location_id] if per_location else []
    keys += [QUESTION_KEYS[name].label(f"{name}_id") for name in by]
    digits += id_digits(session, columns)
    return (
        session.connection()
        .execute(
            select(*keys, func.count().label("questions"))
            .select_from(Question)
            .join(Visit, Visit.id == Question.visit_id)
            .where(*visit_filter(scope))
            .group_by(*group_keys(session, keys, digits))
        )
        .all()
    )


def questions_per(session: Session, scope: Scope, per: str) -> Sequence[Row]:
    """Questions per month or quarter (``unit``)."""
    return question_cube(session, scope, by=(), per=per)
