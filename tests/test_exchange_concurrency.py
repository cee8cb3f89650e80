"""Imports at the same time, and a connection lost during one: real processes on the test's
database (on the PostgreSQL pass, the shared hub on the server).

Two imports of different files at once both land; two of the same file land once (the second
says "al ingelezen"). On PostgreSQL the test holds the import lock itself until both
processes wait for it, so that they really meet there; a connection ended by the server
during the staging or during the apply leaves nothing behind and is told in one Dutch line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from db.queries.exchange_copy import IMPORT_LOCK
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.exchange import stage
from ido_desk.exchange.importer import import_files
from tests.db_helpers import rows_at
from tests.exchange_helpers import RIJSWIJK, dump, export, log, open_branch, yes

NOVEMBER = (date(2026, 11, 1), date(2026, 12, 1))
WAIT_S = 60


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    """One branch's October file (three visits) and its November file (two)."""
    branch = open_branch(tmp_path / "branch", RIJSWIJK)
    for day in (1, 2, 3):
        log(branch, datetime(2026, 10, day, 14), "digid")
    october = export(branch, tmp_path / "october").path
    branch.clock = lambda: datetime(2026, 12, 2, 10)
    for day in (4, 5):
        log(branch, datetime(2026, 11, day, 11), "toeslagen")
    november = export(branch, tmp_path / "november", NOVEMBER).path
    branch.close()
    return october, november


IMPORTING = """
import sys
from pathlib import Path
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.exchange.importer import import_files
desk = open_desk(resolve_paths(sys.argv[1], database_url=sys.argv[2], environ={}))
result = import_files(desk, [Path(sys.argv[3])], confirm_key=lambda _question: True)[0]
print(result.message, file=sys.stdout if result.ok else sys.stderr)
desk.close()
raise SystemExit(0 if result.ok else 3)
"""


def _importing(paths: Paths, file: Path) -> subprocess.Popen[str]:
    """Another process importing ``file`` with the import service (as the CLI and the window
    do), into the test's database."""
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTING, str(paths.data_dir), paths.database_url, str(file)],
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@contextmanager
def both_at_the_lock(paths: Paths) -> Iterator[list[subprocess.Popen[str]]]:
    """On PostgreSQL: hold the import lock until two imports wait for it (SQLite: the two
    processes simply start together and meet at BEGIN IMMEDIATE, or not)."""
    runs: list[subprocess.Popen[str]] = []
    if paths.database_file is not None:
        yield runs
        return
    engine = create_engine(paths.database_url, poolclass=NullPool)
    with engine.connect() as connection:
        connection.execute(text(f"SELECT pg_advisory_lock({IMPORT_LOCK})"))
        connection.commit()
        yield runs
        deadline = time.monotonic() + WAIT_S
        while _waiting(connection) < 2:
            ended = [run.communicate() for run in runs if run.poll() is not None]
            assert not ended, f"an import ended before the lock: {ended}"
            assert time.monotonic() < deadline, "the two imports never met at the lock"
            time.sleep(0.05)
        connection.execute(text(f"SELECT pg_advisory_unlock({IMPORT_LOCK})"))
    engine.dispose()


def _waiting(connection: object) -> int:
    return int(
        connection.execute(  # type: ignore[attr-defined]
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND objid = :key"
            ),
            {"key": IMPORT_LOCK},
        ).scalar_one()
    )


def _finish(runs: list[subprocess.Popen[str]]) -> list[tuple[str, str]]:
    done = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], done
    assert all("Traceback" not in err for _out, err in done), done
    return done


def _coordinator(paths: Paths) -> None:
    open_desk(paths).close()  # the database exists and is migrated before the imports start


def test_two_different_files_at_once_both_land(paths: Paths, files: tuple[Path, Path]) -> None:
    _coordinator(paths)
    with both_at_the_lock(paths) as runs:
        runs += [_importing(paths, file) for file in files]
    done = _finish(runs)

    assert all("nieuw" in out and "al ingelezen" not in out for out, _err in done), done
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(5,)]
    assert rows_at(paths, "SELECT count(*) FROM import_history") == [(2,)]
    assert rows_at(paths, "SELECT count(*) FROM location") == [(1,)]
    assert rows_at(paths, "SELECT count(*) FROM trusted_key") == [(1,)]


def test_the_same_file_twice_at_once_lands_once(paths: Paths, files: tuple[Path, Path]) -> None:
    _coordinator(paths)
    with both_at_the_lock(paths) as runs:
        runs += [_importing(paths, files[0]) for _ in range(2)]
    done = _finish(runs)

    said = sorted("al ingelezen" in out for out, _err in done)
    assert said == [False, True], done
    assert rows_at(paths, "SELECT count(*) FROM import_history") == [(1,)]
    assert rows_at(paths, "SELECT count(*) FROM location") == [(1,)]
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(3,)]


# -- a connection lost mid-import (PostgreSQL) --------------------------------------------

ENGLISH = re.compile(r"terminating|server closed|connection|consuming|administrator", re.I)


def _hub(paths: Paths) -> Desk:
    return open_desk(paths, clock=lambda: datetime(2026, 11, 3, 10, 30))


@pytest.mark.postgres_only
def test_a_connection_ended_during_the_staging_changes_nothing(
    paths: Paths, files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server ends the import's connection after its first batch of lines (a second
    connection does it, from the progress hook): one Dutch line, nothing changed; the same
    file imports afterwards."""
    monkeypatch.setattr(stage, "BATCH", 1)
    hub = _hub(paths)
    before = dump(hub)
    killer = create_engine(paths.database_url, poolclass=NullPool)

    def end_the_import(_done: int, _total: int, _name: str) -> None:
        with killer.connect() as connection:
            ended = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND state LIKE 'idle in transaction%'"
                )
            ).scalar_one()
        assert ended == 1

    result = import_files(hub, [files[0]], confirm_key=yes, progress=end_the_import)[0]

    assert not result.ok
    assert "de verbinding met de database viel weg" in result.message
    assert not ENGLISH.search(result.message), result.message  # the driver's text stays out
    assert "er is niets ingelezen" in result.message and "\n" not in result.message
    assert dump(hub) == before
    again = import_files(hub, [files[0]], confirm_key=yes)[0]
    assert again.ok and again.new == 3, again.message
    hub.close()
    killer.dispose()


@pytest.mark.postgres_only
def test_a_connection_ended_during_the_apply_changes_nothing(
    paths: Paths, files: tuple[Path, Path]
) -> None:
    """The server ends the connection after the visits are in and before the questions are
    (a trigger on question ends its own backend): another process's import says so in one
    line, nothing is half-applied; without the trigger the file imports."""
    hub = _hub(paths)
    before = dump(hub)
    with hub.db.engine.begin() as connection:
        for statement in (
            "CREATE FUNCTION ido_end_me() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); "
            "PERFORM pg_sleep(5); RETURN NULL; END $$",
            "CREATE TRIGGER ido_end_me AFTER INSERT ON question "
            "FOR EACH STATEMENT EXECUTE FUNCTION ido_end_me()",
            "ALTER TABLE question ENABLE ALWAYS TRIGGER ido_end_me",  # also as replica
        ):
            connection.execute(text(statement))
    hub.db.engine.dispose()

    run = _importing(paths, files[0])
    out, err = run.communicate(timeout=120)

    assert run.returncode == 3, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert "de verbinding met de database viel weg" in lines[0]
    assert not ENGLISH.search(lines[0]), lines[0]
    assert "er is niets ingelezen" in lines[0]
    assert dump(hub) == before
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]
    with hub.db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER ido_end_me ON question"))
    again = _importing(paths, files[0])
    out, err = again.communicate(timeout=120)
    assert again.returncode == 0 and "3 nieuw" in out, err
    hub.close()
