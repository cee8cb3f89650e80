"""The import's staging on PostgreSQL: temporary tables of the import's own connection, filled
with COPY (psycopg), all inside the import's one transaction.

Nothing of the live data is touched while the lines are staged, so the front desk and other
coordinators go on as usual. ``locked_session`` then takes a transaction-level advisory lock
(the database's own lock for imports: a second import waits there and, in READ COMMITTED,
then sees what the first committed) and hands out a session on the same connection for the
apply (exchange_apply, all of it in this one transaction). The temporary tables go with the
transaction; a server or connection lost at any point leaves the live data as it was."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.errors import StorageError, error_code
from db.queries.exchange_stage import (
    STAGED_QUESTION_COLUMNS,
    STAGED_SET_COLUMNS,
    STAGED_VISIT_COLUMNS,
    Names,
    Stage,
    session_on,
    translated_error,
)
from db.text import QT_TRANSLATE_NOOP

IMPORT_LOCK = 1_300_013  # pg_advisory_xact_lock key: one import applies at a time
POSTGRES_NAMES = Names(
    "stage_v",
    "stage_q",
    "stage_old",
    "stage_idmap",
    "visit",
    "question",
    "JOIN",
    "json_build_array",
    "json_build_object",
    postgresql=True,
)
SCHEMA = (
    "CREATE TEMPORARY TABLE stage_v (id text, line integer, revision integer, "
    "started_at timestamp, duration_min integer, channel_id integer, entry text, "
    "deleted integer, question_set integer, question_count integer) ON COMMIT DROP",
    "CREATE TEMPORARY TABLE stage_qs (question_set integer, position integer, "
    "domain_id integer, topic_id integer, subtopic_id integer, organisation_id integer, "
    "help_id integer, referral_id integer) ON COMMIT DROP",
    "CREATE TEMPORARY TABLE stage_q (visit_id text, position integer, domain_id integer, "
    "topic_id integer, subtopic_id integer, organisation_id integer, help_id integer, "
    "referral_id integer) ON COMMIT DROP",
    "CREATE TEMPORARY TABLE stage_old (id text PRIMARY KEY, action text, "
    "was_deleted integer, deleted integer, line integer, location_id integer) ON COMMIT DROP",
    "CREATE TEMPORARY TABLE stage_idmap (provisional integer PRIMARY KEY, given integer) "
    "ON COMMIT DROP",
)
LOST = QT_TRANSLATE_NOOP(
    "core",
    "de verbinding met de database viel weg tijdens het inlezen; er is niets "
    "ingelezen. Probeer het opnieuw als de database weer bereikbaar is",
)


def lost_connection(exc: BaseException) -> StorageError:
    """The one line for a server or connection lost during an import (nothing applied)."""
    return StorageError(
        QT_TRANSLATE_NOOP("core", "{lost} ({code}).").format(lost=LOST, code=error_code(exc))
    )


class PostgresStage(Stage):
    names = POSTGRES_NAMES
    token = "postgresql"  # never seen by another session: the import is one transaction
    chunks: list[tuple[int, int]] = []  # noqa: RUF012 - one transaction, no chunks

    def __init__(self, db: Database) -> None:
        self.db = db
        try:
            self.connection: Any = db.engine.connect()
            self._driver: Any = self.connection.connection.driver_connection
            for statement in SCHEMA:
                self.connection.execute(text(statement))
        except DBAPIError as exc:
            self.close()
            raise _lost(exc) from exc

    def add(self, visits: Sequence[Sequence[Any]], sets: Sequence[Sequence[Any]]) -> None:
        try:
            with self._driver.cursor() as cursor:
                for table, columns, rows in (
                    ("stage_v", STAGED_VISIT_COLUMNS, visits),
                    ("stage_qs", STAGED_SET_COLUMNS, sets),
                ):
                    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
        except Exception as exc:  # psycopg's own errors: not wrapped by SQLAlchemy here
            if getattr(self._driver, "closed", False) or _is_driver_error(exc):
                raise lost_connection(exc) from exc
            raise

    def staged(self) -> None:
        """Every staged visit's questions through its set, in one statement on the server."""
        self.connection.execute(
            text(
                f"INSERT INTO stage_q ({', '.join(STAGED_QUESTION_COLUMNS)}) SELECT v.id, "
                f"{', '.join('s.' + c for c in STAGED_SET_COLUMNS[1:])} FROM stage_v v "
                "JOIN stage_qs s ON s.question_set = v.question_set"
            )
        )
        self.connection.execute(text("ANALYZE stage_v"))

    @contextmanager
    def locked_session(self) -> Iterator[Any]:
        try:
            self.connection.execute(text(f"SELECT pg_advisory_xact_lock({IMPORT_LOCK})"))
            self._without_foreign_key_checks()
            with session_on(self.connection) as session:
                yield session
        except DBAPIError as exc:
            raise _lost(exc) from exc

    def _without_foreign_key_checks(self) -> None:
        """As on SQLite (exchange_stage.SqliteStage): every staged list id was checked against
        the lists as they are under the lock and every question belongs to a staged visit, so
        the foreign keys hold by construction, and PostgreSQL's row-by-row checks (seven per
        question) would take three quarters of the apply. Switched off for this transaction
        only (SET LOCAL), where the role may: a superuser, or one granted it (PostgreSQL 15:
        GRANT SET ON PARAMETER session_replication_role); otherwise the checks run."""
        savepoint = self.connection.begin_nested()
        try:
            self.connection.execute(text("SET LOCAL session_replication_role = replica"))
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise
            savepoint.rollback()
        else:
            savepoint.commit()

    def close(self) -> None:
        connection = getattr(self, "connection", None)
        if connection is not None:
            with suppress(DBAPIError):
                connection.close()  # rolls back what was not committed
            self.connection = None


def _is_driver_error(exc: BaseException) -> bool:
    import psycopg

    return isinstance(exc, psycopg.OperationalError)


def _lost(exc: DBAPIError) -> BaseException:
    if exc.connection_invalidated:
        return lost_connection(exc)
    return translated_error(exc)
