"""Putting a pg_dump backup back into a PostgreSQL database, so that nothing is lost.

The dump is first restored into a scratch database (db.pg_tools): that checks it whole, gives
its schema revision and its visits, and is the source the rows are copied from. Then, in one
transaction on the live database, under a lock that keeps every other coordinator from
writing visits: the visits that would be lost are counted again (nothing happens when more
would go than the user agreed to), the database as it is now is dumped into the backup folder,
and its tables are replaced by the dump's (schema, rows, sequences). A failure or a crash
leaves the database as it was."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from db.engine import Database
from db.pg_replace import owner_if_not_ours, replace_contents
from db.pg_tools import scratch_database
from ido_desk.backup import BEFORE_RESTORE, BackupError, copy_to_backup
from ido_desk.config import Paths
from ido_desk.errors import Refused
from ido_desk.restore import (
    RestorePlan,
    RestoreResult,
    refuse_unknown_schema,
    refuse_unreadable,
)
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count

VISIT_IDS = text("SELECT id FROM visit WHERE deleted_at IS NULL")  # visits, not tombstones


def _contents(scratch: Engine, file: Path) -> set[str]:
    """The visit ids of a restored dump; refused when it is not IDO Desk's or too new."""
    with scratch.connect() as connection:
        tables = inspect(connection).get_table_names()
        revision = None
        if "alembic_version" in tables and "visit" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        refuse_unknown_schema(file, revision)
        return set(connection.execute(VISIT_IDS).scalars())


def _lost(connection: Any, kept: set[str]) -> int:
    return sum(1 for visit in connection.execute(VISIT_IDS).scalars() if visit not in kept)


def _checked(file: Path, database: Database) -> Path:
    """The backup, readable, and a role that may replace the tables (the owner's)."""
    file = Path(file).expanduser().resolve()
    refuse_unreadable(file)
    owner = owner_if_not_ours(database.engine)
    if owner is not None:
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "Een back-up terugzetten op de gedeelde database doet de eigenaar van de "
                "tabellen ({owner}), want het vervangt ze; er is niets teruggezet. Laat "
                "de eigenaar het doen: 'ido-desk --database-url "
                "postgresql+psycopg://{owner}@SERVER/DATABASE "
                "restore BESTAND' (zie de README, 'Een gedeelde database voor coördinatoren').",
            ).format(owner=owner)
        )
    return file


def plan_server_restore(paths: Paths, file: Path) -> RestorePlan:
    database = Database(paths.database_url)
    try:
        file = _checked(file, database)
        with scratch_database(database.engine, file) as scratch:
            kept = _contents(scratch, file)
        with database.engine.connect() as connection:
            lost = _lost(connection, kept)
    finally:
        database.dispose()
    return RestorePlan(file=file, live_usable=True, lost_visits=lost)


def restore_server(
    paths: Paths, file: Path, now: datetime, accept_lost: int | None
) -> RestoreResult:
    database = Database(paths.database_url)
    found: dict[str, Any] = {}

    def before(connection: Any) -> None:
        live = set(connection.execute(VISIT_IDS).scalars())
        lost = found["lost"] = len(live - kept)
        found["gained"] = len(kept - live)
        if accept_lost is not None and lost > accept_lost:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Intussen is er geregistreerd: {lost} registratie(s) staan niet in de back-up, "
                    "niet {accept_lost}. Er is niets teruggezet; probeer het opnieuw.",
                ).format(lost=Count(lost), accept_lost=Count(accept_lost))
            )
        found["copy"] = copy_to_backup(database, paths, BEFORE_RESTORE, now).path

    try:
        file = _checked(file, database)
        with scratch_database(database.engine, file) as scratch:
            kept = _contents(scratch, file)
            replace_contents(database.engine, scratch, file, before)
    finally:
        database.dispose()
    return RestoreResult(file, found["copy"], found["lost"], found["gained"])
