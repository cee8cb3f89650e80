"""Read what is really in a database, on a fresh connection of its own (not the desk's), as
another program would: a sqlite3 connection to the file, or on the PostgreSQL pass a
connection that behaves like one (``?`` placeholders, ``with connection:`` commits, rows that
are tuples and answer ``row["column"]``). Values come back in SQLite's stored form on both
(a datetime as ``2026-11-03 10:30:00.000000``), so a test compares one set of expectations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.pool import NullPool

from ido_desk.config import Paths
from ido_desk.desk import Desk

SQLITE_PREFIX = "sqlite:///"


class Row(tuple):  # type: ignore[type-arg]
    """A row as sqlite3.Row gives it: by position or by column name."""

    names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


def _named_row(cursor: sqlite3.Cursor, values: tuple[Any, ...]) -> Row:
    row = Row(values)
    row.names = tuple(column[0] for column in cursor.description)
    return row


def stored_form(value: Any) -> Any:
    """A value as SQLite holds it: SQLAlchemy writes datetimes and dates there as text."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


class Cursor:
    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Row]:
        return list(self._rows)

    def fetchone(self) -> Row | None:
        return self._rows.pop(0) if self._rows else None

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class ServerConnection:
    """A PostgreSQL connection with sqlite3's manners, for the read-backs of the tests."""

    def __init__(self, url: str) -> None:
        self._engine: Engine = create_engine(url, poolclass=NullPool)
        self._connection: Connection = self._engine.connect()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        if params:  # psycopg's placeholders are %s, and a literal % is %%
            result = self._connection.exec_driver_sql(
                sql.replace("%", "%%").replace("?", "%s"), tuple(params)
            )
        else:
            result = self._connection.exec_driver_sql(sql)
        if not result.returns_rows:
            return Cursor([])
        names = tuple(result.keys())
        found = []
        for values in result:
            row = Row(stored_form(value) for value in values)
            row.names = names
            found.append(row)
        return Cursor(found)

    def commit(self) -> None:
        self._connection.commit()

    def close(self) -> None:
        self._connection.close()
        self._engine.dispose()

    def __enter__(self) -> ServerConnection:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self._connection.commit()
        else:
            self._connection.rollback()


def connect_url(url: str) -> Any:
    """A fresh connection to the database at ``url``: sqlite3's own for a file."""
    if url.startswith(SQLITE_PREFIX):
        connection = sqlite3.connect(url[len(SQLITE_PREFIX) :])
        connection.row_factory = _named_row
        return connection
    return ServerConnection(url)


def connect(target: Desk | Paths) -> Any:
    """A fresh connection to the database of a desk, or of the test's ``paths``."""
    return connect_url(target.db.url if isinstance(target, Desk) else target.database_url)


def rows_in(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from a SQLite file."""
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


def rows_at_url(url: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from the database at ``url`` (any dialect), read on a connection of its own."""
    connection = connect_url(url)
    try:
        return [tuple(row) for row in connection.execute(sql, params).fetchall()]
    finally:
        connection.close()


def rows_at(paths: Paths, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from the test's database (``paths``), whichever it is."""
    return rows_at_url(paths.database_url, sql, *params)


def rows(desk: Desk, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return rows_at_url(desk.db.url, sql, *params)


def first_row(desk: Desk, sql: str, *params: Any) -> tuple[Any, ...] | None:
    found = rows(desk, sql, *params)
    return found[0] if found else None


MISCOUNTED = (
    "SELECT v.id FROM visit v WHERE v.question_count <> "
    "(SELECT count(*) FROM question q WHERE q.visit_id = v.id) ORDER BY v.id"
)


def miscounted_visits(desk: Desk) -> list[str] | None:
    """The visits whose ``question_count`` is not their number of question rows (migration
    0011: everything that writes questions keeps it); None when the database cannot be read
    any more (a test that broke or removed it on purpose)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with desk.db.engine.connect() as connection:
            return list(connection.scalars(text(MISCOUNTED)))
    except SQLAlchemyError:
        return None
