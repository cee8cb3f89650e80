"""The window's first read: what the Registreren form and today's list are built from, read
from a SQLite file with the standard library's sqlite3, before SQLAlchemy is loaded.

Only the plain case is read: a SQLite file that is there, with content, whose ``-wal`` was not
lost, at this program's schema revision (``db.schema_head``). Anything else (missing, empty,
damaged, older or newer, locked past the busy timeout) gives None, and the caller opens the
database the normal way, which upgrades it, refuses it or offers a backup. Nothing is written:
the rows are read in one read transaction, the connection is closed after.

The statements are ``db.queries.first_read``'s, compiled for SQLite (``db.first_read_sql``);
their rows come back as named tuples with SQLAlchemy's types (datetimes, booleans), so that
the services build the same dataclasses from them as from SQLAlchemy's rows."""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from db.first_read_sql import LISTS, STATEMENTS
from db.schema_head import HEAD_REVISION

BUSY_TIMEOUT_S = 5.0  # the engine's busy timeout (db.engine), in seconds


@dataclass(frozen=True)
class FirstRows:
    lists: dict[str, list[Any]]  # by table name (``LISTS``)
    own_location: Any | None
    visits: list[Any]  # the first page of the day, newest first
    questions: list[Any]  # theirs, by visit and position
    visit_count: int
    question_count: int


def wal_lost(file: Path) -> bool:
    """A ``-shm`` without its ``-wal``: what an unclean stop leaves after someone deleted the
    ``-wal`` (``ido_desk.startup`` tells the user)."""
    return Path(f"{file}-shm").exists() and not Path(f"{file}-wal").exists()


def read_first(file: Path, start: datetime, end: datetime, limit: int) -> FirstRows | None:
    """The lists, the own location and the first ``limit`` visits that started in
    [start, end) with the day's counts; None when this is not the plain case."""
    try:
        if file.stat().st_size == 0 or wal_lost(file):
            return None
        connection = sqlite3.connect(
            f"{file.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except (OSError, ValueError, sqlite3.Error):
        return None
    connection.isolation_level = None  # the one transaction below is begun by hand
    try:
        connection.execute("BEGIN")
        if [row.version_num for row in _rows(connection, "revision")] != [HEAD_REVISION]:
            return None
        day = {"start": _stored(start), "end": _stored(end), "offset": 0, "limit": limit}
        own = _rows(connection, "own_location")
        return FirstRows(
            lists={name: _rows(connection, name) for name in LISTS},
            own_location=own[0] if own else None,
            visits=_rows(connection, "visit_page", day),
            questions=_rows(connection, "page_questions", day),
            visit_count=int(_rows(connection, "visit_count", day)[0][0]),
            question_count=int(_rows(connection, "question_count", day)[0][0]),
        )
    except sqlite3.Error:
        return None
    finally:
        connection.close()  # the read transaction ends with it


def _rows(connection: sqlite3.Connection, name: str, given: dict | None = None) -> list[Any]:
    text, fixed, datetimes, booleans = STATEMENTS[name]
    cursor = connection.execute(text, {**fixed, **(given or {})})
    names = [d[0] for d in cursor.description]
    row = namedtuple("row", names, rename=True)  # type: ignore[misc]
    converters = [
        _datetime if n in datetimes else _boolean if n in booleans else None for n in names
    ]
    if not any(converters):
        return [row(*values) for values in cursor]
    return [
        row(*(v if c is None else c(v) for c, v in zip(converters, values, strict=True)))
        for values in cursor
    ]


def _stored(at: datetime) -> str:
    """A datetime as SQLAlchemy stores it in SQLite (its DATETIME type's format)."""
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _boolean(value: int | None) -> bool | None:
    return None if value is None else bool(value)
