"""Bring a database to the schema this program knows, from the packaged Alembic scripts.

A database stamped with a revision this program does not know was written by a newer version
and is refused; an existing database is copied before any upgrade."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import Database
from db.errors import DatabaseTooNew


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("migrations")))
    config.set_main_option("sqlalchemy.url", database.url)
    return config


def head_revision(database: Database) -> str:
    head = ScriptDirectory.from_config(alembic_config(database)).get_current_head()
    assert head is not None, "the migrations have no head"
    return head


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


def backup_file(source: Path, backup_dir: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file, made with SQLite's online backup API."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"ido-desk-{stamp}-{label}.sqlite"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target
