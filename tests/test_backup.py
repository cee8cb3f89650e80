"""Backups: online, verified, in rotation; automatic on the first start of a day and before a
migration; a restore keeps what it replaces."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command

from db.engine import Database
from db.errors import CorruptDatabase, DatabaseTooNew
from db.migrate import alembic_config
from ido_desk.audit_log import read_audit
from ido_desk.backup import (
    BEFORE_RESTORE,
    DAILY,
    DAMAGED,
    MANUAL,
    UPGRADE,
    BackupError,
    backup_suffix,
    last_backup,
    list_backups,
    make_backup,
    newest_good_backup,
    rotate,
)
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import NotFound
from ido_desk.restore import restore
from ido_desk.roles import set_pin, sign_out
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visits import record_visit

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


@FILE_BACKUPS
def test_a_backup_is_a_verified_single_file_with_everything(desk: Desk, clock) -> None:
    ids = [record_visit(desk, DIGID) for _ in range(3)]
    info = make_backup(desk)
    assert info.path.parent == desk.paths.backup_dir
    assert info.path.name == "ido-desk-20261103-103000-handmatig.sqlite"
    assert (info.kind, info.made_at) == (MANUAL, clock.now)
    assert not Path(f"{info.path}-wal").exists()  # self-contained, no WAL beside it
    assert integrity(info.path) == "ok"
    assert visit_ids(info.path) == sorted(ids)
    assert last_backup(desk) == info
    assert list(desk.paths.backup_dir.glob("*.part")) == []


@FILE_BACKUPS
def test_a_second_backup_in_one_second_gets_its_own_name(desk: Desk, clock) -> None:
    first, second = make_backup(desk), make_backup(desk)
    assert second.path.name == "ido-desk-20261103-103000-handmatig-2.sqlite"
    assert last_backup(desk) == second
    assert not first.path.exists()  # the rotation keeps the newest of the day


def test_the_first_start_of_a_day_makes_a_backup(paths: Paths, desk: Desk) -> None:
    record_visit(desk, DIGID)
    desk.close()
    day = datetime(2026, 11, 3, 9, 0)
    for minutes in (0, 5, 60):  # three starts on one day: one backup
        open_desk_for_the_day(paths, clock=lambda m=minutes: day + timedelta(minutes=m)).close()
    assert [(b.kind, b.made_at) for b in list_backups(paths)] == [(DAILY, day)]
    next_day = day + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: next_day).close()
    assert [b.made_at for b in list_backups(paths)] == [next_day, day]


def test_a_fresh_database_is_not_backed_up(paths: Paths, bare_desk: Desk) -> None:
    assert list_backups(paths) == []


@FILE_BACKUPS
def test_a_migration_is_preceded_by_a_verified_backup(paths: Paths) -> None:
    assert paths.database_file is not None
    old = Database(paths.database_url)
    paths.data_dir.mkdir(parents=True)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_initial")
    old.dispose()
    desk = open_desk(paths)
    desk.close()
    upgrades = [b for b in list_backups(paths) if b.kind == UPGRADE]
    assert len(upgrades) == 1
    assert "voor-upgrade-0001_initial" in upgrades[0].path.name
    with sqlite3.connect(upgrades[0].path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
    assert integrity(upgrades[0].path) == "ok"


def _fake(paths: Paths, at: datetime, kind: str) -> Path:
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    path = paths.backup_dir / f"ido-desk-{at:%Y%m%d-%H%M%S}-{kind}{backup_suffix(paths)}"
    path.write_bytes(b"")
    return path


def test_rotation_keeps_7_daily_4_weekly_12_monthly(paths: Paths) -> None:
    start = datetime(2025, 6, 1, 9, 0)
    days = [start + timedelta(days=n) for n in range(520)]  # one backup a day, 17 months
    for at in days:
        _fake(paths, at, DAILY)
        _fake(paths, at + timedelta(hours=3), MANUAL)  # and a manual one later that day
    for n in range(5):
        _fake(paths, start + timedelta(days=n), UPGRADE + "-0001_initial")
    unknown = paths.backup_dir / f"mijn-eigen-kopie{backup_suffix(paths)}"
    unknown.write_bytes(b"")
    rotate(paths)
    kept = list_backups(paths)
    rotated = [b.made_at for b in kept if b.kind in (DAILY, MANUAL)]
    newest = days[-1]
    # the newest of each of the last 7 days (the manual one, made later that day)
    assert rotated[:7] == [newest - timedelta(days=n) + timedelta(hours=3) for n in range(7)]
    months = {(t.year, t.month) for t in rotated}
    assert len(months) == 12
    assert min(rotated) >= datetime(newest.year - 1, newest.month, 1)
    weeks = {t.isocalendar()[:2] for t in rotated}
    assert len(weeks) >= 4
    assert len(rotated) <= 7 + 4 + 12
    assert all(b.kind == MANUAL for b in kept if b.kind in (DAILY, MANUAL))
    assert len([b for b in kept if b.kind == UPGRADE]) == 3
    assert unknown.exists()  # a file that is not ours is left alone


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
    with pytest.raises(BackupError, match="geen database van IDO Desk"):
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
    assert "De vervangen database is bewaard als" in done.stdout
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
    assert visit_ids(paths.database_file) == [kept]


# -- the window ---------------------------------------------------------------------------


def test_backup_panel_shows_the_last_backup_and_makes_one(qtbot, desk: Desk, clock) -> None:
    from PySide6.QtCore import Qt

    from ui.backup_panel import BackupPanel

    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(640, 300)
    panel.show()
    assert panel.last.text().startswith("Er is nog geen back-up.")  # a new installation
    with qtbot.waitSignal(panel.backup_made, timeout=10_000):
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.last.text() == "Laatste back-up: 3 november 2026 10:30 (handmatig)"
    assert panel.status.text().startswith("Back-up gemaakt en gecontroleerd:")
    assert len(list_backups(desk.paths)) == 1
    panel.grab().save("/tmp/backup_panel.png")
    clock.now += timedelta(days=3)
    panel.refresh()
    assert "Dat is lang geleden" in panel.last.text()


@FILE_BACKUPS
def test_backup_panel_restores_after_confirmation(qtbot, paths: Paths, desk: Desk) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui_helpers import click_message_button, when_modal
    from ui.backup_panel import BackupPanel

    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    when_modal(click_message_button(QMessageBox.StandardButton.No))
    with qtbot.waitSignal(panel.answered, timeout=10_000) as answered:
        panel.restore_file(backup.path)
        # the backup is checked and its visits counted off the GUI thread: the window
        # goes on meanwhile (it froze for seconds on a big database)
        assert panel.status.text() == "De back-up wordt gecontroleerd…"
        assert not panel.restore_button.isEnabled()
    assert answered.args == [False]  # "Nee": nothing happens
    assert len(visit_ids(paths.database_file)) == 2
    assert panel.restore_button.isEnabled()
    when_modal(click_message_button(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(panel.restored, timeout=10_000) as restored:
        panel.restore_file(backup.path)
    assert visit_ids(paths.database_file) == [kept]
    result = restored.args[0]
    assert len(visit_ids(result.replaced_copy)) == 2
    assert panel.status.text().startswith("Teruggezet. De gegevens van daarvoor zijn bewaard als")
    record_visit(desk, DIGID)  # the open desk goes on with the restored database
    assert len(visit_ids(paths.database_file)) == 2


@FILE_BACKUPS
def test_backup_panel_refuses_a_damaged_file_in_dutch(qtbot, paths: Paths, desk: Desk) -> None:
    from ui.backup_panel import BackupPanel

    junk = paths.data_dir / "kapot.sqlite"
    junk.write_bytes(b"\x00" * 5000)
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.restore_file(junk)
    qtbot.waitUntil(lambda: panel.status.text() != "De back-up wordt gecontroleerd…")
    assert panel.status.text().startswith("Deze back-up kan niet worden teruggezet:")


@FILE_BACKUPS
def test_corrupt_dialog_offers_the_newest_good_backup(
    qtbot, paths: Paths, desk: Desk, clock
) -> None:
    from PySide6.QtCore import Qt

    from ui.corrupt_dialog import CorruptDialog

    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    make_backup(desk)
    desk.close()
    paths.database_file.write_bytes(b"kapot" * 4000)
    dialog = CorruptDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "De nieuwste goede back-up is van 3 november 2026 om 10:30" in dialog.text.text()
    dialog.grab().save("/tmp/corrupt_dialog.png")
    assert dialog.restore_button is not None
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert visit_ids(paths.database_file) == [kept]
    again = open_desk(paths)
    try:  # the same audit line as 'ido-desk restore' writes (tests/test_hub_restore.py)
        newest = read_audit(again)[0]
        assert (newest.action, newest.entity) == ("restore", "database")
        assert dialog.backup is not None and newest.entity_id == dialog.backup.path.name
    finally:
        again.close()


@FILE_BACKUPS
def test_corrupt_dialog_without_a_backup_says_so(qtbot, paths: Paths, desk: Desk) -> None:
    from ui.corrupt_dialog import CorruptDialog

    assert paths.database_file is not None
    desk.close()
    paths.database_file.write_bytes(b"kapot" * 4000)
    dialog = CorruptDialog(paths)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "Er is geen bruikbare back-up" in dialog.text.text()
