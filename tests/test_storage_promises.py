"""What the storage promises after the fault pass of issue 10: an empty or lost database is
never a new installation, a restore says what it takes and keeps what it replaced, a backup is
never rewritten in place, files are private, and the messages tell the truth."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.errors import EmptyDatabase
from db.pg_tools import DUMP_SUFFIX, count_in_archive, has_notes_before
from ido_desk.backup import BEFORE_RESTORE, DAILY, BackupError, list_backups, make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.restore import plan_restore, restore
from ido_desk.retention import erase_old_notes_in_backups
from ido_desk.roles import set_pin, sign_out
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visits import delete_visit, record_visit
from tests.conftest import cli_environment
from tests.db_helpers import connect, rows_at

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)


def run(paths: Paths, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real ``ido-desk``, with no terminal to answer a question."""
    environment = {**cli_environment(paths), **env}
    return subprocess.run(
        [sys.executable, "-m", "ido_desk.cli.main", *args],
        capture_output=True,
        text=True,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def visit_count(where: Paths | Path) -> int:
    """The visits in the test's database, in a SQLite file or in a pg_dump backup."""
    if isinstance(where, Paths):
        return int(rows_at(where, "SELECT count(*) FROM visit")[0][0])
    if where.suffix == DUMP_SUFFIX:
        return count_in_archive(where)
    connection = sqlite3.connect(where)
    try:
        return int(connection.execute("SELECT count(*) FROM visit").fetchone()[0])
    finally:
        connection.close()


def live_visits(paths: Paths) -> int:
    return int(rows_at(paths, "SELECT count(*) FROM visit WHERE deleted_at IS NULL")[0][0])


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# -- an empty or lost database ------------------------------------------------------------


@pytest.mark.sqlite_only("an emptied or deleted database file")
@pytest.mark.parametrize("how", ["empty", "missing"])
def test_an_empty_or_lost_database_with_backups_is_no_new_installation(
    paths: Paths, desk: Desk, how: str
) -> None:
    assert paths.database_file is not None
    for _ in range(3):
        record_visit(desk, DIGID)
    good = make_backup(desk)
    desk.close()
    if how == "empty":
        paths.database_file.write_bytes(b"")
    else:
        paths.database_file.unlink()
    before = sorted(p.name for p in paths.backup_dir.iterdir())
    refused = run(paths, "log", "--topic", "digid_activeren")
    assert refused.returncode == 4
    line = one_line(refused.stderr)
    assert "geen nieuwe installatie" in line and good.path.name in line
    assert sorted(p.name for p in paths.backup_dir.iterdir()) == before  # no empty backup
    with pytest.raises(EmptyDatabase):
        open_desk_for_the_day(paths)
    done = run(paths, "restore", "--newest", "--yes")
    assert done.returncode == 0, done.stderr
    assert visit_count(paths.database_file) == 3


# -- restore ------------------------------------------------------------------------------


def test_restore_says_how_many_visits_leave_and_asks(paths: Paths, desk: Desk) -> None:
    record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    record_visit(desk, DIGID)
    desk.close()
    asked = run(paths, "restore", str(backup.path))
    assert asked.returncode == 3
    assert "2 registratie(s)" in asked.stdout and "--yes" in one_line(asked.stderr)
    assert visit_count(paths) == 3  # nothing happened
    done = run(paths, "restore", "--yes", str(backup.path))
    assert done.returncode == 0, done.stderr
    assert "2 registratie(s)" in done.stdout
    assert visit_count(paths) == 1


def test_restore_counts_visits_that_leave_or_return_not_tombstones(
    paths: Paths, desk: Desk
) -> None:
    deleted_long_ago = record_visit(desk, DIGID)
    delete_visit(desk, deleted_long_ago)  # a tombstone in the backup and now
    record_visit(desk, DIGID)  # in both
    deleted_since = record_visit(desk, DIGID)
    backup = make_backup(desk)
    delete_visit(desk, deleted_since)  # the restore brings it back
    record_visit(desk, DIGID)  # the one visit the restore takes away
    deleted_new = record_visit(desk, DIGID)
    delete_visit(desk, deleted_new)  # a tombstone the backup lacks: no visit lost
    plan = plan_restore(paths, backup.path)
    assert plan.lost_visits == 1
    result = restore(paths, backup.path, accept_lost=plan.lost_visits)
    assert (result.lost_visits, result.gained_visits) == (1, 1)
    assert live_visits(paths) == 2


def test_a_visit_logged_after_the_question_stops_the_restore(paths: Paths, desk: Desk) -> None:
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    plan = plan_restore(paths, backup.path)
    assert plan.lost_visits == 1
    record_visit(desk, DIGID)  # logged while the user read the question
    with pytest.raises(BackupError, match="niets teruggezet"):
        restore(paths, backup.path, accept_lost=plan.lost_visits)
    assert visit_count(paths) == 2


def test_what_restores_replaced_is_kept_until_the_user_removes_it(
    paths: Paths, desk: Desk, clock
) -> None:
    backup = make_backup(desk)
    for n in range(5):
        record_visit(desk, DIGID)
        clock.now = clock.now.replace(minute=n)
        restore(paths, backup.path, clock.now)
    replaced = [b for b in list_backups(paths) if b.kind == BEFORE_RESTORE]
    assert len(replaced) == 5
    assert all(visit_count(b.path) == 1 for b in replaced)


def test_restore_works_on_a_database_that_cannot_be_opened(paths: Paths, desk: Desk) -> None:
    """A half-upgraded file (as the old upgrade left it): every start fails, and restore,
    whose PIN check opens the desk, must still work."""
    record_visit(desk, DIGID)
    make_backup(desk)
    set_pin(desk, "4711")
    sign_out(desk)
    desk.close()
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002_seed_lists'")
    connection.close()
    broken = run(paths, "visits")
    assert broken.returncode != 0
    one_line(broken.stderr)
    done = run(paths, "restore", "--newest", "--yes")
    assert done.returncode == 0, done.stderr
    assert run(paths, "visits").returncode == 0


# -- backups ------------------------------------------------------------------------------


def test_a_backup_reported_in_the_second_of_the_daily_one_is_kept(desk: Desk) -> None:
    make_backup(desk, DAILY)
    manual = make_backup(desk)
    assert manual.path.exists()


def test_the_retention_sweep_writes_a_new_file_and_renames_it(
    paths: Paths, desk: Desk, clock
) -> None:
    record_visit(desk, VisitDraft(questions=DIGID.questions, duration_min=5, note="belt terug"))
    backup = make_backup(desk)
    inode = backup.path.stat().st_ino
    assert erase_old_notes_in_backups(paths, clock.now.replace(year=2027)) == 1
    assert backup.path.stat().st_ino != inode  # a new file took its name
    if backup.path.suffix == DUMP_SUFFIX:
        assert not has_notes_before(backup.path, clock.now.replace(year=2027))
    else:
        assert b"belt terug" not in backup.path.read_bytes()
    assert list(paths.backup_dir.glob("*.part*")) == []
    assert not Path(f"{backup.path}-journal").exists()
    inode = backup.path.stat().st_ino
    assert erase_old_notes_in_backups(paths, clock.now.replace(year=2027)) == 0
    assert backup.path.stat().st_ino == inode  # nothing to erase: left alone


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_database_and_its_backups_are_private(paths: Paths, desk: Desk) -> None:
    backup = make_backup(desk)
    if paths.database_file is not None:
        assert paths.database_file.stat().st_mode & 0o777 == 0o600
    assert backup.path.stat().st_mode & 0o777 == 0o600


def test_four_first_starts_at_once_all_succeed(paths: Paths, desk: Desk) -> None:
    record_visit(desk, DIGID)
    desk.close()
    environment = cli_environment(paths)
    starts = [
        subprocess.Popen(
            [sys.executable, "-m", "ido_desk.cli.main", "backup"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for _ in range(4)
    ]
    for start in starts:
        _out, err = start.communicate(timeout=120)
        assert start.returncode == 0, err
        assert err == ""
    assert list(paths.backup_dir.glob("*.part*")) == []


# -- messages -----------------------------------------------------------------------------


def test_a_failing_daily_backup_never_refuses_a_visit_nor_speaks_english(
    paths: Paths, desk: Desk
) -> None:
    record_visit(desk, DIGID)
    desk.close()
    paths.backup_dir.write_text("een bestand waar de back-upmap hoort")  # no backup possible
    done = run(paths, "log", "--topic", "digid_activeren")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert visit_count(paths) == 2


@pytest.mark.sqlite_only("SQLite's -wal and -shm files")
def test_a_shm_without_its_wal_is_reported(paths: Paths, desk: Desk) -> None:
    assert paths.database_file is not None
    record_visit(desk, DIGID)
    desk.close()
    Path(f"{paths.database_file}-shm").write_bytes(b"\0" * 32768)  # the -wal was deleted
    done = run(paths, "visits")
    assert done.returncode == 0, done.stderr
    assert "-wal" in one_line(done.stderr) and "verloren" in done.stderr
