"""The engine and sessions: SQLite set up for a front desk whose PC may lose power.

WAL mode, foreign keys on, ``synchronous=FULL`` (a visit acknowledged on screen survives a power
cut), and a busy timeout so the CLI and the window can share the file."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from db.data_version import connection_name
from db.errors import (
    DiskIOError,
    StorageError,
    error_code,
    server_error_for,
    sqlite_code,
    storage_error_for,
)
from db.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the ORM is imported when the first session opens: Core paths do without it
    from sqlalchemy.orm import Session, sessionmaker

Unit = TypeVar("Unit", "Session", Connection)

BUSY_TIMEOUT_MS = 5000
UNSURE_COMMIT = QT_TRANSLATE_NOOP(
    "core",
    "De schijf gaf een schrijffout bij het vastleggen (de schijf is niet vol). Het is niet "
    "zeker of het is bewaard: kijk in de lijst voordat u het opnieuw invoert.",
)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    sqlite = url.startswith("sqlite")
    # Connections move between the GUI thread and workers through the pool, one at a time.
    connect_args: dict[str, Any] = {"check_same_thread": False} if sqlite else {}
    if url.startswith("postgresql"):  # its writes are told to others by this name
        connect_args["application_name"] = connection_name()
    engine = create_engine(url, connect_args=connect_args)
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
    # lower() of every letter, as PostgreSQL's: a search that ignores case finds "Één" by
    # "één" on both (SQLite's own lower() knows only A-Z)
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def storage_error(exc: BaseException) -> StorageError | None:
    """The StorageError a database error means for the user; None for the program's own
    mistakes. SQLite errors are chosen by their result code, a server's by its SQLSTATE or
    libpq's text (db.errors); another operational error in one Dutch line with its code."""
    if sqlite_code(exc) is not None:
        return storage_error_for(exc)
    told = server_error_for(exc) if isinstance(exc, SADatabaseError | OperationalError) else None
    if told is not None:
        return told
    if isinstance(exc, OperationalError):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "core",
                "Bij het lezen of opslaan van de gegevens kwam een fout die IDO Desk niet kent "
                "({code}). Probeer het opnieuw; blijft het misgaan, geef dan deze code door aan "
                "de beheerder.",
            ).format(code=error_code(exc))
        )
    return None


class Database:
    """One open database: an engine, ORM sessions and Core connections."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions: sessionmaker[Session] | None = None

    @property
    def path(self) -> Path | None:
        """The file behind a SQLite database, None for others."""
        database = self.engine.url.database
        if self.engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)

    def _new_session(self) -> Session:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions()

    def session(
        self, *, stored_after_error: Callable[[Session], bool] | None = None
    ) -> contextlib.AbstractContextManager[Session]:
        """A session that commits when the block ends and rolls back when it raises.

        Errors the user can act on (disk full, read-only, locked, corrupt, an I/O error) come
        out as StorageError. ``stored_after_error``: when the commit itself fails, this is
        asked in a fresh session whether the write is in the database after all (an fsync
        that fails after SQLite wrote the commit); if so, there is no error to report."""
        return self._unit(self._new_session, stored_after_error)

    def connection(
        self, *, stored_after_error: Callable[[Connection], bool] | None = None
    ) -> contextlib.AbstractContextManager[Connection]:
        """A Core connection with the same promises as ``session``, without the ORM (which
        costs ``ido-desk log`` more than the rest of its start)."""
        return self._unit(self.engine.connect, stored_after_error)

    @contextmanager
    def _unit(
        self, opened: Callable[[], Unit], stored_after_error: Callable[[Unit], bool] | None
    ) -> Iterator[Unit]:
        unit = opened()
        committing = False
        try:
            yield unit
            committing = True
            unit.commit()
        except (OperationalError, SADatabaseError) as exc:
            unit.rollback()
            translated = storage_error(exc)
            if translated is None:
                raise
            if (
                committing
                and stored_after_error is not None
                and self._stored(opened, stored_after_error)
            ):
                return
            if committing and isinstance(translated, DiskIOError):
                translated = DiskIOError(UNSURE_COMMIT)
            raise translated from exc
        except BaseException:
            unit.rollback()
            raise
        finally:
            unit.close()

    @staticmethod
    def _stored(opened: Callable[[], Unit], check: Callable[[Unit], bool]) -> bool:
        try:
            with opened() as fresh:
                return check(fresh)
        except (OperationalError, SADatabaseError):
            return False

    def dispose(self) -> None:
        self.engine.dispose()
