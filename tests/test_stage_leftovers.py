"""An import killed while it staged leaves its stage file (up to the size of the file it
read) only until the next start or import: a file nobody holds goes, a running import's
file stays. The stage file is readable by its owner only, like the database."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.engine import Database
from db.queries.exchange_file import SqliteStage
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk

STAGER = """
import sys, time
from pathlib import Path
from db.engine import Database
from db.queries.exchange_file import SqliteStage
stage = SqliteStage(Database(sys.argv[1]), Path(sys.argv[2]))
stage.connection.execute("INSERT INTO v (id, line) VALUES ('x', 1)")
print(stage.path, flush=True)
time.sleep(120)
"""

pytestmark = pytest.mark.sqlite_only("the stage file is SQLite's")


def staging(paths: Paths) -> tuple[subprocess.Popen[str], Path]:
    """An import's staging in a process of its own, caught in the middle: (process, file)."""
    assert paths.database_file is not None
    process = subprocess.Popen(
        [sys.executable, "-c", STAGER, paths.database_url, str(paths.data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def killed(process: subprocess.Popen[str]) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_a_killed_staging_is_removed_at_the_next_start_or_import(paths: Paths, desk: Desk) -> None:
    desk.close()
    process, left = staging(paths)
    try:
        assert left.exists() and left.name.startswith(".ido-import-")
        assert stat.S_IMODE(left.stat().st_mode) == 0o600
        open_desk(paths).close()  # a start while the import runs: its file stays
        SqliteStage(Database(paths.database_url), paths.data_dir).close()  # another import
        assert left.exists()
    finally:
        killed(process)
    assert left.exists()
    open_desk(paths).close()  # the next start
    assert not left.exists()
    process, left = staging(paths)
    killed(process)
    stage = SqliteStage(Database(paths.database_url), paths.data_dir)  # the next import
    assert not left.exists()
    assert stage.path.exists() and stat.S_IMODE(stage.path.stat().st_mode) == 0o600
    stage.close()
    assert sorted(p.name for p in paths.data_dir.glob(".ido-import-*")) == []


def test_a_stage_file_killed_before_it_was_named_goes_too(paths: Paths, desk: Desk) -> None:
    desk.close()
    old = paths.data_dir / ".ido-import-0123.sqlite.new"
    new = paths.data_dir / ".ido-import-4567.sqlite.new"
    for path in (old, new):
        path.write_bytes(b"")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    open_desk(paths).close()
    assert (old.exists(), new.exists()) == (False, True)  # a new one may be being named
