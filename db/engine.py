"""The engine and sessions: SQLite set up for a front desk whose PC may lose power.

WAL mode, foreign keys on, ``synchronous=FULL`` (a visit acknowledged on screen survives a power
cut), and a busy timeout so the CLI and the window can share the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import CorruptDatabase, DatabaseLocked, DiskFull, ReadOnlyDatabase, StorageError

BUSY_TIMEOUT_MS = 5000


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
    """Translate a database error the user can act on into a StorageError; None for bugs."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "database or disk is full" in text or "no space left" in text or "disk i/o error" in text:
        return DiskFull(
            "De schijf is vol: de registratie kon niet worden bewaard. "
            "Maak ruimte vrij en probeer het opnieuw."
        )
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return ReadOnlyDatabase(
            "De database kan niet worden beschreven (alleen-lezen map of bestand). "
            "Controleer de rechten van de gegevensmap."
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLocked(
            "De database is bezet door een ander programma. Probeer het over een paar "
            "seconden opnieuw."
        )
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return CorruptDatabase(
            "Het databasebestand is beschadigd. Zet een back-up terug: in het venster via "
            "Instellingen > Back-ups, of met 'ido-desk restore --newest'."
        )
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
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back when it raises.

        Errors the user can act on (disk full, read-only, locked, corrupt) come out as
        StorageError."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, SADatabaseError) as exc:
            session.rollback()
            translated = storage_error(exc)
            if translated is None:
                raise
            raise translated from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
