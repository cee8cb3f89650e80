"""The import's staging database and its set-based apply.

An import checks every line of a file into a staging database of its own (a file next to the
live database, no journal, no fsync: it is thrown away), without holding the live database's
write lock. Then ``locked_session`` attaches it and takes the write lock (BEGIN IMMEDIATE, the
database's own lock: a second import waits here), and ``apply_staged`` merges everything in a
few INSERT ... SELECT and UPDATE ... FROM statements, so the front desk waits only for that
short final transaction. All or nothing: a refusal or a crash before COMMIT changes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from db.engine import Database, storage_error


class StagedVisit(NamedTuple):
    """A checked line of visits.jsonl as it is staged (list ids: the coordinator's; a new
    code's: provisional, negative)."""

    id: str
    line: int
    revision: int
    started_at: str  # as stored: "2026-10-01 14:00:00.000000"
    duration_min: int | None
    channel_id: int | None  # None on a tombstone
    entry: str | None  # None on a tombstone
    deleted: int  # 1 on a tombstone


STAGED_VISIT_COLUMNS = StagedVisit._fields
STAGED_QUESTION_COLUMNS = (
    "visit_id",
    "position",
    "domain_id",
    "topic_id",
    "subtopic_id",
    "organisation_id",
    "help_id",
    "referral_id",
)
KIND_OF_COLUMN = {
    "channel_id": "channel",
    "domain_id": "domain",
    "topic_id": "topic",
    "subtopic_id": "topic",
    "organisation_id": "organisation",
    "help_id": "help",
    "referral_id": "referral",
}
ADDED_PER_ROW = 5000  # ids per "added" row of import_change

SCHEMA = (
    "CREATE TABLE v (id TEXT PRIMARY KEY, line INTEGER, revision INTEGER, started_at TEXT, "
    "duration_min INTEGER, channel_id INTEGER, entry TEXT, deleted INTEGER) WITHOUT ROWID",
    "CREATE TABLE q (visit_id TEXT, position INTEGER, domain_id INTEGER, topic_id INTEGER, "
    "subtopic_id INTEGER, organisation_id INTEGER, help_id INTEGER, referral_id INTEGER)",
    "CREATE TABLE old (id TEXT PRIMARY KEY, action TEXT, was_deleted INTEGER, "
    "deleted INTEGER, line INTEGER, location_id INTEGER) WITHOUT ROWID",
    "CREATE TABLE idmap (temp INTEGER PRIMARY KEY, real INTEGER)",
)


def open_stage(path: Path) -> sqlite3.Connection:
    """A new, empty staging database (the file must not exist)."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -16000"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("BEGIN")
    for statement in SCHEMA:
        connection.execute(statement)
    return connection


def stage_rows(
    connection: sqlite3.Connection,
    visits: Sequence[Sequence[Any]],
    questions: Sequence[Sequence[Any]],
) -> None:
    """Rows in the order of STAGED_VISIT_COLUMNS and STAGED_QUESTION_COLUMNS."""
    connection.executemany(f"INSERT INTO v VALUES ({','.join('?' * 8)})", visits)
    connection.executemany(f"INSERT INTO q VALUES ({','.join('?' * 8)})", questions)


def close_stage(connection: sqlite3.Connection) -> None:
    if connection.in_transaction:
        connection.execute("COMMIT")
    connection.close()


@contextmanager
def locked_session(db: Database, stage: Path) -> Iterator[Session]:
    """A session with the staging database attached as ``stage``, inside the live database's
    write lock (BEGIN IMMEDIATE); it commits when the block ends and rolls back when it raises.
    Errors the user can act on come out as StorageError, as from ``Database.session``."""
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ATTACH DATABASE ? AS stage", (str(stage),))
            # Every staged list id was checked against the lists as they are under this lock
            # (codes.add_codes), every question belongs to a staged visit: the foreign keys
            # hold by construction, and checking them row by row would make the front desk
            # wait a quarter longer. Off only for this transaction (it cannot change inside).
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                session = Session(bind=connection)
                try:
                    yield session
                    session.flush()
                    connection.commit()
                except BaseException:
                    connection.rollback()
                    raise
                finally:
                    session.close()
            finally:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.exec_driver_sql("DETACH DATABASE stage")
                connection.commit()
    except (OperationalError, DatabaseError) as exc:
        translated = storage_error(exc)
        if translated is None:
            raise
        raise translated from exc


@dataclass(frozen=True)
class Held:
    """A staged visit id that another location's import holds already."""

    line: int
    visit_id: str
    location_code: str
    location_name: str
    import_id: int | None


@dataclass(frozen=True)
class Applied:
    new: int
    updated: int
    deleted: int
    unchanged: int


def compare_staged(session: Session, location_id: int) -> Held | None:
    """Fill stage.old with what the live database holds for the staged ids; the first id
    held by another location, if any (then nothing may be applied)."""
    driver = session.connection()
    driver.exec_driver_sql(
        "INSERT INTO stage.old (id, action, was_deleted, deleted, line, location_id) "
        "SELECT s.id, CASE WHEN v.location_id <> ? THEN 'foreign' "
        "WHEN v.revision >= s.revision THEN 'unchanged' "
        "WHEN s.deleted THEN 'deleted' ELSE 'updated' END, "
        "v.deleted_at IS NOT NULL, s.deleted, s.line, v.location_id "
        "FROM stage.v AS s CROSS JOIN main.visit AS v ON v.id = s.id",
        (location_id,),
    )
    row = driver.exec_driver_sql(
        "SELECT o.line, o.id, l.code, l.name, (SELECT max(h.id) FROM import_history h "
        "WHERE h.location_id = o.location_id AND h.undone_at IS NULL) "
        "FROM stage.old o JOIN location l ON l.id = o.location_id "
        "WHERE o.action = 'foreign' ORDER BY o.line LIMIT 1"
    ).first()
    return None if row is None else Held(*row)


def _column(table: str, column: str, remapped: set[str]) -> str:
    """A staged list id, provisional ids (negative) replaced by those the new codes got."""
    if KIND_OF_COLUMN.get(column) not in remapped:
        return f"{table}.{column}"
    return (
        f"CASE WHEN {table}.{column} < 0 THEN (SELECT real FROM stage.idmap "
        f"WHERE temp = {table}.{column}) ELSE {table}.{column} END"
    )


def apply_staged(
    session: Session,
    *,
    location_id: int,
    import_id: int,
    now: str,
    any_channel: int,
    given: dict[str, dict[int, int]],
    lines: int,
    tombstones: int,
) -> Applied:
    """Merge the staged visits (after ``compare_staged`` found none held elsewhere): an
    unknown id is added, a higher revision replaces the visit and its questions, a tombstone
    with a higher revision deletes it, anything else is unchanged. What undo needs goes into
    import_change: the ids added, and every replaced or deleted visit as it was (JSON)."""
    driver = session.connection()
    remapped = {kind for kind, ids in given.items() if ids}
    pairs = [(temp, real) for ids in given.values() for temp, real in ids.items()]
    if pairs:
        driver.exec_driver_sql("INSERT INTO stage.idmap VALUES (?, ?)", pairs)
    held = driver.exec_driver_sql("SELECT count(*) FROM stage.old").scalar_one()
    fresh = "NOT EXISTS (SELECT 1 FROM stage.old o WHERE o.id = s.id)" if held else "1"
    channel = _column("s", "channel_id", remapped)
    driver.exec_driver_sql(
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        "SELECT ?, min(id), 'added', json_group_array(id) FROM (SELECT s.id, "
        f"(s.line - 1) / {ADDED_PER_ROW} AS part FROM stage.v s WHERE {fresh} ORDER BY s.id) "
        "GROUP BY part",
        (import_id,),
    )
    driver.exec_driver_sql(
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        "SELECT ?, v.id, o.action, json_object('visit', json_array(v.id, v.location_id, "
        "v.started_at, v.duration_min, v.channel_id, v.entry, v.created_at, v.updated_at, "
        "v.revision, v.deleted_at), 'questions', (SELECT json_group_array(json_array("
        "q.visit_id, q.position, q.domain_id, q.topic_id, q.subtopic_id, q.organisation_id, "
        "q.help_id, q.referral_id)) FROM (SELECT * FROM main.question q WHERE q.visit_id = v.id "
        "ORDER BY q.position) q)) FROM stage.old o JOIN main.visit v ON v.id = o.id "
        "WHERE o.action IN ('updated', 'deleted') ORDER BY o.line",
        (import_id,),
    )
    driver.exec_driver_sql(
        "INSERT INTO main.visit (id, location_id, started_at, duration_min, channel_id, entry, "
        "created_at, updated_at, revision, deleted_at) "
        f"SELECT s.id, ?, s.started_at, s.duration_min, COALESCE({channel}, ?), "
        "COALESCE(s.entry, 'live'), ?, ?, s.revision, CASE WHEN s.deleted THEN ? END "
        f"FROM stage.v s WHERE {fresh}",
        (location_id, any_channel, now, now, now),
    )
    if held:
        driver.exec_driver_sql(
            "DELETE FROM main.question WHERE visit_id IN "
            "(SELECT id FROM stage.old WHERE action = 'updated')"
        )
        driver.exec_driver_sql(
            f"UPDATE main.visit SET location_id = ?, started_at = s.started_at, "
            f"duration_min = s.duration_min, channel_id = {channel}, entry = s.entry, "
            "updated_at = ?, revision = s.revision, deleted_at = NULL "
            "FROM stage.old AS o JOIN stage.v AS s ON s.id = o.id "
            "WHERE o.action = 'updated' AND main.visit.id = o.id",
            (location_id, now),
        )
        driver.exec_driver_sql(
            "UPDATE main.visit SET revision = s.revision, deleted_at = ?, updated_at = ? "
            "FROM stage.old AS o JOIN stage.v AS s ON s.id = o.id "
            "WHERE o.action = 'deleted' AND main.visit.id = o.id",
            (now, now),
        )
    columns = ", ".join(_column("q", c, remapped) for c in STAGED_QUESTION_COLUMNS)
    keep = (
        "WHERE NOT EXISTS (SELECT 1 FROM stage.old o WHERE o.id = q.visit_id "
        "AND o.action <> 'updated')"
        if held
        else ""
    )
    driver.exec_driver_sql(
        f"INSERT INTO main.question ({', '.join(STAGED_QUESTION_COLUMNS)}) "
        f"SELECT {columns} FROM stage.q q {keep}"
    )
    counts: dict[tuple[str, int, int], int] = {
        (action, was, dead): n
        for action, was, dead, n in driver.exec_driver_sql(
            "SELECT action, was_deleted, deleted, count(*) FROM stage.old GROUP BY 1, 2, 3"
        )
    }

    def total(action: str | None = None, was: int | None = None, dead: int | None = None) -> int:
        return sum(
            n
            for (a, w, d), n in counts.items()
            if action in (None, a) and was in (None, w) and dead in (None, d)
        )

    return Applied(
        new=lines - tombstones - total(dead=0),
        updated=total("updated"),
        deleted=total("deleted", was=0),
        unchanged=total("unchanged") + total("deleted", was=1) + tombstones - total(dead=1),
    )


def checkpoint(db: Database) -> None:
    """Copy the import's pages from the WAL into the database now, outside the write lock
    (PASSIVE: writers go on meanwhile), so that the front desk's next save does not pay for
    checkpointing a WAL of a million visits."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
