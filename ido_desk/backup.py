"""Backups of the database: a SQLite file is copied with SQLite's online backup API (safe
while the window and the CLI write) and verified by opening each copy; a PostgreSQL database
is dumped with pg_dump (custom format) and verified by restoring it into a scratch database
and counting its visits (db.pg_tools). Both are kept in rotation, and restored so that nothing
is lost: a restore first keeps a copy of what it replaces.

Files live in ``Paths.backup_dir`` as ``ido-desk-YYYYMMDD-HHMMSS-<kind>.sqlite`` (or
``.dump`` for PostgreSQL):

- ``dagelijks`` (on the first start of each day): the newest of each of the last 7 days,
  4 weeks and 12 months are kept;
- ``handmatig`` (``ido-desk backup``, the settings' button) has a rotation of its own: the
  newest 10 are kept, so a manual backup adds a copy and never removes an automatic one (the
  start of the day's copy may be the only one from before a big import);
- ``voor-upgrade-<schema>`` (taken by db.migrate before any migration) keep their newest few;
- ``voor-terugzetten`` (the database a restore replaced) and ``beschadigd`` (a damaged file,
  copied as it was) are kept until the user removes them: they may hold the only copy of
  visits.

A restore takes the database's own write lock (``BEGIN IMMEDIATE``): no visit can be logged
between its safety copy and the overwrite; it says how many visits of the live database are
not in the backup before it goes ahead. A database that cannot be opened is replaced by
writing a new file and renaming it over the old one, so a crash leaves the one or the other."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.engine import Database
from db.errors import CorruptDatabase, EmptyDatabase, StorageError
from db.files import replacing
from db.migrate import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    backup_file,
    dump_to_backup,
    verify_database,
)
from db.pg_tools import DUMP_SUFFIX, ToolMissing, check_archive, tools_missing
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError, describe
from ido_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DAILY = "dagelijks"
MANUAL = "handmatig"
UPGRADE = "voor-upgrade"
BEFORE_RESTORE = "voor-terugzetten"
DAMAGED = "beschadigd"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12  # automatic backups
KEEP_MANUAL = 10  # the newest manual backups, whatever their day
KEEP_OTHER = 3  # pre-upgrade copies; what a restore replaced is kept until removed
KEPT_UNTIL_REMOVED = (BEFORE_RESTORE, DAMAGED)
STALE_PARTIAL_S = 600  # a half-written copy this old was left by a crash
WAL_SIDE_FILES = ("-wal", "-shm", "-journal")

KIND_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("core", "automatisch (eerste start van de dag)"),
    MANUAL: QT_TRANSLATE_NOOP("core", "handmatig"),
    UPGRADE: QT_TRANSLATE_NOOP("core", "voor een programma-update"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("core", "de gegevens van vóór het terugzetten"),
    DAMAGED: QT_TRANSLATE_NOOP("core", "beschadigd bestand, bewaard zoals het was"),
}

_NAME = re.compile(
    rf"^{re.escape(BACKUP_PREFIX)}(\d{{8}}-\d{{6}})-(.+?)(?:-(\d+))?"
    rf"(?:{re.escape(BACKUP_SUFFIX)}|{re.escape(DUMP_SUFFIX)})$"
)


class BackupError(StorageError):
    """A backup could not be made or restored; the message says why, in Dutch."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    kind: str  # DAILY | MANUAL | UPGRADE | BEFORE_RESTORE | DAMAGED
    size: int  # bytes
    sequence: int = 1  # 2, 3, ... for more backups within one second

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# -- listing ------------------------------------------------------------------------------


def _kind(label: str) -> str:
    return UPGRADE if label.startswith(UPGRADE) else label


def _stamp(text: str) -> datetime:
    """ "20261103-103000" as a datetime (ValueError when not a real moment); without strptime,
    whose first use costs every command more than the rest of listing the backups."""
    day, clock = text.split("-")
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]), int(clock[4:])
    )


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = _stamp(match[1])
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    sequence = int(match[3] or 1)
    return BackupInfo(
        path=path, made_at=made_at, kind=_kind(match[2]), size=size, sequence=sequence
    )


def backup_suffix(paths: Paths) -> str:
    """``.sqlite`` for copies of a SQLite file, ``.dump`` for pg_dump's of a server."""
    return BACKUP_SUFFIX if paths.database_file is not None else DUMP_SUFFIX


def list_backups(paths: Paths) -> list[BackupInfo]:
    """Every backup of this kind of database in the backup folder, newest first."""
    if not paths.backup_dir.is_dir():
        return []
    found = [parse_backup_name(p) for p in paths.backup_dir.glob(f"*{backup_suffix(paths)}")]
    return sorted((b for b in found if b), key=lambda b: (b.made_at, b.sequence), reverse=True)


def last_backup(desk: Desk) -> BackupInfo | None:
    """The newest backup of any kind, or None when none was ever made."""
    backups = list_backups(desk.paths)
    return backups[0] if backups else None


def first_backup_pending(desk: Desk) -> bool:
    """No backup yet, and none due: this database was made at this start (a new installation
    has nothing to back up; the daily backup comes with the next start). No backup on a desk
    that started before means the automatic backup did not work."""
    return desk.new_installation and last_backup(desk) is None


def newest_good_backup(paths: Paths) -> BackupInfo | None:
    """The newest backup that passes the integrity check (damaged copies are skipped). What a
    restore replaced comes only after every other backup: it is the state the user chose to
    leave, so 'restore --newest' after a restore would undo it; it is still offered when no
    other backup is good."""
    backups = list_backups(paths)
    ordered = [b for b in backups if b.kind != BEFORE_RESTORE] + [
        b for b in backups if b.kind == BEFORE_RESTORE
    ]
    for backup in ordered:
        if backup.kind == DAMAGED:
            continue
        try:
            verify_backup(backup.path)
        except CorruptDatabase:
            log.warning("backup %s fails its integrity check", backup.path.name)
            continue
        return backup
    return None


def verify_backup(path: Path) -> None:
    """CorruptDatabase when a backup file cannot be read: a SQLite copy is opened and checked
    whole, a dump's table of contents is read (needs pg_restore)."""
    if path.name.endswith(DUMP_SUFFIX):
        check_archive(path)
    else:
        verify_database(path)


def unsupported(paths: Paths) -> str | None:
    """Why backups cannot be made here (pg_dump or pg_restore not on PATH), in Dutch; None
    when they can."""
    if paths.database_file is not None:
        return None
    missing = tools_missing()
    if not missing:
        return None
    return ToolMissing(" en ".join(missing)).message


# -- making -------------------------------------------------------------------------------


def database_file_of(paths: Paths) -> Path:
    if paths.database_file is None:
        raise ValidationError(
            "database", QT_TRANSLATE_NOOP("core", "Dit kan alleen bij een SQLite-databasebestand.")
        )
    return paths.database_file


def copy_to_backup(source: Database | Path, paths: Paths, kind: str, now: datetime) -> BackupInfo:
    """A checked backup of a SQLite file, or of a database on a server, in the backup folder."""
    try:
        if isinstance(source, Path):
            target = backup_file(source, paths.backup_dir, kind, now)
        else:
            target = dump_to_backup(source, paths.backup_dir, kind, now)
    except (EmptyDatabase, ToolMissing):
        raise
    except CorruptDatabase as exc:
        raise CorruptDatabase(  # the copy is as damaged as the database it came from
            QT_TRANSLATE_NOOP(
                "core",
                "Het bestand met de gegevens is beschadigd; daarom is er geen back-up van gemaakt. "
                "Zet een goede back-up terug via Instellingen of 'ido-desk restore --newest'.",
            )
        ) from exc
    except (StorageError, OSError, sqlite3.Error) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "core", "De back-up kon niet worden geschreven in {paths.backup_dir}: {message}"
            ).format(paths=paths, message=describe(exc).message)
        ) from exc
    info = parse_backup_name(target)
    assert info is not None
    return info


def make_backup(desk: Desk, kind: str = MANUAL) -> BackupInfo:
    """Back up the database now, verify the copy and rotate the backup folder."""
    file = desk.paths.database_file
    info = copy_to_backup(desk.db if file is None else file, desk.paths, kind, desk.clock())
    rotate(desk.paths, keep=info.path)  # never the backup just made and reported
    return info


# -- rotation -----------------------------------------------------------------------------


def _newest_per(
    backups: list[BackupInfo], key: Callable[[datetime], Hashable], count: int
) -> set[Path]:
    kept: set[Path] = set()
    periods: list[Hashable] = []
    for backup in backups:  # newest first
        period = key(backup.made_at)
        if period in periods:
            continue
        if len(periods) == count:
            break
        periods.append(period)
        kept.add(backup.path)
    return kept


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    """Each kind is rotated on its own: one kind never pushes out a backup of another."""
    daily = [b for b in backups if b.kind == DAILY]
    keep = _newest_per(daily, lambda t: t.date(), KEEP_DAILY)
    keep |= _newest_per(daily, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per(daily, lambda t: (t.year, t.month), KEEP_MONTHLY)
    keep |= {b.path for b in [b for b in backups if b.kind == MANUAL][:KEEP_MANUAL]}
    keep |= {b.path for b in backups if b.kind in KEPT_UNTIL_REMOVED}
    for kind in {b.kind for b in backups if b.kind not in (DAILY, MANUAL)}:
        keep |= {b.path for b in [b for b in backups if b.kind == kind][:KEEP_OTHER]}
    return keep


def rotate(paths: Paths, keep: Path | None = None) -> list[Path]:
    """Remove the backups the rotation does not keep (``keep``: one more to keep); returns
    what was removed."""
    backups = list_backups(paths)
    kept = backups_to_keep(backups) | ({keep} if keep else set())
    removed = []
    for partial in paths.backup_dir.glob(f"*{BACKUP_SUFFIX}*.part*"):  # left by a crash
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
                removed.append(partial)
    for backup in backups:
        if backup.path in kept:
            continue
        for suffix in ("", *WAL_SIDE_FILES):
            Path(f"{backup.path}{suffix}").unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


# -- restoring ----------------------------------------------------------------------------


def window_is_open(paths: Paths) -> bool:
    """True while a window holds the lock on this data folder (a restore from the CLI must
    not pull the database away under it). QLockFile flock()s the file on POSIX and keeps it
    open without write sharing on Windows; a lock left by a crash holds neither."""
    lock = paths.window_lock
    if lock is None or not lock.exists():
        return False
    try:
        with lock.open("rb+") as handle:
            if os.name == "posix":
                import fcntl

                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError:
                    return True
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except PermissionError:
        return True
    except OSError:
        return False
    return False


def rewrite_backup(path: Path, change: Callable[[sqlite3.Connection], int]) -> int:
    """Change a SQLite backup without ever writing into it: the change is made in a fresh
    copy, which is checked and renamed over the backup (db.files.replacing). A crash leaves
    the old backup whole. Returns what ``change`` returns."""
    with replacing(path, mode=0o600) as partial:
        src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.execute("PRAGMA secure_delete = ON")
                with dst:
                    result = change(dst)
            finally:
                dst.close()
        finally:
            src.close()
        verify_database(partial)
    return result
