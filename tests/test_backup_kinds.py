"""A manual backup adds a copy: it never removes the day's automatic one (which may be the
only copy from before a big import), and each kind keeps its own rotation."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path

from ido_desk.backup import DAILY, KEEP_MANUAL, MANUAL, list_backups, rotate
from ido_desk.config import Paths
from ido_desk.desk import local_now
from ido_desk.exchange.importer import import_files
from ido_desk.startup import open_desk_for_the_day
from tests.backup_helpers import FILE_BACKUPS, fake_backup, visit_ids
from tests.exchange_helpers import yes


@FILE_BACKUPS
def test_a_day_of_backups_around_an_import(paths: Paths, bare_desk, good: Path, cli) -> None:
    bare_desk.close()  # the coordinator's database, made the day before
    day = local_now()  # the command line's clock is the real one
    desk = open_desk_for_the_day(paths, clock=lambda: day)  # start of day: the daily backup
    [daily] = list_backups(paths)
    assert daily.kind == DAILY and visit_ids(daily.path) == []
    import_files(desk, [good], confirm_key=yes)  # the big import
    desk.close()
    made = cli("backup")  # "Nu back-up maken" after the import
    assert made.returncode == 0, made.stderr
    assert "In de map: 2 back-ups." in made.stdout  # the daily one and this one
    assert daily.path.exists()
    again = cli("backup")  # another manual backup: one more copy
    assert "In de map: 3 back-ups." in again.stdout
    # (sorted: on a fast machine the three can be made in the same second)
    kinds = sorted((b.kind, len(visit_ids(b.path))) for b in list_backups(paths))
    assert kinds == sorted([(MANUAL, 3), (MANUAL, 3), (DAILY, 0)])
    next_day = day + timedelta(days=1)
    open_desk_for_the_day(paths, clock=lambda: next_day).close()
    backups = list_backups(paths)
    assert backups[0].kind == DAILY and backups[0].made_at.date() == next_day.date()
    assert sorted(b.kind for b in backups[1:]) == sorted([MANUAL, MANUAL, DAILY])
    assert daily.path in [b.path for b in backups]  # yesterday's start: still there


def test_each_kind_is_rotated_on_its_own(paths: Paths) -> None:
    start = datetime(2026, 1, 1, 9, 0)
    for n in range(30):
        fake_backup(paths, start + timedelta(days=n), DAILY)
        fake_backup(paths, start + timedelta(days=n, hours=3), MANUAL)
    rotate(paths)
    kept = list_backups(paths)
    manual = [b.made_at for b in kept if b.kind == MANUAL]
    assert manual == [start + timedelta(days=29 - n, hours=3) for n in range(KEEP_MANUAL)]
    daily = [b.made_at for b in kept if b.kind == DAILY]
    assert daily[:7] == [start + timedelta(days=29 - n) for n in range(7)]  # every day's own
    assert re.search(r"handmatig", kept[0].path.name)
