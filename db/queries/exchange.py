"""SQL for the exchange: undoing an import, the import history, and the counts the regional
overview shows (GROUP BY in SQL). The rows an export streams are in exchange_export.py, the
import's staging and its set-based apply in exchange_stage.py.

The same statements run on SQLite and PostgreSQL: SQLAlchemy constructs with times bound as
datetimes; the function that differs is compiled per dialect (``month_text``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, String, bindparam, delete, func, insert, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from db.models import ImportChange, ImportRecord, Location, Question, Visit
from db.queries.visible import visible

BATCH_IDS = 2000  # ids per IN (...) list


class month_text(FunctionElement[str]):
    """A timestamp's month: "2026-10"."""

    type = String()
    inherit_cache = True


@compiles(month_text, "sqlite")
def _month_sqlite(element: month_text, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


@compiles(month_text, "postgresql")
def _month_postgresql(element: month_text, compiler: Any, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


# -- import ---------------------------------------------------------------------------------


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:  # for undo
    for i in range(0, len(ids), BATCH_IDS):
        yield ids[i : i + BATCH_IDS]


VISIT_COLUMNS = (
    "id",
    "location_id",
    "started_at",
    "duration_min",
    "channel_id",
    "entry",
    "created_at",
    "updated_at",
    "revision",
    "deleted_at",
)
QUESTION_COLUMNS = (
    "visit_id",
    "position",
    "domain_id",
    "topic_id",
    "subtopic_id",
    "organisation_id",
    "help_id",
    "referral_id",
)


def insert_questions(session: Session, rows: Sequence[Sequence[Any]]) -> None:
    """Rows in the order of QUESTION_COLUMNS (undo puts questions back)."""
    if rows:
        values = [dict(zip(QUESTION_COLUMNS, row, strict=True)) for row in rows]
        session.connection().execute(insert(Question), values)


def delete_questions(session: Session, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        session.connection().execute(delete(Question).where(Question.visit_id.in_(chunk)))


def delete_visits(session: Session, ids: Sequence[str]) -> None:
    delete_questions(session, ids)
    for chunk in _chunks(ids):
        session.connection().execute(delete(Visit).where(Visit.id.in_(chunk)))


def later_imports(session: Session, record: ImportRecord) -> list[int]:
    """Imports of the same location after this one that are still in force."""
    return list(
        session.scalars(
            select(ImportRecord.id).where(
                ImportRecord.location_id == record.location_id,
                ImportRecord.id > record.id,
                ImportRecord.undone_at.is_(None),
            )
        )
    )


def import_history(session: Session, limit: int) -> Sequence[Row]:
    return session.execute(
        select(ImportRecord, Location.code, Location.name)
        .join(Location, Location.id == ImportRecord.location_id)
        .where(ImportRecord.applying.is_(None))  # one still being applied is not there yet
        .order_by(ImportRecord.id.desc())
        .limit(limit)
    ).all()


# -- the regional overview ------------------------------------------------------------------


def visits_per_location_month(session: Session, start: datetime, end: datetime) -> Sequence[Row]:
    """(location id, "YYYY-MM", visits) for the visits (not deleted) in [start, end)."""
    month = month_text(Visit.started_at)
    return session.execute(
        select(Visit.location_id, month, func.count())
        .where(
            Visit.deleted_at.is_(None),
            Visit.started_at >= start,
            Visit.started_at < end,
            visible(Visit.import_id),
        )
        .group_by(Visit.location_id, month)
    ).all()


def visits_per_municipality(session: Session, start: datetime, end: datetime) -> Sequence[Row]:
    """(CBS code, locations, visits) over [start, end), busiest first. A municipality is its
    code: locations that spell its name differently are one municipality."""
    visits = func.count(Visit.id)
    return session.execute(
        select(
            Location.cbs_code,
            func.count(func.distinct(Location.id)),
            visits,
        )
        .outerjoin(
            Visit,
            (Visit.location_id == Location.id)
            & Visit.deleted_at.is_(None)
            & (Visit.started_at >= start)
            & (Visit.started_at < end)
            & visible(Visit.import_id),
        )
        .group_by(Location.cbs_code)
        .order_by(visits.desc(), Location.cbs_code)
    ).all()


def import_periods(session: Session) -> Sequence[Row]:
    """(location id, period start, period end, created at) of every import in force."""
    return session.execute(
        select(
            ImportRecord.location_id,
            ImportRecord.period_start,
            ImportRecord.period_end,
            ImportRecord.created_at,
        ).where(ImportRecord.undone_at.is_(None), ImportRecord.applying.is_(None))
    ).all()


# -- undo -----------------------------------------------------------------------------------


def delete_added(session: Session, import_id: int) -> int:
    """Delete the visits an import added, with their questions; how many. An added visit
    carries the import's id (``visit.import_id``, kept when a later import replaces it); an
    import made before that column (migration 0010) named its visits in import_change
    instead ('added' rows of up to 5,000 ids)."""
    removed = 0
    for text in list(
        session.scalars(
            select(ImportChange.before).where(
                ImportChange.import_id == import_id, ImportChange.action == "added"
            )
        )
    ):
        ids = list(json.loads(text or "[]"))
        delete_visits(session, ids)
        removed += len(ids)
    connection = session.connection()
    added = select(Visit.id).where(Visit.import_id == import_id)
    connection.execute(delete(Question).where(Question.visit_id.in_(added)))
    gone = connection.execute(delete(Visit).where(Visit.import_id == import_id)).rowcount
    return removed + int(gone)


def changed_before(session: Session, import_id: int) -> list[str]:
    """The visits an import replaced or deleted, as they were before (JSON)."""
    return list(
        session.scalars(
            select(ImportChange.before).where(
                ImportChange.import_id == import_id,
                ImportChange.action.in_(("updated", "deleted")),
                ImportChange.before.is_not(None),
            )
        )
    )


TIME_COLUMNS = frozenset({"started_at", "created_at", "updated_at", "deleted_at"})


def _stored(column: str, value: Any) -> Any:
    """A value of a snapshot as the column takes it: times come back from JSON as text (SQLite:
    "2026-10-01 14:00:00.000000", PostgreSQL: "2026-10-01T14:00:00")."""
    if column in TIME_COLUMNS and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def restore_visits(session: Session, snapshots: Sequence[dict[str, Any]]) -> None:
    """Put visits back as ``snapshots`` (made by the import's apply) hold them."""
    if not snapshots:
        return
    columns = (*VISIT_COLUMNS[1:], "question_count")
    session.connection().execute(
        update(Visit)
        .where(Visit.id == bindparam("old_id"))
        .values({c: bindparam(f"old_{c}") for c in columns}),
        [
            {
                **{
                    f"old_{c}": _stored(c, v)
                    for c, v in zip(VISIT_COLUMNS, s["visit"], strict=True)
                },
                "old_question_count": len(s["questions"]),
            }
            for s in snapshots
        ],
    )
    delete_questions(session, [s["visit"][0] for s in snapshots])
    insert_questions(session, [tuple(row) for s in snapshots for row in s["questions"]])
