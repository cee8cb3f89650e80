"""Opening a desk for a user: the checks before the database is opened, then the chores of
the start of a day. The CLI opens its desk here with both in one go (``open_desk_for_the_day``);
the window opens it (``open_desk_for_user``), is ready for input, and then runs the chores off
the GUI thread (``start_the_day``, through ``ui.operations``): a daily backup (pg_dump on a
server) must not keep the front desk waiting. ``ido_desk.desk.open_desk`` itself only opens
and upgrades the database.

Before opening: a database file that is empty or missing while backups exist is never taken
for a new installation (``EmptyDatabase``, naming the newest good backup); a ``-shm`` without
its ``-wal`` (the ``-wal`` was deleted after an unclean stop, and the visits in it with it) is
reported in ``desk.notices``.

The chores are the list ``CHORES``: each is a function of the desk that never refuses the
user's work (a chore that fails is written to the log; the settings show how old the last
backup is). One more chore is one more line there. A chore that has nothing to do imports
nothing heavy (the ORM, the delivery): every ``ido-desk log`` runs them."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from db.errors import MESSAGES, CorruptDatabase, EmptyDatabase, StorageError
from db.first_read import wal_lost
from db.migrate import verify_database
from ido_desk.backup import DAILY, DAMAGED, list_backups, make_backup, newest_good_backup
from ido_desk.config import Paths
from ido_desk.delivery_setup import loop_is_set_up
from ido_desk.desk import Desk, local_now, open_desk
from ido_desk.settings import get_setting, set_setting
from ido_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DAY_STARTED_SETTING = "day_started"  # the last day whose first start did the daily chores
BACKUP_DAY_SETTING = "daily_backup_day"  # a shared database: the day its daily backup was made


def open_desk_for_the_day(paths: Paths, *, clock: Callable[[], datetime] = local_now) -> Desk:
    """Open the desk for a user and do the start-of-day chores (the CLI's way)."""
    desk = open_desk_for_user(paths, clock=clock)
    try:
        start_the_day(desk)
    except BaseException:
        desk.close()
        raise
    return desk


def open_desk_for_user(paths: Paths, *, clock: Callable[[], datetime] = local_now) -> Desk:
    """Refuse a lost database, open (and upgrade) it, report a lost ``-wal``; no chores."""
    refuse_lost_database(paths)
    notices = lost_wal_notices(paths)
    desk = open_desk(paths, clock=clock)
    desk.notices.extend(notices)
    return desk


def start_the_day(desk: Desk) -> None:
    """The start-of-day chores, when the database was already there (a new installation has
    nothing to back up or erase). CorruptDatabase when the daily backup finds the database
    itself damaged; every other failure of a chore is logged, never raised."""
    if desk.new_installation:
        return
    for chore in CHORES:
        chore(desk)


def refuse_lost_database(paths: Paths) -> None:
    """EmptyDatabase when the database file is empty or missing but backups exist."""
    file = paths.database_file
    if file is None or _has_content(file):
        return
    if not [b for b in list_backups(paths) if b.kind != DAMAGED]:
        return  # a new installation
    good = newest_good_backup(paths)
    where = (
        QT_TRANSLATE_NOOP("core", "leeg")
        if file.exists()
        else QT_TRANSLATE_NOOP("core", "verdwenen")
    )
    advice = (
        QT_TRANSLATE_NOOP(
            "core",
            "Zet de nieuwste goede back-up terug ({name}, van {made_at:%d-%m-%Y "
            "%H:%M}): in het venster, of met 'ido-desk restore --newest'.",
        ).format(name=good.path.name, made_at=good.made_at)
        if good is not None
        else QT_TRANSLATE_NOOP(
            "core", "Geen van de back-ups in {backup_dir} is bruikbaar; vraag de beheerder om hulp."
        ).format(backup_dir=paths.backup_dir)
    )
    raise EmptyDatabase(
        QT_TRANSLATE_NOOP(
            "core",
            "Het bestand met de gegevens ({file}) is {where}, terwijl er back-ups zijn: dit "
            "is geen nieuwe installatie, en er is niets gewijzigd. {advice}",
        ).format(file=file, where=where, advice=advice)
    )


def _has_content(file: Path) -> bool:
    try:
        if file.stat().st_size > 0:
            return True
    except FileNotFoundError:
        return False
    wal = Path(f"{file}-wal")  # pages may still be in the -wal only
    return wal.exists() and wal.stat().st_size > 0


def lost_wal_notices(paths: Paths) -> list[str]:
    """A ``-shm`` without its ``-wal`` is what an unclean stop leaves after someone deleted
    the ``-wal``: the visits that were only in it are lost, and the user must hear it."""
    file = paths.database_file
    if file is None or not wal_lost(file):
        return []
    return [
        QT_TRANSLATE_NOOP(
            "core",
            "Let op: na een onderbroken afsluiting ontbreekt het bestand {name}-wal; "
            "registraties die nog alleen daarin stonden, zijn verloren. Controleer "
            "de laatste registraties en zet zo nodig een back-up terug.",
        ).format(name=file.name)
    ]


# -- the chores ---------------------------------------------------------------------------


def erase_old_notes_once_a_day(desk: Desk) -> None:
    """Erase notes past their retention period, in the database and in every backup, on the
    first start of a day (later starts that day skip it: it opens every backup file)."""
    today = desk.clock().date().isoformat()
    if get_setting(desk, DAY_STARTED_SETTING, "") == today:
        return
    from ido_desk.retention import erase_old_notes  # once a day: its import may cost

    try:
        erase_old_notes(desk)
        set_setting(desk, DAY_STARTED_SETTING, today)
    except StorageError as exc:  # a read-only folder: saving will say so, opening may not
        log.warning("notes not erased: %s", exc.message)


def daily_backup(desk: Desk) -> None:
    """The automatic backup, once a day. A failure never refuses the user's work: it is
    logged. Only when the live SQLite file itself fails its check is it reported damaged.

    A database on a server (PostgreSQL) is opened by several coordinators: the first start of
    the day among them makes it (the database remembers the day), with pg_dump, into that
    PC's backup folder."""
    today = desk.clock().date()
    if any(b.made_at.date() == today for b in list_backups(desk.paths) if b.kind == DAILY):
        return
    shared = desk.paths.database_file is None
    if shared and get_setting(desk, BACKUP_DAY_SETTING, "") == today.isoformat():
        return
    try:
        make_backup(desk, DAILY)
    except (StorageError, OSError, sqlite3.Error) as exc:
        log.warning("automatic backup failed: %s", exc)
        if isinstance(exc, CorruptDatabase) and not shared:
            _live_database_is_whole(desk)
        return
    if shared:
        set_setting(desk, BACKUP_DAY_SETTING, today.isoformat())


def _live_database_is_whole(desk: Desk) -> None:
    """The copy failed its check: CorruptDatabase when the database itself fails it too; a
    fault while checking the copy (or reading the database) is not damage."""
    assert desk.paths.database_file is not None
    try:
        verify_database(desk.paths.database_file)
    except CorruptDatabase as exc:
        raise CorruptDatabase(MESSAGES[CorruptDatabase]) from exc
    except (StorageError, OSError, sqlite3.Error) as exc:
        log.warning("database check after a failed backup did not finish: %s", exc)


def deliver_when_set_up(desk: Desk) -> None:
    """The ended months to the coordinator's folder (``delivery.deliver_at_start``, which never
    raises), once the loop is set up."""
    if not loop_is_set_up(desk):
        return
    from ido_desk.delivery import deliver_at_start  # the export machinery, only when it works

    deliver_at_start(desk)


CHORES: tuple[Callable[[Desk], None], ...] = (
    erase_old_notes_once_a_day,
    daily_backup,
    deliver_when_set_up,
)
