"""SQL for the exchange: the rows an export streams, the bulk writes an import makes, and the
counts the regional overview shows (GROUP BY in SQL).

The bulk writes go straight to the driver with many rows at once (``executemany``), since an
import may carry a million visits; times are bound in the text form SQLAlchemy stores them in."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

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


def export_rows(
    session: Session, location_id: int, start: datetime, end: datetime
) -> Iterator[Sequence[tuple[Any, ...]]]:
    """Every visit of the location that started in [start, end), tombstones included, one row
    per question (a tombstone: one row, question columns NULL), ordered by visit id and question
    position, in batches of plain tuples: (id, revision, started_at as stored text,
    duration_min, channel_id, entry, is tombstone, domain_id, topic_id, subtopic_id,
    organisation_id, help_id, referral_id). Never the note."""
    cursor = session.connection().exec_driver_sql(
        EXPORT_ROWS, (location_id, stored_time(start), stored_time(end))
    )
    while batch := cursor.fetchmany(20_000):
        yield batch


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


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), BATCH_IDS):
        yield ids[i : i + BATCH_IDS]


def existing_visits(session: Session, ids: Sequence[str]) -> dict[str, tuple[int, bool, int]]:
    """id -> (revision, is a tombstone, location id) for the ids the database has."""
    found: dict[str, tuple[int, bool, int]] = {}
    driver = session.connection()
    for chunk in _chunks(ids):
        rows = driver.exec_driver_sql(
            "SELECT id, revision, deleted_at IS NOT NULL, location_id FROM visit "
            f"WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
        for visit_id, revision, deleted, location_id in rows:
            found[visit_id] = (revision, bool(deleted), location_id)
    return found


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


def snapshots(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The visits as they are now, with their questions, for undo (times as stored text)."""
    result: dict[str, dict[str, Any]] = {}
    driver = session.connection()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row in driver.exec_driver_sql(
            f"SELECT {', '.join(VISIT_COLUMNS)} FROM visit WHERE id IN ({marks})", tuple(chunk)
        ):
            result[row[0]] = {"visit": list(row), "questions": []}
        for row in driver.exec_driver_sql(
            f"SELECT {', '.join(QUESTION_COLUMNS)} FROM question WHERE visit_id IN ({marks}) "
            "ORDER BY visit_id, position",
            tuple(chunk),
        ):
            result[row[0]]["questions"].append(list(row))
    return result


def insert_visits(session: Session, rows: Sequence[Sequence[Any]]) -> None:
    """Rows in the order of VISIT_COLUMNS."""
    if rows:
        marks = ",".join("?" * len(VISIT_COLUMNS))
        session.connection().exec_driver_sql(
            f"INSERT INTO visit ({', '.join(VISIT_COLUMNS)}) VALUES ({marks})", list(rows)
        )


def insert_questions(session: Session, rows: Sequence[Sequence[Any]]) -> None:
    """Rows in the order of QUESTION_COLUMNS."""
    if rows:
        marks = ",".join("?" * len(QUESTION_COLUMNS))
        session.connection().exec_driver_sql(
            f"INSERT INTO question ({', '.join(QUESTION_COLUMNS)}) VALUES ({marks})", list(rows)
        )


def replace_visits(session: Session, rows: Sequence[Sequence[Any]]) -> None:
    """Overwrite visits in place: rows in the order of VISIT_COLUMNS, questions removed (the
    caller inserts the new ones). created_at is kept."""
    if not rows:
        return
    driver = session.connection()
    driver.exec_driver_sql(
        "UPDATE visit SET location_id = ?, started_at = ?, duration_min = ?, channel_id = ?, "
        "entry = ?, updated_at = ?, revision = ?, deleted_at = ? WHERE id = ?",
        [(r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9], r[0]) for r in rows],
    )
    delete_questions(session, [r[0] for r in rows])


def tombstone_visits(session: Session, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """(revision, deleted_at, updated_at, id): mark visits deleted; their questions stay."""
    session.connection().exec_driver_sql(
        "UPDATE visit SET revision = ?, deleted_at = ?, updated_at = ? WHERE id = ?", list(rows)
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


def insert_changes(session: Session, rows: Sequence[tuple[int, str, str, str | None]]) -> None:
    """(import id, visit id, action, before as JSON)."""
    if rows:
        session.connection().exec_driver_sql(
            "INSERT INTO import_change (import_id, visit_id, action, before) VALUES (?, ?, ?, ?)",
            list(rows),
        )


def changes_of(session: Session, import_id: int) -> Iterator[Row]:
    """(visit id, action, before) of one import, in batches."""
    yield from session.execute(
        select(ImportChange.visit_id, ImportChange.action, ImportChange.before)
        .where(ImportChange.import_id == import_id)
        .order_by(ImportChange.id)
        .execution_options(yield_per=5000)
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
