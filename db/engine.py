"""The engine and sessions: SQLite set up for a front desk whose PC may lose power.

WAL mode, foreign keys on, ``synchronous=FULL`` (a visit acknowledged on screen survives a power
cut), and a busy timeout so the CLI and the window can share the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import (
    DiskIOError,
    StorageError,
    server_error_for,
    sqlite_code,
    storage_error_for,
)

BUSY_TIMEOUT_MS = 5000
UNSURE_COMMIT = (
    "De schijf gaf een schrijffout bij het vastleggen (de schijf is niet vol). Het is niet "
    "zeker of het is bewaard: kijk in de lijst voordat u het opnieuw invoert."
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    sqlite = url.startswith("sqlite")
    # Connections move between the GUI thread and workers through the pool, one at a time.
    engine = create_engine(url, connect_args={"check_same_thread": False} if sqlite else {})
    if sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def storage_error(exc: BaseException) -> StorageError | None:
    """The StorageError a database error means for the user; None for the program's own
    mistakes. SQLite errors are chosen by their result code, a server's by its SQLSTATE or
    libpq's text (db.errors); another operational error is told as it is, in one line."""
    if sqlite_code(exc) is not None:
        return storage_error_for(exc)
    told = server_error_for(exc) if isinstance(exc, SADatabaseError | OperationalError) else None
    if told is not None:
        return told
    if isinstance(exc, OperationalError):
        first = str(getattr(exc, "orig", exc)).strip().splitlines() or [""]
        return StorageError(f"De database is niet bereikbaar of gaf een fout: {first[0]}")
    return None


class Database:
    """One open database: an engine and a session factory."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The file behind a SQLite database, None for others."""
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)

    @contextmanager
    def session(
        self, *, stored_after_error: Callable[[Session], bool] | None = None
    ) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises.

        Errors the user can act on (disk full, read-only, locked, corrupt, an I/O error) come
        out as StorageError. ``stored_after_error``: when the commit itself fails, this is
        asked in a fresh session whether the write is in the database after all (an fsync
        that fails after SQLite wrote the commit); if so, there is no error to report."""
        session = self._sessions()
        committing = False
        try:
            yield session
            committing = True
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            session.rollback()
            translated = storage_error(exc)
            if translated is None:
                raise
            if committing and stored_after_error is not None and self._stored(stored_after_error):
                return
            if committing and isinstance(translated, DiskIOError):
                translated = DiskIOError(UNSURE_COMMIT)
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _stored(self, check: Callable[[Session], bool]) -> bool:
        try:
            with self._sessions() as fresh:
                return check(fresh)
        except (OperationalError, SADatabaseError):
            return False

    def dispose(self) -> None:
        self.engine.dispose()
