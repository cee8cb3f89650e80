"""Backups made: online, verified, in rotation; automatic on the first start of a day and before
a migration."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from alembic import command

from db.engine import Database
from db.migrate import alembic_config
from ido_desk.backup import (
    DAILY,
    MANUAL,
    UPGRADE,
    backup_suffix,
    last_backup,
    list_backups,
    make_backup,
    rotate,
)
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visits import record_visit
from tests.backup_helpers import DIGID, FILE_BACKUPS, fake_backup, integrity, visit_ids


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
    assert first.path.exists()  # a manual backup adds a copy


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


def test_rotation_keeps_7_daily_4_weekly_12_monthly(paths: Paths) -> None:
    start = datetime(2025, 6, 1, 9, 0)
    days = [start + timedelta(days=n) for n in range(520)]  # one backup a day, 17 months
    for at in days:
        fake_backup(paths, at, DAILY)
        fake_backup(paths, at + timedelta(hours=3), MANUAL)  # and a manual one later that day
    for n in range(5):
        fake_backup(paths, start + timedelta(days=n), UPGRADE + "-0001_initial")
    unknown = paths.backup_dir / f"mijn-eigen-kopie{backup_suffix(paths)}"
    unknown.write_bytes(b"")
    rotate(paths)
    kept = list_backups(paths)
    rotated = [b.made_at for b in kept if b.kind == DAILY]
    newest = days[-1]
    assert rotated[:7] == [newest - timedelta(days=n) for n in range(7)]  # the last 7 days
    months = {(t.year, t.month) for t in rotated}
    assert len(months) == 12
    assert min(rotated) >= datetime(newest.year - 1, newest.month, 1)
    weeks = {t.isocalendar()[:2] for t in rotated}
    assert len(weeks) >= 4
    assert len(rotated) <= 7 + 4 + 12
    manual = [b.made_at for b in kept if b.kind == MANUAL]
    assert manual == [newest - timedelta(days=n) + timedelta(hours=3) for n in range(10)]
    assert len([b for b in kept if b.kind == UPGRADE]) == 3
    assert unknown.exists()  # a file that is not ours is left alone
