"""Retention: notes are erased once the retention period has passed; reports are unaffected."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from ido_desk.backup import make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.retention import (
    DEFAULT_DAYS,
    erase_old_notes,
    retention_days,
    set_retention_days,
)
from ido_desk.roles import PermissionDenied, set_pin, sign_in, sign_out
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visits import day_totals, record_visit
from tests.db_helpers import connect


def draft(clock, days_ago: int, note: str | None) -> VisitDraft:
    return VisitDraft(
        questions=(QuestionDraft("digid_activeren"), QuestionDraft("toeslagen")),
        started_at=clock.now - timedelta(days=days_ago),
        note=note,
        duration_min=15,
    )


def notes(target: Desk | Path) -> dict[str, str | None]:
    """The notes in a desk's database, or in a SQLite file (a backup)."""
    with connect(target) if isinstance(target, Desk) else sqlite3.connect(target) as con:
        return dict(con.execute("SELECT id, note FROM visit"))


def counts(desk: Desk) -> tuple:
    with connect(desk) as con:
        return con.execute(
            "SELECT count(*), sum(duration_min), (SELECT count(*) FROM question), "
            "max(revision) FROM visit"
        ).fetchone()


def test_notes_past_30_days_are_erased_and_reports_stay(desk: Desk, clock) -> None:
    assert retention_days(desk) == DEFAULT_DAYS == 30
    old = record_visit(desk, draft(clock, 31, "wilde alleen uitleg over de brief"))
    edge = record_visit(desk, draft(clock, 29, "komt volgende week terug"))
    fresh = record_visit(desk, draft(clock, 0, "app werkte niet op oude telefoon"))
    before = counts(desk)
    old_day = (clock.now - timedelta(days=31)).date()
    totals = day_totals(desk, old_day)
    assert erase_old_notes(desk) == 1
    assert notes(desk) == {
        old: None,
        edge: "komt volgende week terug",
        fresh: "app werkte niet op oude telefoon",
    }
    assert counts(desk) == before  # visits, durations, questions, revisions unchanged
    assert day_totals(desk, old_day) == totals
    clock.now += timedelta(days=2)
    assert erase_old_notes(desk) == 1
    assert notes(desk)[edge] is None
    with connect(desk) as con:
        rows = con.execute("SELECT role, action FROM audit_log").fetchall()
    assert rows == [("systeem", "retention"), ("systeem", "retention")]


def test_erased_text_is_gone_from_the_file(desk: Desk, clock) -> None:
    record_visit(desk, draft(clock, 40, "ZEERHERKENBARETEKST"))
    erase_old_notes(desk)
    desk.close()
    assert desk.db.path is not None
    with sqlite3.connect(desk.db.path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"ZEERHERKENBARETEKST" not in desk.db.path.read_bytes()


def test_the_period_is_configurable_by_the_manager(desk: Desk, clock) -> None:
    visit = record_visit(desk, draft(clock, 10, "even wachten op de mail"))
    set_pin(desk, "4711")
    sign_out(desk)
    with pytest.raises(PermissionDenied):
        set_retention_days(desk, 7)
    sign_in(desk, "4711")
    with pytest.raises(ValidationError, match="kies 1 tot 365 dagen"):
        set_retention_days(desk, 0)
    set_retention_days(desk, 7)  # takes effect at once
    assert retention_days(desk) == 7
    assert notes(desk)[visit] is None


def test_notes_go_at_start_up_and_from_the_backups(paths: Paths, desk: Desk, clock) -> None:
    visit = record_visit(desk, draft(clock, 20, "belt morgen terug"))
    backup = make_backup(desk)
    desk.close()
    later = clock.now + timedelta(days=15)
    open_desk_for_the_day(paths, clock=lambda: later).close()
    assert notes(paths.database_file)[visit] is None
    assert notes(backup.path)[visit] is None
    assert b"belt morgen terug" not in backup.path.read_bytes()


def test_the_start_of_day_chores_run_once_a_day(paths: Paths, desk: Desk, clock) -> None:
    desk.close()
    first_start = clock.now + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: first_start).close()  # the day's chores are done
    later = open_desk_for_the_day(paths, clock=lambda: first_start)
    visit = record_visit(later, draft(clock, 40, "belt morgen terug"))  # already past 30 days
    later.close()
    same_day = first_start + timedelta(hours=2)
    open_desk_for_the_day(paths, clock=lambda: same_day).close()
    assert notes(paths.database_file)[visit] == "belt morgen terug"
    next_day = first_start + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: next_day).close()
    assert notes(paths.database_file)[visit] is None


def test_cli_retention(desk: Desk, cli, clock) -> None:
    shown = cli("retention")
    assert shown.returncode == 0, shown.stderr
    assert "Notities worden 30 dagen bewaard" in shown.stdout
    changed = cli("retention", "--days", "14")
    assert changed.returncode == 0, changed.stderr
    assert retention_days(desk) == 14
