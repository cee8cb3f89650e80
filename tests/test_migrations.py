"""Migrations: an empty file reaches head, one head only, a newer database is refused and left
alone, and a copy is taken before an upgrade."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import NullPool

from bench.kill_points import (
    UPGRADE_COMMAND,
    previous_release_folder,
    statements_of,
    upgrade_trials,
)
from db.engine import BUSY_TIMEOUT_MS, Database, sqlite_url
from db.errors import DatabaseTooNew, UpgradeFailed
from db.migrate import alembic_config, head_revision, script_revisions
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from tests import pg_test_server
from tests.conftest import run_in_process
from tests.db_helpers import connect, rows_at

TABLES = {
    "alembic_version",
    "audit_log",
    "channel",
    "domain",
    "help_kind",
    "location",
    "organisation",
    "question",
    "referral_target",
    "setting",
    "topic",
    "visit",
}


def database(paths: Paths) -> Path:
    assert paths.database_file is not None
    return paths.database_file


def everything(paths: Paths) -> list[object]:
    """Every row of every table of the test's database, in a stable order."""
    engine = create_engine(paths.database_url, poolclass=NullPool)
    try:
        names = sorted(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    return [(name, sorted(map(repr, rows_at(paths, f"SELECT * FROM {name}")))) for name in names]


def test_an_empty_database_is_brought_to_head(bare_desk: Desk, paths: Paths, backend) -> None:
    assert set(inspect(bare_desk.db.engine).get_table_names()) >= TABLES
    connection = connect(paths)
    try:
        [(version,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        assert version == head_revision(bare_desk.db)
        if backend == "sqlite":
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)  # in the file
        channels = connection.execute("SELECT code, label_nl FROM channel ORDER BY id").fetchall()
        assert channels[0] == ("balie", "Aan de balie / inloop") and len(channels) == 5
        digid = connection.execute(
            "SELECT s.code, s.label_en FROM topic s JOIN topic t ON t.id = s.parent_id "
            "WHERE t.code = 'digid' ORDER BY s.sort_order"
        ).fetchall()
        assert digid[1] == ("digid_activeren", "Activate") and len(digid) == 5
        [(logius,)] = connection.execute(
            "SELECT o.code FROM topic t JOIN organisation o ON o.id = t.organisation_id "
            "WHERE t.code = 'digid'"
        ).fetchall()
        assert logius == "logius"
        for table in ("domain", "organisation", "help_kind", "referral_target"):
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
    finally:
        connection.close()


@pytest.mark.sqlite_only("SQLite's pragmas")
def test_the_program_s_connections_have_the_front_desk_pragmas(bare_desk: Desk) -> None:
    with bare_desk.db.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(bare_desk: Desk) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), bare_desk.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO question (visit_id, position, domain_id, topic_id) "
            "VALUES ('no-such-visit', 1, 1, 1)"
        )


def test_the_scripts_have_exactly_one_head(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "x.sqlite"))
    scripts = ScriptDirectory.from_config(alembic_config(database))
    heads = scripts.get_heads()
    assert len(heads) == 1, f"more than one head: {heads}; chain the new migration"
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None  # one base too
    # start-up reads the revisions from the scripts' text, without Alembic: same answer
    assert script_revisions() == (
        frozenset(script.revision for script in revisions),
        heads[0],
    )
    database.dispose()


def test_a_newer_database_is_refused_and_left_unchanged(paths: Paths) -> None:
    open_desk(paths).close()
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = everything(paths)
    backups_before = sorted(paths.backup_dir.glob("*"))
    with pytest.raises(DatabaseTooNew) as refused:
        open_desk(paths)
    assert "nieuwere versie" in refused.value.message and "9999_future" in refused.value.message
    assert everything(paths) == before
    assert (
        sorted(paths.backup_dir.glob("*")) == backups_before
    )  # no upgrade copy either: nothing was attempted


def test_an_upgrade_that_fails_is_told_as_one_and_changes_nothing(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A half-upgraded database (0009's column there, its stamp not) and then a migration
    that raises: each is UpgradeFailed (the window offers a backup for it), in Dutch with the
    error's code, never the driver's English; the database and the backups are as before."""
    open_desk(paths).close()
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0008_report_index'")
    connection.close()
    before = everything(paths)
    with pytest.raises(UpgradeFailed) as failed:
        open_desk(paths)
    said = failed.value.message
    assert "konden niet worden bijgewerkt" in said and "restore --newest" in said
    assert failed.value.code in ("SQLITE_ERROR", "code 42701")  # duplicate column
    assert "duplicate" not in said.lower() and "saved_by" not in said
    assert everything(paths) == before
    assert list(paths.backup_dir.glob("*voor-upgrade*")) == []  # not a "good backup"

    def a_migration_that_raises(*_args: object, **_kwargs: object) -> None:
        raise KeyError("geheime_interne_naam")

    monkeypatch.setattr(command, "upgrade", a_migration_that_raises)
    with pytest.raises(UpgradeFailed) as failed:
        open_desk(paths)
    assert failed.value.code == "KeyError" and "geheime" not in failed.value.message
    assert everything(paths) == before


@pytest.mark.sqlite_only("a copy of the SQLite file (PostgreSQL: tests/test_server_backup.py)")
def test_an_upgrade_first_copies_the_old_database(paths: Paths) -> None:
    path = database(paths)
    path.parent.mkdir(parents=True)
    old = Database(sqlite_url(path))
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
    old.dispose()

    desk = open_desk(paths)
    try:
        with sqlite3.connect(path) as connection:
            [(version,)] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            assert version == head_revision(desk.db)
            assert connection.execute("SELECT count(*) FROM channel").fetchone() == (5,)
        connection.close()
    finally:
        desk.close()

    copies = sorted(paths.backup_dir.glob("*voor-upgrade-0001_initial*.sqlite"))
    assert len(copies) == 1
    copy = sqlite3.connect(copies[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_initial",)
        ]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM channel").fetchone() == (0,)  # not seeded yet
        assert copy.execute("SELECT count(*) FROM visit").fetchone() == (0,)
    finally:
        copy.close()


def test_a_database_at_head_is_not_copied_again(paths: Paths) -> None:
    open_desk(paths).close()
    open_desk(paths).close()
    assert paths.database_file is None or paths.database_file.exists()
    assert list(paths.backup_dir.glob("*voor-upgrade*")) == []


# -- an upgrade is one transaction ---------------------------------------------------------


@pytest.mark.slow
@pytest.mark.sqlite_only("crash trials on an older release's file")
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_upgrade_killed_between_its_statements_leaves_a_working_database(
    tmp_path: Path,
) -> None:
    """From the previous release's schema (0002), the upgrade killed right after its first, a
    middle and its last CREATE statement (before the fix each one committed on its own: the
    next start died with "table trusted_key already exists"). Every next start works and
    keeps every visit."""
    outcome = upgrade_trials(tmp_path, every=False)
    print(outcome.line())
    assert outcome.trials == 3
    assert outcome.problems == []


@pytest.mark.sqlite_only("an older release's file, its statements traced")
def test_the_upgrade_runs_in_one_transaction(tmp_path: Path) -> None:
    template = tmp_path / "release-0002"
    previous_release_folder(template, visits=2)
    statements = statements_of(template, *UPGRADE_COMMAND)
    creates = [n for n, s in enumerate(statements) if s.upper().startswith("CREATE")]
    began = [n for n, s in enumerate(statements) if s.upper().startswith("BEGIN")]
    commits = [n for n, s in enumerate(statements) if s.upper().startswith("COMMIT")]
    assert creates and began and began[0] < creates[0]
    assert not [c for c in commits if creates[0] < c < creates[-1]]


# -- the id sequences after seeding ---------------------------------------------------------


@pytest.fixture
def empty_paths(tmp_path: Path) -> Iterator[Paths]:
    """A data folder and an empty database (no schema): a file, or one on the test server."""
    if not pg_test_server.on_postgres():
        yield resolve_paths(tmp_path / "data", environ={})
        return
    url = pg_test_server.fresh_database_url(migrated=False)
    try:
        yield resolve_paths(tmp_path / "data", database_url=url, environ={})
    finally:
        pg_test_server.drop_database(url)


def at_revision(paths: Paths, revision: str, *, step: Callable = command.upgrade) -> None:
    """Migrate the empty database to ``revision`` only, as an older release left it (or,
    ``step=command.downgrade``, take a database back to it)."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    old = Database(paths.database_url)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        step(config, revision)
    old.dispose()


def test_list_items_added_after_seeding_get_new_ids(desk: Desk, cli) -> None:
    """The seed inserts explicit ids: PostgreSQL's sequences stayed at 1 (UniqueViolation)."""
    for kind, code in (("topic", "energietoeslag"), ("channel", "huisbezoek")):
        added = cli("list", "add", kind, code, "--label", code.title())
        assert added.returncode == 0, added.stderr
    [(newest, highest)] = rows_at(
        desk.paths,
        "SELECT (SELECT id FROM topic WHERE code = 'energietoeslag'), max(id) FROM topic",
    )
    assert newest == highest


def test_a_database_made_before_the_fix_gets_its_sequences_set(empty_paths: Paths, cli) -> None:
    at_revision(empty_paths, "0005_delivery")
    engine = create_engine(empty_paths.database_url, poolclass=NullPool)
    try:  # the fault as it was on PostgreSQL: the next id it hands out is already taken
        if engine.dialect.name == "postgresql":
            with pytest.raises(IntegrityError, match="pk_help_kind"), engine.begin() as c:
                c.exec_driver_sql(
                    "INSERT INTO help_kind (code, label_nl, label_en, sort_order) "
                    "VALUES ('x', 'x', 'x', 99)"
                )
    finally:
        engine.dispose()

    def ido(*args: str) -> None:
        env = {**os.environ, "IDO_DESK_DATA_DIR": str(empty_paths.data_dir)}
        env.pop(pg_test_server.ENV_TEST_POSTGRES, None)
        env["IDO_DESK_DATABASE_URL"] = empty_paths.database_url
        done = run_in_process(args, env)
        assert done.returncode == 0, done.stderr

    ido("list", "add", "topic", "energietoeslag", "--label", "Energietoeslag")  # upgrades first
    ido("list", "add", "help", "uitgelegd", "--label", "Uitgelegd")
    assert rows_at(empty_paths, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
