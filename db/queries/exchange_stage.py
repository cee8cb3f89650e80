"""The import's staging and its set-based apply, on SQLite and on PostgreSQL.

An import checks every line of a file into staging tables (``Stage.add``), then takes the
database's own lock (``Stage.locked_session``: a second import waits there) and
``apply_staged`` merges everything in a few INSERT ... SELECT and UPDATE ... FROM statements.
All or nothing: a refusal, a crash or a lost connection before COMMIT changes nothing.

- SQLite (``SqliteStage``): a staging database of its own (a file next to the live database,
  no journal, no fsync: it is thrown away), filled without the live database's write lock,
  attached for the apply, which runs under BEGIN IMMEDIATE; so the front desk waits only for
  that final transaction.
- PostgreSQL (exchange_copy.PostgresStage): temporary tables of the import's own connection,
  filled with COPY inside the import's one transaction; the lock is an advisory lock taken
  just before the apply (readers and the front desk never wait for it)."""

from __future__ import annotations

import sqlite3
import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import DateTime, bindparam, text
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



@dataclass(frozen=True)
class Names:
    """How the apply's SQL names the staging tables, the live ones and the JSON functions."""

    v: str
    q: str
    old: str
    idmap: str
    visit: str
    question: str
    join: str  # the join of the staged ids to the live visits
    array: str
    object: str
    postgresql: bool = False

    def agg(self, expression: str, order: str, *, as_text: bool = True) -> str:
        """A JSON array of ``expression`` over the rows in ``order`` ("[]" for none), as text
        or as JSON to nest. SQLite: the rows come from a subquery ordered already."""
        if not self.postgresql:
            return f"json_group_array({expression})"
        array = f"coalesce(json_agg({expression} ORDER BY {order}), '[]'::json)"
        return f"{array}::text" if as_text else array

    def as_text(self, json: str) -> str:
        return f"({json})::text" if self.postgresql else json


SQLITE_NAMES = Names(
    "stage.v", "stage.q", "stage.old", "stage.idmap", "main.visit", "main.question",
    "CROSS JOIN", "json_array", "json_object",
)


class Stage(ABC):
    """Where an import's checked lines wait for the apply."""

    names: Names

    @abstractmethod
    def add(self, visits: Sequence[Sequence[Any]], questions: Sequence[Sequence[Any]]) -> None:
        """Rows in the order of STAGED_VISIT_COLUMNS and STAGED_QUESTION_COLUMNS."""

    @abstractmethod
    def staged(self) -> None:
        """Every line is in."""

    @abstractmethod
    def locked_session(self) -> Any:
        """A context manager: a session on the live database that sees the staging tables,
        inside the database's lock for imports; it commits when the block ends and rolls
        back when it raises. Errors the user can act on come out as StorageError."""

    @abstractmethod
    def close(self) -> None:
        """Throw the staging away (also after an error)."""

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_stage(db: Database, folder: Path) -> Stage:
    """A new, empty stage for an import into ``db``; a SQLite stage's file goes in ``folder``."""
    if db.engine.dialect.name == "postgresql":
        from db.queries.exchange_copy import PostgresStage

        return PostgresStage(db)
    return SqliteStage(db, folder)


SQLITE_SCHEMA = (
    "CREATE TABLE v (id TEXT PRIMARY KEY, line INTEGER, revision INTEGER, started_at TEXT, "
    "duration_min INTEGER, channel_id INTEGER, entry TEXT, deleted INTEGER) WITHOUT ROWID",
    "CREATE TABLE q (visit_id TEXT, position INTEGER, domain_id INTEGER, topic_id INTEGER, "
    "subtopic_id INTEGER, organisation_id INTEGER, help_id INTEGER, referral_id INTEGER)",
    "CREATE TABLE old (id TEXT PRIMARY KEY, action TEXT, was_deleted INTEGER, "
    "deleted INTEGER, line INTEGER, location_id INTEGER) WITHOUT ROWID",
    "CREATE TABLE idmap (provisional INTEGER PRIMARY KEY, given INTEGER)",
)
STAGE_PREFIX = ".ido-import-"
STALE_AFTER_S = 24 * 3600  # no import runs this long: its staging file was left by a kill


def stage_path(folder: Path) -> Path:
    """A new staging file; any left by an import that was killed long ago is removed."""
    for stale in folder.glob(f"{STAGE_PREFIX}*.sqlite"):
        try:
            if time.time() - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()
        except OSError:
            pass
    return folder / f"{STAGE_PREFIX}{uuid.uuid4().hex}.sqlite"


class SqliteStage(Stage):
    """A staging database file, attached to the live database for the apply."""

    names = SQLITE_NAMES

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.path = stage_path(folder)
        self.connection: sqlite3.Connection | None = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False
        )
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -16000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute("BEGIN")
        for statement in SQLITE_SCHEMA:
            self.connection.execute(statement)

    def add(self, visits: Sequence[Sequence[Any]], questions: Sequence[Sequence[Any]]) -> None:
        assert self.connection is not None
        self.connection.executemany(f"INSERT INTO v VALUES ({','.join('?' * 8)})", visits)
        self.connection.executemany(f"INSERT INTO q VALUES ({','.join('?' * 8)})", questions)

    def staged(self) -> None:
        if self.connection is not None:
            if self.connection.in_transaction:
                self.connection.execute("COMMIT")
            self.connection.close()
            self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.path.unlink(missing_ok=True)

    @contextmanager
    def locked_session(self) -> Iterator[Session]:
        """The staging database attached as ``stage``, inside the live database's write lock
        (BEGIN IMMEDIATE)."""
        self.staged()
        try:
            with self.db.engine.connect() as connection:
                connection.exec_driver_sql("ATTACH DATABASE ? AS stage", (str(self.path),))
                # Every staged list id was checked against the lists as they are under this
                # lock (codes.add_codes), every question belongs to a staged visit: the foreign
                # keys hold by construction, and checking them row by row would make the front
                # desk wait a quarter longer. Off only for this transaction.
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                connection.commit()
                try:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                    with _session(connection) as session:
                        yield session
                finally:
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                    connection.exec_driver_sql("DETACH DATABASE stage")
                    connection.commit()
        except (OperationalError, DatabaseError) as exc:
            raise _translated(exc) from exc

    def checkpoint(self) -> None:
        """Copy the import's pages from the WAL into the database now, outside the write lock
        (PASSIVE: writers go on meanwhile), so that the front desk's next save does not pay
        for checkpointing a WAL of a million visits."""
        with self.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


@contextmanager
def _session(connection: Any) -> Iterator[Session]:
    """A session on ``connection`` (a transaction open): commit at the end, roll back on an
    error."""
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


def _translated(exc: BaseException) -> BaseException:
    translated = storage_error(exc)
    return exc if translated is None else translated


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


def _sql(session: Session, statement: str, **params: Any) -> Any:
    """Run ``statement`` with named parameters; ``now`` is bound as a datetime."""
    clause = text(statement)
    if "now" in params:
        clause = clause.bindparams(bindparam("now", type_=DateTime()))
    return session.connection().execute(clause, params)


def compare_staged(session: Session, names: Names, location_id: int) -> Held | None:
    """Fill the stage's ``old`` with what the live database holds for the staged ids; the
    first id held by another location, if any (then nothing may be applied)."""
    n = names
    _sql(
        session,
        f"INSERT INTO {n.old} (id, action, was_deleted, deleted, line, location_id) "
        "SELECT s.id, CASE WHEN v.location_id <> :location THEN 'foreign' "
        "WHEN v.revision >= s.revision THEN 'unchanged' "
        "WHEN s.deleted = 1 THEN 'deleted' ELSE 'updated' END, "
        "CASE WHEN v.deleted_at IS NULL THEN 0 ELSE 1 END, s.deleted, s.line, v.location_id "
        f"FROM {n.v} AS s {n.join} {n.visit} AS v ON v.id = s.id",
        location=location_id,
    )
    row = _sql(
        session,
        "SELECT o.line, o.id, l.code, l.name, (SELECT max(h.id) FROM import_history h "
        "WHERE h.location_id = o.location_id AND h.undone_at IS NULL) "
        f"FROM {n.old} o JOIN location l ON l.id = o.location_id "
        "WHERE o.action = 'foreign' ORDER BY o.line LIMIT 1",
    ).first()
    return None if row is None else Held(*row)


def _column(n: Names, table: str, column: str, remapped: set[str]) -> str:
    """A staged list id, provisional ids (negative) replaced by those the new codes got."""
    if KIND_OF_COLUMN.get(column) not in remapped:
        return f"{table}.{column}"
    return (
        f"CASE WHEN {table}.{column} < 0 THEN (SELECT m.given FROM {n.idmap} m "
        f"WHERE m.provisional = {table}.{column}) ELSE {table}.{column} END"
    )


def apply_staged(
    session: Session,
    names: Names,
    *,
    location_id: int,
    import_id: int,
    now: datetime,
    any_channel: int,
    given: dict[str, dict[int, int]],
    lines: int,
    tombstones: int,
) -> Applied:
    """Merge the staged visits (after ``compare_staged`` found none held elsewhere): an
    unknown id is added, a higher revision replaces the visit and its questions, a tombstone
    with a higher revision deletes it, anything else is unchanged. What undo needs goes into
    import_change: the ids added, and every replaced or deleted visit as it was (JSON)."""
    n = names
    remapped = {kind for kind, ids in given.items() if ids}
    pairs = [{"p": temp, "g": real} for ids in given.values() for temp, real in ids.items()]
    if pairs:
        session.connection().execute(text(f"INSERT INTO {n.idmap} VALUES (:p, :g)"), pairs)
    held = _sql(session, f"SELECT count(*) FROM {n.old}").scalar_one()
    fresh = f"NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = s.id)" if held else "1 = 1"
    channel = _column(n, "s", "channel_id", remapped)
    _sql(
        session,
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        f"SELECT :import_id, min(t.id), 'added', {n.agg('t.id', 't.id')} FROM (SELECT s.id, "
        f"(s.line - 1) / {ADDED_PER_ROW} AS part FROM {n.v} s WHERE {fresh} ORDER BY s.id) t "
        "GROUP BY t.part",
        import_id=import_id,
    )
    question_row = (
        f"{n.array}(q.visit_id, q.position, q.domain_id, q.topic_id, q.subtopic_id, "
        "q.organisation_id, q.help_id, q.referral_id)"
    )
    questions = (
        f"(SELECT {n.agg(question_row, 'q.position', as_text=False)} FROM "
        f"(SELECT * FROM {n.question} q WHERE q.visit_id = v.id ORDER BY q.position) q)"
    )
    snapshot = (
        f"{n.object}('visit', {n.array}(v.id, v.location_id, v.started_at, v.duration_min, "
        "v.channel_id, v.entry, v.created_at, v.updated_at, v.revision, v.deleted_at), "
        f"'questions', {questions})"
    )
    _sql(
        session,
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        f"SELECT :import_id, v.id, o.action, {n.as_text(snapshot)} "
        f"FROM {n.old} o JOIN {n.visit} v ON v.id = o.id "
        "WHERE o.action IN ('updated', 'deleted') ORDER BY o.line",
        import_id=import_id,
    )
    _sql(
        session,
        f"INSERT INTO {n.visit} (id, location_id, started_at, duration_min, channel_id, entry, "
        "created_at, updated_at, revision, deleted_at) "
        f"SELECT s.id, :location, s.started_at, s.duration_min, COALESCE({channel}, :channel), "
        "COALESCE(s.entry, 'live'), :now, :now, s.revision, CASE WHEN s.deleted = 1 THEN :now "
        f"END FROM {n.v} s WHERE {fresh}",
        location=location_id,
        channel=any_channel,
        now=now,
    )
    if held:
        _sql(
            session,
            f"DELETE FROM {n.question} WHERE visit_id IN "
            f"(SELECT id FROM {n.old} WHERE action = 'updated')",
        )
        _sql(
            session,
            f"UPDATE {n.visit} SET location_id = :location, started_at = s.started_at, "
            f"duration_min = s.duration_min, channel_id = {channel}, entry = s.entry, "
            "updated_at = :now, revision = s.revision, deleted_at = NULL "
            f"FROM {n.old} AS o JOIN {n.v} AS s ON s.id = o.id "
            f"WHERE o.action = 'updated' AND {n.visit}.id = o.id",
            location=location_id,
            now=now,
        )
        _sql(
            session,
            f"UPDATE {n.visit} SET revision = s.revision, deleted_at = :now, updated_at = :now "
            f"FROM {n.old} AS o JOIN {n.v} AS s ON s.id = o.id "
            f"WHERE o.action = 'deleted' AND {n.visit}.id = o.id",
            now=now,
        )
    columns = ", ".join(_column(n, "q", c, remapped) for c in STAGED_QUESTION_COLUMNS)
    keep = (
        f"WHERE NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = q.visit_id "
        "AND o.action <> 'updated')"
        if held
        else ""
    )
    _sql(
        session,
        f"INSERT INTO {n.question} ({', '.join(STAGED_QUESTION_COLUMNS)}) "
        f"SELECT {columns} FROM {n.q} q {keep}",
    )
    counts: dict[tuple[str, int, int], int] = {
        (action, was, dead): count
        for action, was, dead, count in _sql(
            session,
            f"SELECT action, was_deleted, deleted, count(*) FROM {n.old} "
            "GROUP BY action, was_deleted, deleted",
        )
    }

    def total(action: str | None = None, was: int | None = None, dead: int | None = None) -> int:
        return sum(
            count
            for (a, w, d), count in counts.items()
            if action in (None, a) and was in (None, w) and dead in (None, d)
        )

    return Applied(
        new=lines - tombstones - total(dead=0),
        updated=total("updated"),
        deleted=total("deleted", was=0),
        unchanged=total("unchanged") + total("deleted", was=1) + tombstones - total(dead=1),
    )
