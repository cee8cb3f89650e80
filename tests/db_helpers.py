"""Read what is really in a database file, on a fresh sqlite3 connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk


def rows_in(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, params).fetchall()


def rows(desk: Desk, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    assert desk.db.path is not None
    return rows_in(desk.db.path, sql, *params)


def first_row(desk: Desk, sql: str, *params: Any) -> tuple[Any, ...] | None:
    found = rows(desk, sql, *params)
    return found[0] if found else None
