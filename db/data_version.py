"""Whether another connection wrote to the database since we last asked.

SQLite: ``PRAGMA data_version`` changes when any *other* connection commits (the CLI, a second
desk on the same file, an import in another process, and this program's own other pooled
connections). It reads no table, so asking every few seconds costs nothing. The question must
go to one and the same connection each time, so one is kept apart from the pool's rotation.

PostgreSQL: every table has a statement trigger (migration 0007) that sends ``NOTIFY`` on
``CHANNEL`` with the writer's ``application_name``; PostgreSQL delivers it only when the
writing transaction commits, and never blocks one writer on another. Each engine's connections
carry a name of their own (``connection_name``), so a notice carrying ours is our own write
(already told by ``ui.changes.announce``) and is no news. One connection, kept apart from the
pool, listens; asking it reads what the server has sent, without a query. When that connection
is lost (a server restart, ``pg_terminate_backend``), the question makes a new one and answers
"changed" (what happened in between is unknown), or "not changed" while the server is away,
and tries again at the next question: never an error.

A database of any other kind (or SQLite in memory) cannot be watched: ``available`` is False."""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from typing import Any

from sqlalchemy import Engine

CHANNEL = "ido_desk_changes"  # the trigger's NOTIFY channel (migrations/versions/0006_*)


def connection_name() -> str:
    """A PostgreSQL ``application_name`` for one engine's connections: the program, this
    process and a token, so that two desks in one process tell each other's writes apart
    (and a database administrator sees who is connected)."""
    return f"IDO Desk {os.getpid()}-{secrets.token_hex(4)}"


class DataVersion:
    def __init__(self, engine: Engine) -> None:
        self._watch: _Pragma | _Notices | None = None
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            self._watch = _Pragma(engine)
        elif engine.dialect.name == "postgresql":
            self._watch = _Notices(engine)
        self.available = self._watch is not None

    def changed(self, wait_s: float = 0.0) -> bool:
        """True when someone else committed since the last call (or since this was made).
        ``wait_s``: on PostgreSQL, wait that long at most for the first notice to arrive
        (SQLite knows of a commit at once)."""
        return self._watch is not None and self._watch.changed(wait_s)

    def absorb(self) -> None:
        """Forget our own write just made, so that it is not told as someone else's."""
        if isinstance(self._watch, _Pragma):
            self._watch.changed(0.0)  # SQLite counts this program's other connections too
        # PostgreSQL: notices of our own writes carry our name and are never news

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None


class _Pragma:
    def __init__(self, engine: Engine) -> None:
        self._connection: Any = engine.raw_connection()
        self._last = self._read()

    def _read(self) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self, wait_s: float) -> bool:
        now = self._read()
        changed = now != self._last
        self._last = now
        return changed

    def close(self) -> None:
        self._connection.close()


class _Notices:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: Any = None
        self._own = ""  # this engine's application_name, read when listening
        self._listen_again()  # a server away now: the first question tries again

    def _listen(self) -> None:
        # asked through SQLAlchemy first: a pooled connection the server cut is noticed, and
        # the pool's other connections of before are renewed too (as on any cut it sees)
        taken = self._engine.connect()
        try:
            own = taken.exec_driver_sql("SHOW application_name").scalar_one()
            connection: Any = taken.connection.driver_connection  # psycopg's own Connection
            taken.rollback()
            taken.detach()  # out of the pool for good: it stays in autocommit, listening
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            taken.close()
            raise
        self._own = str(own)  # what this engine's writes carry
        self._connection = connection

    def changed(self, wait_s: float) -> bool:
        if self._connection is None:  # lost earlier: listen again (the server may be back)
            return self._listen_again()
        try:
            stop = 1 if wait_s else None  # what arrived, or wait for the first
            notices = list(self._connection.notifies(timeout=wait_s, stop_after=stop))
        except Exception:  # the connection was cut (a server restart, pg_terminate_backend)
            self.close()
            return self._listen_again()
        return any(notice.payload != self._own for notice in notices)

    def _listen_again(self) -> bool:
        """Listen on a new connection, quietly: True when listening again (what happened
        while none listened is unknown, so it is news), False while the server is away
        (the next question tries again)."""
        for _attempt in range(2):  # the second on a new connection, when the first was cut
            try:
                self._listen()
            except Exception:  # the driver's or SQLAlchemy's connection error: not the user's
                continue
            return True
        return False

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            with suppress(Exception):  # a connection the server cut may fail to close
                connection.close()
