"""The one atomic file write (db/files.py), under Linux and under simulated Windows semantics:
fsync refused on a read-only handle, os.replace refused while another program holds the
target. Every writer of the program (export, transparency CSV, audit CSV, backup) goes
through it; no scratch file is ever left behind and no message names one."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

import db.files
from db.files import FileInUse, replacing
from db.migrate import backup_file
from ido_desk.audit_log import export_audit
from ido_desk.cli.main import main
from ido_desk.desk import Desk
from ido_desk.errors import file_problem
from ido_desk.transparency import export_everything
from tests.exchange_helpers import OCTOBER, export, log

REAL_REPLACE = os.replace
REAL_FSYNC = os.fsync


def windows_fsync(fd: int) -> None:
    """os.fsync as Windows does it: _commit() needs a handle with write access."""
    import fcntl

    if fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
        raise OSError(errno.EBADF, "Bad file descriptor")
    REAL_FSYNC(fd)


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows semantics for db.files: no folder fsync, fsync only on a writable handle, and
    retries without waiting."""
    monkeypatch.setattr(db.files, "IS_WINDOWS", True)
    monkeypatch.setattr(db.files, "RETRY_DELAYS", (0.0, 0.0, 0.0, 0.0, 0.0))
    if sys.platform != "win32":  # on Windows itself the real os.fsync behaves so
        monkeypatch.setattr(os, "fsync", windows_fsync)


def held_open(monkeypatch: pytest.MonkeyPatch, target: Path, tries: int) -> list[int]:
    """Another program holds ``target`` for the first ``tries`` replace attempts, as Acrobat
    does (PermissionError errno 13, winerror 32 on Windows)."""
    calls: list[int] = []

    def replace(source: str | Path, dest: str | Path) -> None:
        if Path(dest) == target:
            calls.append(1)
            if len(calls) <= tries:
                raise PermissionError(
                    errno.EACCES, "The process cannot access the file", str(source), None, str(dest)
                )
        REAL_REPLACE(source, dest)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_windows_fsync_stand_in_refuses_a_read_only_handle(
    tmp_path: Path, windows: None
) -> None:
    """The stand-in must fail the way export.py used to (open "rb", then fsync)."""
    path = tmp_path / "x.zip"
    path.write_bytes(b"data")
    with open(path, "rb") as handle, pytest.raises(OSError):
        os.fsync(handle.fileno())


def test_a_file_appears_whole_and_nothing_else_remains(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    with replacing(target) as scratch:
        assert scratch.parent == tmp_path and scratch.exists()
        scratch.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


def test_a_failed_write_leaves_the_old_file_and_no_scratch(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as scratch:
        scratch.write_text("half")
        raise RuntimeError("disk pulled")
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_an_error_about_the_scratch_file_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "report.csv"  # the folder does not exist
    with pytest.raises(FileNotFoundError) as caught, replacing(target):
        pass
    assert caught.value.filename == str(target)
    assert ".part" not in file_problem(caught.value)


def test_a_briefly_held_target_is_replaced_after_a_retry(
    tmp_path: Path, windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "oktober.pdf"
    target.write_text("old")
    calls = held_open(monkeypatch, target, tries=3)
    with replacing(target) as scratch:
        scratch.write_text("new")
    assert len(calls) == 4
    assert target.read_text() == "new"
    assert leftovers(tmp_path) == []


def test_a_target_open_in_another_program_is_named_and_nothing_is_left(
    tmp_path: Path, windows: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "oktober.pdf"
    target.write_text("old")
    held_open(monkeypatch, target, tries=1000)
    with pytest.raises(FileInUse) as caught, replacing(target) as scratch:
        scratch.write_text("new")
    message = file_problem(caught.value)
    assert str(target) in message
    assert "Sluit het bestand" in message and "probeer opnieuw" in message
    assert ".part" not in message and "alleen-lezen?)" not in message
    assert target.read_text() == "old"
    assert leftovers(tmp_path) == []


def test_on_linux_a_permission_error_is_not_retried_and_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db.files, "IS_WINDOWS", False)
    target = tmp_path / "oktober.pdf"
    calls = held_open(monkeypatch, target, tries=1000)
    with pytest.raises(PermissionError) as caught, replacing(target) as scratch:
        scratch.write_text("new")
    assert len(calls) == 1
    assert caught.value.filename == str(target)
    assert leftovers(tmp_path) == []


@pytest.mark.sqlite_only("copies the SQLite file with its backup API")
def test_every_writer_works_with_windows_fsync(desk: Desk, tmp_path: Path, windows: None) -> None:
    """Export, transparency CSV, audit CSV and a backup, one after the other, as on Windows."""
    log(desk, datetime(2026, 10, 5, 11, 0), "digid")
    out = tmp_path / "out"
    out.mkdir()
    result = export(desk, out, OCTOBER)
    assert result.path.is_file() and result.visits == 1
    assert export_everything(desk, out / "alles.csv") == 1
    assert export_audit(desk, out / "audit.csv") >= 0
    assert desk.paths.database_file is not None
    copy = backup_file(desk.paths.database_file, out, "test")
    assert copy.is_file()
    assert leftovers(out) == []


def run_cli(paths_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(paths_dir), *argv])


@pytest.mark.sqlite_only("runs the CLI on the data folder's own SQLite file")
@pytest.mark.parametrize(
    ("name", "command"),
    [
        # the report writer (ido_desk/reports) still has its own copy: see the hand-back note
        ("export.zip", lambda out: ["export", "--period", "2026-10", "--out", out, "--overwrite"]),
        ("alles.csv", lambda out: ["dump", "--out", out]),
    ],
)
def test_the_cli_says_which_file_to_close_and_succeeds_once_it_is_closed(
    desk: Desk,
    tmp_path: Path,
    windows: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    command: Callable[[str], list[str]],
) -> None:
    log(desk, datetime(2026, 10, 5, 11, 0), "digid")
    data_dir = desk.paths.data_dir
    desk.close()
    target = tmp_path / name
    target.write_bytes(b"open in Acrobat")
    calls = held_open(monkeypatch, target, tries=1000)
    assert run_cli(data_dir, *command(str(target))) == 4
    err = capsys.readouterr().err
    assert str(target) in err and "Sluit het bestand" in err
    assert ".part" not in err and "Traceback" not in err
    assert target.read_bytes() == b"open in Acrobat"
    assert leftovers(tmp_path) == []
    calls.clear()
    monkeypatch.setattr(os, "replace", REAL_REPLACE)  # the user closed it
    assert run_cli(data_dir, *command(str(target))) == 0
    assert target.read_bytes() != b"open in Acrobat"


@pytest.mark.skipif(sys.platform != "win32", reason="a real sharing violation needs Windows")
def test_on_windows_a_file_held_open_is_named_then_replaced_once_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python opens files without FILE_SHARE_DELETE, as Acrobat and Excel do: replacing the
    file fails for as long as it is held."""
    monkeypatch.setattr(db.files, "RETRY_DELAYS", (0.0, 0.0))
    target = tmp_path / "oktober.pdf"
    target.write_bytes(b"old")
    with open(target, "rb"), pytest.raises(FileInUse), replacing(target) as scratch:
        scratch.write_bytes(b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []
    with replacing(target) as scratch:
        scratch.write_bytes(b"new")
    assert target.read_bytes() == b"new"
