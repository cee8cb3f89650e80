"""Retention: notes are erased once the retention period has passed; reports are unaffected."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from db.pg_tools import run_tool
from ido_desk.backup import make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk, local_now
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
from ido_desk.visit_reading import day_totals
from ido_desk.visits import record_visit
from tests.conftest import Clock
from tests.db_helpers import connect, rows


def draft(clock, days_ago: int, note: str | None) -> VisitDraft:
    return VisitDraft(
        questions=(QuestionDraft("digid_activeren"), QuestionDraft("toeslagen")),
        started_at=clock.now - timedelta(days=days_ago),
        note=note,
        duration_min=15,
    )


def notes(target: Desk | Paths | Path) -> dict[str, str | None]:
    """The notes in a desk's database, the test's database, or a SQLite file (a backup)."""
    with connect(target) if not isinstance(target, Path) else sqlite3.connect(target) as con:
        return dict(con.execute("SELECT id, note FROM visit"))


def backup_text(path: Path) -> str:
    """What a backup holds, as text: the SQLite file's bytes, or a dump's visits as SQL."""
    if path.suffix == ".dump":
        return run_tool("pg_restore", "--data-only", "--table=visit", "--file=-", str(path))
    return path.read_bytes().decode("latin-1")


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
        found = con.execute("SELECT role, action FROM audit_log").fetchall()
    assert found == [("systeem", "retention"), ("systeem", "retention")]


@pytest.mark.sqlite_only("the bytes of the database file (PostgreSQL: an UPDATE, see README)")
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


def test_notes_go_at_start_up_and_from_the_backups(
    paths: Paths, desk: Desk, clock, backend
) -> None:
    visit = record_visit(desk, draft(clock, 20, "belt morgen terug"))
    backup = make_backup(desk)
    desk.close()
    later = clock.now + timedelta(days=15)
    assert "belt morgen terug" in backup_text(backup.path)
    open_desk_for_the_day(paths, clock=lambda: later).close()
    assert notes(paths)[visit] is None
    assert "belt morgen terug" not in backup_text(backup.path)
    if backend == "sqlite":
        assert notes(backup.path)[visit] is None


def test_the_start_of_day_chores_run_once_a_day(paths: Paths, desk: Desk, clock) -> None:
    desk.close()
    first_start = clock.now + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: first_start).close()  # the day's chores are done
    later = open_desk_for_the_day(paths, clock=lambda: first_start)
    visit = record_visit(later, draft(clock, 40, "belt morgen terug"))  # already past 30 days
    later.close()
    same_day = first_start + timedelta(hours=2)
    open_desk_for_the_day(paths, clock=lambda: same_day).close()
    assert notes(paths)[visit] == "belt morgen terug"
    next_day = first_start + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: next_day).close()
    assert notes(paths)[visit] is None


def test_cli_retention(desk: Desk, cli, clock) -> None:
    shown = cli("retention")
    assert shown.returncode == 0, shown.stderr
    assert "Notities worden 30 dagen bewaard" in shown.stdout
    changed = cli("retention", "--days", "14")
    assert changed.returncode == 0, changed.stderr
    assert retention_days(desk) == 14


def fail_on_erasure(desk: Desk) -> None:
    """A trigger that refuses to erase a note: a failure inside the erasure, for real."""
    with connect(desk) as con:
        if desk.db.engine.dialect.name == "sqlite":
            con.execute(
                "CREATE TRIGGER no_erasure BEFORE UPDATE OF note ON visit "
                "BEGIN SELECT RAISE(ABORT, 'nee'); END"
            )
        else:
            con.execute(
                "CREATE FUNCTION no_erasure() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'nee'; END $$"
            )
            con.execute(
                "CREATE TRIGGER no_erasure BEFORE UPDATE OF note ON visit "
                "FOR EACH ROW EXECUTE FUNCTION no_erasure()"
            )


def test_a_new_period_its_audit_row_and_the_erasure_are_one_transaction(desk: Desk, cli) -> None:
    today = Clock(local_now())  # the command runs on the real clock: a visit 20 days ago
    visit = record_visit(desk, draft(today, 20, "belt morgen terug"))
    fail_on_erasure(desk)
    failed = cli("retention", "--days", "14")
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert retention_days(desk) == DEFAULT_DAYS  # nothing of it was kept
    assert rows(desk, "SELECT count(*) FROM audit_log") == [(0,)]
    assert notes(desk)[visit] == "belt morgen terug"
    with connect(desk) as con:
        con.execute("DROP TRIGGER no_erasure" + ("" if desk.db.path else " ON visit"))
    done = cli("retention", "--days", "14")
    assert done.returncode == 0, done.stderr
    assert "Nu gewist: 1." in done.stdout
    assert (retention_days(desk), notes(desk)[visit]) == (14, None)
    assert [r[0] for r in rows(desk, "SELECT action FROM audit_log ORDER BY id")] == [
        "edit",
        "retention",
    ]
