"""The import's staging on SQLite: a staging database file of the import's own, next to the
live database (no journal, no fsync: it is thrown away), filled without the live database's
write lock and attached to it for each step of the apply, each under BEGIN IMMEDIATE (the
database's own lock). The new visits go in by chunks of pieces of CHUNK_VISITS staged lines
(ido_desk.exchange.apply joins as many as take about TARGET_S), so the front desk waits for
one chunk at most.

While the import runs, its process holds a lock on the stage file (``owner_alive``): an import
whose history row still says ``applying`` but whose stage file nobody holds was killed, and is
rolled back (exchange_recover)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from db.queries.exchange_stage import SQLITE_NAMES, Stage, session_on, translated_error
from db.queries.stage_owner import STAGE_PREFIX, hold, remove_dead

SQLITE_SCHEMA = (
    # by line (the rowid): the lines come in order, and so do their ids (the reader checks
    # that each is above the one before), so a range of lines is a range of ids
    "CREATE TABLE v (id TEXT, line INTEGER PRIMARY KEY, revision INTEGER, started_at TEXT, "
    "duration_min INTEGER, channel_id INTEGER, entry TEXT, deleted INTEGER, "
    "question_set INTEGER, question_count INTEGER)",
    "CREATE TABLE qs (question_set INTEGER, position INTEGER, domain_id INTEGER, "
    "topic_id INTEGER, subtopic_id INTEGER, organisation_id INTEGER, help_id INTEGER, "
    "referral_id INTEGER, PRIMARY KEY (question_set, position)) WITHOUT ROWID",
    # every staged visit's questions (exchange_stage.STAGED_QUESTION_COLUMNS), through its set
    "CREATE VIEW q AS SELECT v.id AS visit_id, s.position, s.domain_id, s.topic_id, "
    "s.subtopic_id, s.organisation_id, s.help_id, s.referral_id, v.line "
    "FROM v JOIN qs AS s ON s.question_set = v.question_set",
    "CREATE TABLE old (id TEXT PRIMARY KEY, action TEXT, was_deleted INTEGER, "
    "deleted INTEGER, line INTEGER, location_id INTEGER) WITHOUT ROWID",
    "CREATE TABLE idmap (provisional INTEGER PRIMARY KEY, given INTEGER)",
)
CHUNK_VISITS = 5_000  # staged lines per piece; the apply joins pieces into its chunks


def stage_path(folder: Path) -> Path:
    """A new staging file's name; any left by an import that no longer runs is removed."""
    remove_dead(folder)
    return folder / f"{STAGE_PREFIX}{uuid.uuid4().hex}.sqlite"


class SqliteStage(Stage):
    """A staging database file, attached to the live database for the apply."""

    names = SQLITE_NAMES

    def __init__(self, db: Database, folder: Path, chunk_visits: int | None = None) -> None:
        self.db = db
        self.path = stage_path(folder)
        self.token = self.path.name
        self.chunk_visits = chunk_visits or CHUNK_VISITS
        self.chunks: list[tuple[int, int]] = []
        self.lines = 0
        self._owner = hold(self.path)  # made 0600 and held before SQLite opens it
        self.connection: sqlite3.Connection | None = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False
        )
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -16000"):
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute("BEGIN")
        for statement in SQLITE_SCHEMA:
            self.connection.execute(statement)

    def add(self, visits: Sequence[Sequence[Any]], sets: Sequence[Sequence[Any]]) -> None:
        assert self.connection is not None
        self.connection.executemany(f"INSERT INTO v VALUES ({','.join('?' * 10)})", visits)
        self.lines += len(visits)
        self.connection.executemany(f"INSERT INTO qs VALUES ({','.join('?' * 8)})", sets)

    def staged(self) -> None:
        """Cut the staged ids into chunks (outside the write lock), then let go of the file
        (the apply attaches it)."""
        if self.connection is not None:
            if self.connection.in_transaction:
                size = self.chunk_visits
                self.chunks = [(a, min(a + size, self.lines)) for a in range(0, self.lines, size)]
                self.connection.execute("COMMIT")
            self.connection.close()
            self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.path.unlink(missing_ok=True)
        if self._owner is not None:
            self._owner.close()
            self._owner = None

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
                    with session_on(connection) as session:
                        yield session
                finally:
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                    connection.exec_driver_sql("DETACH DATABASE stage")
                    connection.commit()
        except (OperationalError, DatabaseError) as exc:
            raise translated_error(exc) from exc

    def imported(self) -> None:
        """Copy the import's pages from the WAL into the database now, outside the write lock
        (PASSIVE: writers go on meanwhile), so that the front desk's next save does not pay
        for checkpointing a WAL of a million visits."""
        with self.db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
