"""One window per SQLite file: a second window is refused with a clear Dutch message, the CLI
keeps working (and refuses only a restore) while a window is open, and a lock left by a
killed program is taken over. The lock is the file's, not the data folder's; a database
server (PostgreSQL) takes none: several coordinators' windows open it at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox

from ido_desk.backup import make_backup, window_is_open
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.ui_helpers import when_modal
from ui.lock import (
    NoLock,
    acquire_window_lock,
    already_open_message,
    lock_path,
    tell_already_open,
)

HOLDER = """
import sys
from PySide6.QtCore import QCoreApplication
from ido_desk.config import resolve_paths
from ui.lock import acquire_window_lock
app = QCoreApplication([])
lock = acquire_window_lock(resolve_paths(sys.argv[1], environ={}))
print("locked" if lock is not None else "refused", flush=True)
sys.stdin.readline()
"""


def hold_lock(paths: Paths) -> subprocess.Popen[str]:
    """Another program (a window) holding the lock until its stdin closes or it is killed."""
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.sqlite_only("the lock is a SQLite file's")
def test_one_window_per_data_folder(paths: Paths, qtbot) -> None:
    first = acquire_window_lock(paths)
    assert first is not None and first.isLocked()
    assert Path(lock_path(paths)).exists()
    assert acquire_window_lock(paths) is None  # a second window on the same data
    first.unlock()
    again = acquire_window_lock(paths)
    assert again is not None
    again.unlock()


@pytest.mark.sqlite_only("the lock is a SQLite file's")
def test_a_second_window_in_another_process_is_refused(paths: Paths, desk: Desk) -> None:
    holder = hold_lock(paths)
    try:
        assert acquire_window_lock(paths) is None
        assert window_is_open(paths)
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)
    assert not window_is_open(paths)
    lock = acquire_window_lock(paths)
    assert lock is not None
    lock.unlock()


@pytest.mark.sqlite_only("the lock is a SQLite file's")
def test_a_lock_left_by_a_killed_window_is_taken_over(paths: Paths, desk: Desk) -> None:
    holder = hold_lock(paths)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert Path(lock_path(paths)).exists()  # left behind
    assert not window_is_open(paths)
    lock = acquire_window_lock(paths)
    assert lock is not None and lock.isLocked()
    lock.unlock()


@pytest.mark.sqlite_only("the lock is a SQLite file's")
def test_the_cli_works_while_a_window_is_open(paths: Paths, desk: Desk, cli) -> None:
    backup = make_backup(desk)
    holder = hold_lock(paths)
    try:
        logged = cli("log", "--topic", "digid_activeren", "--duration", "5")
        assert logged.returncode == 0, logged.stderr
        record_visit(desk, VisitDraft(questions=(QuestionDraft("toeslagen"),)))  # the window
        listed = cli("visits")
        assert listed.returncode == 0 and "2 bezoeken" in listed.stdout
        restore = cli("restore", str(backup.path))
        assert restore.returncode == 3
        assert "Sluit het venster" in restore.stderr
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=30)


def test_the_second_window_is_told_in_dutch(qtbot) -> None:
    seen: list[str] = []

    def read_and_close(widget) -> None:
        assert isinstance(widget, QMessageBox)
        seen.append(widget.text())
        widget.accept()

    when_modal(read_and_close)
    tell_already_open()
    assert seen == [already_open_message()]
    assert "IDO Desk is al geopend op deze computer" in seen[0]


@pytest.mark.sqlite_only("the lock is a SQLite file's")
def test_the_lock_is_the_sqlite_files_not_the_folders(paths: Paths, tmp_path: Path) -> None:
    same_file = resolve_paths(tmp_path / "elsewhere", paths.database_url, environ={})
    other_file = resolve_paths(
        paths.data_dir, f"sqlite:///{tmp_path / 'tweede.sqlite'}", environ={}
    )
    assert lock_path(same_file) == lock_path(paths) == f"{paths.database_file}.lock"
    first = acquire_window_lock(paths)
    assert first is not None
    try:
        assert acquire_window_lock(same_file) is None  # another data folder, the same file
        assert window_is_open(same_file)
        second = acquire_window_lock(other_file)  # the same folder, another file
        assert isinstance(second, QLockFile) and second.isLocked()
        second.unlock()
    finally:
        first.unlock()


def test_a_database_server_takes_no_lock(tmp_path: Path) -> None:
    hub = resolve_paths(tmp_path / "pc", "postgresql+psycopg://hub.example/ido", environ={})
    assert hub.window_lock is None and lock_path(hub) is None
    first, second = acquire_window_lock(hub), acquire_window_lock(hub)
    assert isinstance(first, NoLock) and isinstance(second, NoLock)  # two windows, one PC
    assert not window_is_open(hub)
    assert not list(tmp_path.glob("**/*.lock"))
    first.unlock()
