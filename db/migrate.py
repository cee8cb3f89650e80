"""Bring a database to the schema this program knows, from the packaged Alembic scripts.

A database stamped with a revision this program does not know was written by a newer version
and is refused; an existing database is copied before any upgrade."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import BUSY_TIMEOUT_MS, Database
from db.errors import CorruptDatabase, DatabaseTooNew

BACKUP_PREFIX = "ido-desk-"
BACKUP_SUFFIX = ".sqlite"


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("migrations")))
    config.set_main_option("sqlalchemy.url", database.url)
    return config


def head_revision(database: Database) -> str:
    head = ScriptDirectory.from_config(alembic_config(database)).get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def known_revisions() -> set[str]:
    """Every schema revision this program can read (and upgrade from)."""
    scripts = ScriptDirectory(str(resources.files("migrations")))
    return {script.revision for script in scripts.walk_revisions()}


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(database: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the path of the copy taken before the upgrade, if any."""
    config = alembic_config(database)
    scripts = ScriptDirectory.from_config(config)
    current = current_revision(database)
    head = scripts.get_current_head()
    if current == head:
        return None
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise DatabaseTooNew(
            "Deze database is gemaakt met een nieuwere versie van IDO Desk "
            f"(schema {current}). Installeer de nieuwste versie; deze database is niet gewijzigd."
        )
    copy = None
    if current is not None and database.path is not None and backup_dir is not None:
        copy = backup_file(database.path, backup_dir, f"voor-upgrade-{current}")
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return copy


def backup_file(source: Path, backup_dir: Path, label: str, now: datetime | None = None) -> Path:
    """A consistent copy of a live SQLite file, made with SQLite's online backup API and
    verified by opening it (``PRAGMA integrity_check``) before it gets its final name.

    The copy is a single self-contained file (rollback journal, no -wal). A copy that fails
    the check is removed and CorruptDatabase is raised."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{BACKUP_PREFIX}{stamp}-{label}{BACKUP_SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"{BACKUP_PREFIX}{stamp}-{label}-{n}{BACKUP_SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
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
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        verify_database(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


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
        raise CorruptDatabase(f"{path.name} is geen leesbare database ({exc}).") from exc
    if result != ["ok"]:
        raise CorruptDatabase(f"{path.name} is beschadigd: {'; '.join(result[:3])}")
