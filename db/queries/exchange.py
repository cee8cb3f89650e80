"""SQL for the exchange: the rows an export streams, undoing an import, the import history,
and the counts the regional overview shows (GROUP BY in SQL). The import's staging and its
set-based apply are in exchange_stage.py.

Times are bound in the text form SQLAlchemy stores them in."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from db.models import ImportChange, ImportRecord, Location, Visit

BATCH_IDS = 2000  # ids per IN (...) list


def stored_time(moment: datetime | None) -> str | None:
    """A datetime in the text form SQLAlchemy's SQLite DateTime type stores."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


# -- export ---------------------------------------------------------------------------------


EXPORT_ROWS = """
SELECT v.id, v.revision, v.started_at, v.duration_min, v.channel_id, v.entry,
       v.deleted_at IS NOT NULL,
       q.domain_id, q.topic_id, q.subtopic_id, q.organisation_id, q.help_id, q.referral_id
FROM visit v LEFT JOIN question q ON q.visit_id = v.id AND v.deleted_at IS NULL
WHERE v.location_id = ? AND v.started_at >= ? AND v.started_at < ?
ORDER BY v.id, q.position
"""


class ExportRow(NamedTuple):
    """One row of EXPORT_ROWS: a visit and one of its questions (a tombstone: question None)."""

    id: str
    revision: int
    started_at: str  # as stored
    duration_min: int | None
    channel_id: int
    entry: str
    deleted: int
    question: tuple[int, int, int | None, int | None, int | None, int | None] | None


def export_rows(
    session: Session, location_id: int, start: datetime, end: datetime
) -> Iterator[list[ExportRow]]:
    """Every visit of the location that started in [start, end), tombstones included, one row
    per question (a tombstone: one row, no question), ordered by visit id and question
    position, in batches. Never the note."""
    cursor = session.connection().exec_driver_sql(
        EXPORT_ROWS, (location_id, stored_time(start), stored_time(end))
    )
    while batch := cursor.fetchmany(20_000):
        yield [
            ExportRow(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                None if row[8] is None else row[7:13],
            )
            for row in batch
        ]


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
            )
        )
        or 0
    )


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
        marks = ",".join("?" * len(QUESTION_COLUMNS))
        session.connection().exec_driver_sql(
            f"INSERT INTO question ({', '.join(QUESTION_COLUMNS)}) VALUES ({marks})", list(rows)
        )


def delete_questions(session: Session, ids: Sequence[str]) -> None:
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        session.connection().exec_driver_sql(
            f"DELETE FROM question WHERE visit_id IN ({marks})", tuple(chunk)
        )


def delete_visits(session: Session, ids: Sequence[str]) -> None:
    delete_questions(session, ids)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        session.connection().exec_driver_sql(
            f"DELETE FROM visit WHERE id IN ({marks})", tuple(chunk)
        )


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
        .order_by(ImportRecord.id.desc())
        .limit(limit)
    ).all()


# -- the regional overview ------------------------------------------------------------------


def visits_per_location_month(session: Session, start: datetime, end: datetime) -> Sequence[Row]:
    """(location id, "YYYY-MM", visits) for the visits (not deleted) in [start, end)."""
    month = func.strftime("%Y-%m", Visit.started_at)
    return session.execute(
        select(Visit.location_id, month, func.count())
        .where(Visit.deleted_at.is_(None), Visit.started_at >= start, Visit.started_at < end)
        .group_by(Visit.location_id, month)
    ).all()


def visits_per_municipality(session: Session, start: datetime, end: datetime) -> Sequence[Row]:
    """(municipality, CBS code, locations, visits) over [start, end), busiest first."""
    visits = func.count(Visit.id)
    return session.execute(
        select(
            Location.municipality,
            Location.cbs_code,
            func.count(func.distinct(Location.id)),
            visits,
        )
        .outerjoin(
            Visit,
            (Visit.location_id == Location.id)
            & Visit.deleted_at.is_(None)
            & (Visit.started_at >= start)
            & (Visit.started_at < end),
        )
        .group_by(Location.cbs_code, Location.municipality)
        .order_by(visits.desc(), Location.municipality)
    ).all()


def import_periods(session: Session) -> Sequence[Row]:
    """(location id, period start, period end) of every import still in force."""
    return session.execute(
        select(ImportRecord.location_id, ImportRecord.period_start, ImportRecord.period_end).where(
            ImportRecord.undone_at.is_(None)
        )
    ).all()


# -- undo -----------------------------------------------------------------------------------


def added_visits(session: Session, import_id: int) -> Iterator[list[str]]:
    """The ids of the visits an import added, a batch at a time."""
    for text in session.scalars(
        select(ImportChange.before).where(
            ImportChange.import_id == import_id, ImportChange.action == "added"
        )
    ):
        yield list(json.loads(text or "[]"))


def changed_before(session: Session, import_id: int) -> list[str]:
    """The visits an import replaced or deleted, as they were before (JSON)."""
    return list(
        session.scalars(
            select(ImportChange.before).where(
                ImportChange.import_id == import_id,
                ImportChange.action != "added",
                ImportChange.before.is_not(None),
            )
        )
    )


def restore_visits(session: Session, snapshots: Sequence[dict[str, Any]]) -> None:
    """Put visits back as ``snapshots`` (made by ``snapshots``) hold them."""
    if not snapshots:
        return
    driver = session.connection()
    columns = VISIT_COLUMNS[1:]
    driver.exec_driver_sql(
        f"UPDATE visit SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
        [(*s["visit"][1:], s["visit"][0]) for s in snapshots],
    )
    delete_questions(session, [s["visit"][0] for s in snapshots])
    insert_questions(session, [tuple(row) for s in snapshots for row in s["questions"]])
