"""What a user is told when a file, folder, disk or database URL lets them down: one clear
line (CLI) or message (window), never a traceback."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db.engine import storage_error
from db.errors import DiskFull
from ido_desk.config import resolve_paths
from ido_desk.errors import file_problem
from tests.ui_helpers import when_modal
from ui.app import EXIT_STORAGE, run_window


def test_a_disk_io_error_is_a_full_or_failing_disk() -> None:
    raw = sqlite3.OperationalError("disk I/O error")
    translated = storage_error(OperationalError("PRAGMA journal_mode = WAL", {}, raw))
    assert isinstance(translated, DiskFull)
    assert "schijf is vol" in translated.message


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOENT, "bestaat niet"),
        (errno.EACCES, "Geen toestemming"),
        (errno.EROFS, "alleen-lezen"),
        (errno.ENOSPC, "schijf is vol"),
    ],
)
def test_file_problems_name_the_file_and_the_reason(code: int, expected: str) -> None:
    message = file_problem(OSError(code, "os text", "/media/usb/oktober.pdf"))
    assert expected in message and "/media/usb/oktober.pdf" in message


def test_a_report_to_an_unwritable_place_says_so(cli, desk) -> None:
    result = cli("report", "--period", "2026-10", "--out", "/proc/oktober.pdf")
    assert result.returncode == 4
    assert result.stderr.startswith("ido-desk: ")
    assert "/proc" in result.stderr and "Traceback" not in result.stderr


def test_a_data_folder_that_cannot_be_made_says_so(cli, tmp_path: Path) -> None:
    result = cli("--data-dir", "/proc/ido-desk-data", "visits")
    assert result.returncode == 4
    assert "gegevensmap" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["nonsense://x", "postgresql+nosuchdriver://u@localhost/ido"])
def test_an_unusable_database_url_says_so(cli, url: str) -> None:
    result = cli("--database-url", url, "visits")
    assert result.returncode == 4
    assert "database-URL" in result.stderr and "Traceback" not in result.stderr


def test_the_window_explains_a_folder_it_cannot_use_and_closes(qtbot) -> None:
    shown: list[str] = []

    def read_and_close(box) -> None:
        shown.append(box.text())
        box.close()

    when_modal(read_and_close)
    assert run_window(resolve_paths("/proc/ido-desk-data", environ={})) == EXIT_STORAGE
    assert "gegevensmap" in shown[0]
