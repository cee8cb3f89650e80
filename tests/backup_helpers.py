"""What the backup tests share: a visit to log, the mark for tests that copy the SQLite file,
and reads of a database or backup file on a sqlite3 connection of its own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

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
