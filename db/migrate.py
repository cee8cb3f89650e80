"""Bring a database to the schema this program knows, from the packaged Alembic scripts.

A database stamped with a revision this program does not know was written by a newer version
and is refused; an existing database is copied before any upgrade."""

from __future__ import annotations

import ast
import contextlib
import logging
import os
import re
import sqlite3
from datetime import datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event, inspect, text

from db.engine import BUSY_TIMEOUT_MS, Database, make_engine
from db.errors import CorruptDatabase, DatabaseTooNew, EmptyDatabase, storage_error_for
from db.files import free_name, replacing
from db.pg_tools import DUMP_SUFFIX, ToolMissing, dump_file
from db.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BACKUP_PREFIX = "ido-desk-"
BACKUP_SUFFIX = ".sqlite"

_REVISION = re.compile(r"^revision(?:: *[^=]+)? *= *(.+)$", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:: *[^=]+)? *= *(.+)$", re.MULTILINE)


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("migrations")))
    # the option is interpolated by configparser: a URL's %2F or a password's % must be %%
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


@cache
def script_revisions() -> tuple[frozenset[str], str]:
    """(every revision the packaged scripts know, the head), read from the scripts' text.

    Alembic itself is imported only when there is something to upgrade: the start-up of an
    up-to-date database (every start but the first after an update) does without it."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in resources.files("migrations").joinpath("versions").iterdir():
        if not script.name.endswith(".py") or script.name.startswith("_"):
            continue
        source = script.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(ast.literal_eval(found.group(1).strip()))
        down = _DOWN_REVISION.search(source)
        value = ast.literal_eval(down.group(1).strip()) if down else None
        parents.update([value] if isinstance(value, str) else value or ())
    heads = revisions - parents
    assert len(heads) == 1, f"the migrations must have one head, not {sorted(heads)}"
    return frozenset(revisions), heads.pop()


def head_revision(database: Database | None = None) -> str:
    return script_revisions()[1]


def known_revisions() -> set[str]:
    """Every schema revision this program can read (and upgrade from)."""
    return set(script_revisions()[0])


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


_ASK = "ask"


def upgrade(
    database: Database,
    backup_dir: Path | None = None,
    *,
    current: str | None = _ASK,
    notices: list[str] | None = None,
) -> Path | None:
    """Migrate to head. Returns the path of the copy taken before the upgrade, if any
    (``current``: the revision, when the caller has just read it). A PostgreSQL database is
    copied with pg_dump; when pg_dump is missing the upgrade goes ahead without a copy (it is
    one transaction there too) and ``notices`` gets a line that says so."""
    revisions, head = script_revisions()
    if current == _ASK:
        current = current_revision(database)
    if current == head:
        return None
    if current is not None and current not in revisions:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevens zijn gemaakt met een nieuwere versie van IDO Desk (schema "
                "{current}). Installeer de nieuwste versie; er is niets aan de gegevens "
                "veranderd.",
            ).format(current=current)
        )
    copy = None
    if current is not None and backup_dir is not None:
        copy = _copy_before_upgrade(database, backup_dir, f"voor-upgrade-{current}", notices)
    from alembic import command

    config = alembic_config(database)
    engine = transactional_engine(database)
    try:
        with engine.begin() as connection:  # every step of the upgrade, or none of them
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except BaseException:
        if copy is not None:  # nothing changed: the copy would only pass for a good backup
            copy.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    return copy


def _copy_before_upgrade(
    database: Database, backup_dir: Path, label: str, notices: list[str] | None
) -> Path | None:
    if database.path is not None:
        return backup_file(database.path, backup_dir, label)
    if database.engine.dialect.name != "postgresql":
        return None
    try:
        return dump_to_backup(database, backup_dir, label)
    except ToolMissing as exc:
        log.warning("no copy before the upgrade: %s", exc)
        if notices is not None:
            notices.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Let op: voor deze schema-upgrade is geen kopie van de database gemaakt, "
                    "want pg_dump ontbreekt. {advice}",
                ).format(advice=exc.message.split(". ", 1)[-1])
            )
        return None


def backup_target(backup_dir: Path, label: str, now: datetime | None, suffix: str) -> Path:
    """Where a new backup goes: ``ido-desk-YYYYMMDD-HHMMSS-<label><suffix>`` in
    ``backup_dir`` (made if needed), with -2, -3 ... for more within one second."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return free_name(backup_dir, f"{BACKUP_PREFIX}{stamp}-{label}", suffix)


def dump_to_backup(
    database: Database, backup_dir: Path, label: str, now: datetime | None = None
) -> Path:
    """A checked pg_dump of a PostgreSQL database in the backup folder (db.pg_tools)."""
    target = backup_target(backup_dir, label, now, DUMP_SUFFIX)
    return dump_file(database.engine, target)


def transactional_engine(database: Database) -> Engine:
    """An engine whose transactions really begin before DDL: Python's sqlite3 driver by
    default issues no BEGIN before CREATE TABLE, so each one would commit on its own. Here the
    driver's own transaction handling is off and SQLAlchemy's begin emits BEGIN IMMEDIATE
    (SQLAlchemy's documented pysqlite recipe); SQLite's DDL is transactional once one is open.
    Other databases need nothing of this."""
    engine = make_engine(database.url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _driver_transactions_off)
        event.listen(engine, "begin", _begin_immediate)
    return engine


def _driver_transactions_off(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def backup_file(source: Path, backup_dir: Path, label: str, now: datetime | None = None) -> Path:
    """A consistent copy of a live SQLite file, made with SQLite's online backup API and
    verified by opening it (``PRAGMA integrity_check``) before it gets its final name.

    The copy is a single self-contained file (rollback journal, no -wal). A copy that fails
    the check is removed and CorruptDatabase is raised. An empty file (no schema) is never
    backed up: EmptyDatabase. The copy is readable by its owner only (0600 on POSIX)."""
    if source.stat().st_size == 0:
        raise EmptyDatabase(
            QT_TRANSLATE_NOOP(
                "core", "{source} is leeg; daarvan wordt geen back-up gemaakt."
            ).format(source=source)
        )
    target = backup_target(backup_dir, label, now, BACKUP_SUFFIX)
    with replacing(target, mode=0o600) as partial:  # 0600: a backup holds notes
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        verify_database(partial)
    return target


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner can read and write (0600 on POSIX), as the
    database and its backups must be: they hold notes. An existing file is left alone."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def verify_database(path: Path) -> None:
    """Open a database file read-only and run ``PRAGMA integrity_check``; CorruptDatabase
    when it is not a database or not whole."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        found = storage_error_for(exc)
        if found is not None and not isinstance(found, CorruptDatabase):
            raise found from exc  # a read error, a lock: not a damaged file
        raise CorruptDatabase(
            QT_TRANSLATE_NOOP("core", "{name} is geen leesbare database ({exc}).").format(
                name=path.name, exc=exc
            )
        ) from exc
    if result != ["ok"]:
        raise CorruptDatabase(
            QT_TRANSLATE_NOOP("core", "{name} is beschadigd: {result}").format(
                name=path.name, result="; ".join(result[:3])
            )
        )
