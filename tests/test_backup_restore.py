"""Restoring a backup, from the service and from the CLI: a restore keeps what it replaces, a
corrupted database comes back from the newest good backup, a damaged one is refused."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta

import pytest

from db.errors import CorruptDatabase, DatabaseTooNew
from ido_desk.backup import (
    BEFORE_RESTORE,
    DAMAGED,
    BackupError,
    list_backups,
    make_backup,
    newest_good_backup,
)
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.errors import NotFound
from ido_desk.restore import restore
from ido_desk.roles import set_pin, sign_out
from ido_desk.visits import record_visit
from tests.backup_helpers import DIGID, FILE_BACKUPS, visit_ids


@FILE_BACKUPS
def test_restore_puts_a_backup_back_and_keeps_what_it_replaces(paths: Paths, desk: Desk) -> None:
    assert paths.database_file is not None
    before = record_visit(desk, DIGID)
    backup = make_backup(desk)
    after = record_visit(desk, DIGID)
    desk.close()
    result = restore(paths, backup.path)
    assert visit_ids(paths.database_file) == [before]
    assert result.replaced_copy is not None
    assert visit_ids(result.replaced_copy) == sorted([before, after])
    assert [b.kind for b in list_backups(paths)].count(BEFORE_RESTORE) == 1
    reopened = open_desk(paths)  # and the program works on it
    assert record_visit(reopened, DIGID)
    reopened.close()
    with sqlite3.connect(paths.database_file) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@FILE_BACKUPS
def test_after_a_restore_the_newest_good_backup_is_not_what_it_replaced(
    paths: Paths, desk: Desk
) -> None:
    """'restore --newest' after a restore must not put back what the user just left (the
    replaced copy is the newest file in the folder): it takes the newest real backup; the
    replaced copy only when nothing else is good."""
    before = record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    desk.close()
    later = datetime.now() + timedelta(minutes=5)  # the replaced copy clearly the newest file
    result = restore(paths, backup.path, later)
    assert result.replaced_copy is not None
    assert list_backups(paths)[0].path == result.replaced_copy
    good = newest_good_backup(paths)
    assert good is not None and good.path == backup.path
    assert visit_ids(good.path) == [before]
    for other in list_backups(paths):
        if other.kind != BEFORE_RESTORE:
            other.path.unlink()
    still = newest_good_backup(paths)
    assert still is not None and still.path == result.replaced_copy


@FILE_BACKUPS
def test_a_corrupted_database_is_restored_from_the_newest_good_backup(
    paths: Paths, desk: Desk
) -> None:
    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    make_backup(desk)
    desk.close()
    damaged = b"this is no database " * 500
    paths.database_file.write_bytes(damaged)
    with pytest.raises(CorruptDatabase) as raised:
        open_desk(paths)
    assert "beschadigd" in raised.value.message
    good = newest_good_backup(paths)
    assert good is not None
    result = restore(paths, good.path)
    assert visit_ids(paths.database_file) == [kept]
    assert result.replaced_copy is not None
    assert result.replaced_copy.read_bytes() == damaged  # kept byte for byte
    assert any(b.kind == DAMAGED for b in list_backups(paths))
    assert newest_good_backup(paths) is not None
    open_desk(paths).close()


@FILE_BACKUPS
def test_a_damaged_backup_is_skipped_and_refused(paths: Paths, desk: Desk, clock) -> None:
    assert paths.database_file is not None
    record_visit(desk, DIGID)
    good = make_backup(desk)
    clock.now += timedelta(days=1)
    bad = make_backup(desk)
    with bad.path.open("r+b") as handle:  # damage the newest one in the middle of its pages
        handle.seek(4096 * 3)
        handle.write(os.urandom(4096 * 4))
    assert newest_good_backup(paths) == good
    original = paths.database_file.read_bytes()
    with pytest.raises(BackupError) as raised:
        restore(paths, bad.path)
    assert "kan niet worden teruggezet" in raised.value.message
    assert paths.database_file.read_bytes() == original


@FILE_BACKUPS
def test_restore_refuses_what_is_not_an_ido_desk_database(paths: Paths, desk: Desk) -> None:
    other = paths.data_dir / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE x (y)")
    with pytest.raises(BackupError, match="geen back-up van IDO Desk"):
        restore(paths, other)
    with pytest.raises(NotFound, match="bestaat niet"):
        restore(paths, paths.data_dir / "missing.sqlite")
    newer = paths.data_dir / "newer.sqlite"
    with sqlite3.connect(newer) as con:
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        restore(paths, newer)


@FILE_BACKUPS
def test_cli_backup_and_restore(paths: Paths, desk: Desk, cli, monkeypatch) -> None:
    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    made = cli("backup")
    assert made.returncode == 0, made.stderr
    count, noun = re.findall(r"In de map: (\d+) (back-ups?)\.", made.stdout)[0]  # the rotation
    assert noun == ("back-up" if count == "1" else "back-ups")  # decides how many: the hour
    assert "Back-up gemaakt en gecontroleerd" in made.stdout
    backup = list_backups(paths)[0].path
    record_visit(desk, DIGID)
    set_pin(desk, "4711")
    sign_out(desk)
    desk.close()
    refused = cli("restore", str(backup))
    assert refused.returncode == 3
    assert "terugzetten kan alleen met de pincode" in refused.stderr
    assert len(visit_ids(paths.database_file)) == 2
    monkeypatch.setenv("IDO_DESK_PIN", "4711")
    done = cli("restore", "--yes", str(backup))
    assert done.returncode == 0, done.stderr
    assert "De vervangen gegevens zijn bewaard als" in done.stdout
    # --yes answered the question: it is not asked, what is lost is still told
    assert "Terugzetten?" not in done.stdout, done.stdout
    assert "1 registratie(s) in de huidige gegevens staan niet in" in done.stdout, done.stdout
    assert visit_ids(paths.database_file) == [kept]
    listed = cli("backup", "--list")
    assert "de gegevens van vóór het terugzetten" in listed.stdout


@FILE_BACKUPS
def test_cli_restores_a_corrupted_database_without_opening_it(
    paths: Paths, desk: Desk, cli
) -> None:
    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    make_backup(desk)
    desk.close()
    paths.database_file.write_bytes(b"\x00garbage" * 1000)
    broken = cli("visits")
    assert broken.returncode == 4
    assert "beschadigd" in broken.stderr and "Traceback" not in broken.stderr
    done = cli("restore", "--newest", "--yes")
    assert done.returncode == 0, done.stderr
    assert "?" not in done.stdout, done.stdout
    assert visit_ids(paths.database_file) == [kept]
