"""The rows an export streams: one row per visit of a location and period, its questions
folded into one text by the database (so a million visits are a million rows, not a join of
1.3 million that Python groups again), ordered by id. Never the note.

The same statement runs on SQLite and PostgreSQL; the two functions that differ are compiled
per dialect (``hour_text``, ``question_keys``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from db.models import Question, Visit
from db.queries.exchange import QUESTION_COLUMNS
from db.queries.visible import visible

BATCH = 20_000
QUESTION_LIST_COLUMNS = QUESTION_COLUMNS[2:]  # the six list ids, in the order of the format


class hour_text(FunctionElement[str]):
    """A timestamp's date and hour as the exchange writes them: "2026-10-01T14"."""

    type = String()
    inherit_cache = True


@compiles(hour_text, "sqlite")
def _hour_sqlite(element: hour_text, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"(substr({column}, 1, 10) || 'T' || substr({column}, 12, 2))"


@compiles(hour_text, "postgresql")
def _hour_postgresql(element: hour_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD\"T\"HH24')"


class question_keys(FunctionElement[str]):
    """A visit's questions as one text, in the order asked: per question its six list ids
    joined by "," (an empty field for none), the questions joined by ";". The argument is the
    visit's id column."""

    type = String()
    inherit_cache = True


def _columns(compiler: Any, kw: Any) -> list[str]:
    return [compiler.process(getattr(Question, c), **kw) for c in QUESTION_LIST_COLUMNS]


@compiles(question_keys, "sqlite")
def _keys_sqlite(element: question_keys, compiler: Any, **kw: Any) -> str:
    visit = compiler.process(element.clauses, **kw)
    count = compiler.process(Visit.question_count, **kw)
    key = f"printf('%s,%s,%s,%s,%s,%s', {', '.join(_columns(compiler, kw))})"  # NULL: nothing
    where = f"FROM question WHERE question.visit_id = {visit}"
    # one question (four visits in five) has no order: read from the covering index alone,
    # with no sorter per visit; SQLite 3.40 has no ORDER BY inside an aggregate, so more
    # questions go through an ordered subquery
    return (
        f"(CASE WHEN {count} = 1 THEN (SELECT group_concat({key}, ';') {where}) "
        f"ELSE (SELECT group_concat(k, ';') FROM (SELECT {key} AS k {where} "
        "ORDER BY question.position)) END)"
    )


@compiles(question_keys, "postgresql")
def _keys_postgresql(element: question_keys, compiler: Any, **kw: Any) -> str:
    visit = compiler.process(element.clauses, **kw)
    key = "concat(" + ", ',', ".join(_columns(compiler, kw)) + ")"  # concat: NULL is nothing
    return (
        f"(SELECT string_agg({key}, ';' ORDER BY question.position) FROM question "
        f"WHERE question.visit_id = {visit})"
    )


def export_rows(
    session: Session, location_id: int, start: datetime, end: datetime
) -> Iterator[Sequence[Sequence[Any]]]:
    """Every visit of the location that started in [start, end), tombstones included, ordered
    by id, in batches: (id, revision, date and hour "2026-10-01T14", duration, channel id,
    entry, 1 for a tombstone, the questions as ``question_keys`` (None on a tombstone))."""
    statement = (
        select(
            Visit.id,
            Visit.revision,
            hour_text(Visit.started_at),
            Visit.duration_min,
            Visit.channel_id,
            Visit.entry,
            case((Visit.deleted_at.is_(None), 0), else_=1),  # an integer: no result processing
            case((Visit.deleted_at.is_(None), question_keys(Visit.id))),
        )
        .where(
            Visit.location_id == location_id,
            Visit.started_at >= start,
            Visit.started_at < end,
            visible(Visit.import_id),
        )
        .order_by(Visit.id)
    )
    result = session.connection().execute(statement)
    cursor = result.cursor  # the driver's rows: every column is plain already (no processing)
    try:
        while batch := cursor.fetchmany(BATCH):
            yield batch
    finally:
        result.close()


def count_period(session: Session, location_id: int, start: datetime, end: datetime) -> int:
    """Visits (tombstones included) an export of [start, end) will carry."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(
                Visit.location_id == location_id,
                Visit.started_at >= start,
                Visit.started_at < end,
                visible(Visit.import_id),
            )
        )
        or 0
    )
