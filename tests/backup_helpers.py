"""What the backup tests share: a visit to log, the mark for tests that copy the SQLite file,
and reads of a database or backup file on a sqlite3 connection of its own."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from ido_desk.backup import backup_suffix
from ido_desk.config import Paths
from ido_desk.drafts import QuestionDraft, VisitDraft

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)

# SQLite by nature: copies of the database file (PostgreSQL: tests/test_server_backup.py)
FILE_BACKUPS = pytest.mark.sqlite_only("file backups of the SQLite database")


def visit_ids(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [row[0] for row in con.execute("SELECT id FROM visit ORDER BY id")]


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def fake_backup(paths: Paths, at: datetime, kind: str) -> Path:
    """An empty file named as a backup of ``kind`` made ``at`` (for the rotation)."""
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    path = paths.backup_dir / f"ido-desk-{at:%Y%m%d-%H%M%S}-{kind}{backup_suffix(paths)}"
    path.write_bytes(b"")
    return path
