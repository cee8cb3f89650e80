"""Whether another connection wrote to the database since we last asked.

SQLite's ``PRAGMA data_version`` changes when any *other* connection commits (the CLI, a second
desk on the same file, an import in another process, and this program's own other pooled
connections). It reads no table, so asking every few seconds costs nothing. The question must
go to one and the same connection each time, so one is kept apart from the pool's rotation.
Databases other than SQLite have no such pragma: ``available`` is False there."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine


class DataVersion:
    def __init__(self, engine: Engine) -> None:
        self.available = engine.dialect.name == "sqlite" and engine.url.database not in (
            None,
            "",
            ":memory:",
        )
        self._connection: Any = engine.raw_connection() if self.available else None
        self._last = self._read()

    def _read(self) -> int | None:
        if self._connection is None:
            return None
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        """True when someone committed since the last call (or since this was made)."""
        now = self._read()
        changed = now != self._last
        self._last = now
        return changed

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
