"""Backups of the database file: made with SQLite's online backup API (safe while the window
and the CLI write), verified by opening each copy, kept in rotation, and restored so that
nothing is lost: a restore first keeps a copy of what it replaces.

Files live in ``Paths.backup_dir`` as ``ido-desk-YYYYMMDD-HHMMSS-<kind>.sqlite``:

- ``dagelijks`` (on the first start of each day) and ``handmatig`` (``ido-desk backup``, the
  settings' button) share one rotation: the newest of each of the last 7 days, 4 weeks and
  12 months are kept;
- ``voor-upgrade-<schema>`` (taken by db.migrate before any migration), ``voor-terugzetten``
  (the database a restore replaced) and ``beschadigd`` (a damaged file, copied as it was)
  keep their newest few each."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.engine import BUSY_TIMEOUT_MS, storage_error
from db.errors import CorruptDatabase, DatabaseTooNew, StorageError
from db.migrate import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    backup_file,
    known_revisions,
    upgrade,
    verify_database,
)
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.errors import NotFound, ValidationError
from ido_desk.roles import require_manager

log = logging.getLogger(__name__)

DAILY = "dagelijks"
MANUAL = "handmatig"
UPGRADE = "voor-upgrade"
BEFORE_RESTORE = "voor-terugzetten"
DAMAGED = "beschadigd"
ROTATED = (DAILY, MANUAL)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_OTHER = 3
STALE_PARTIAL_S = 600  # a half-written copy this old was left by a crash
WAL_SIDE_FILES = ("-wal", "-shm", "-journal")

KIND_LABELS = {
    DAILY: "automatisch (eerste start van de dag)",
    MANUAL: "handmatig",
    UPGRADE: "voor een programma-update",
    BEFORE_RESTORE: "database van vóór het terugzetten",
    DAMAGED: "beschadigde database, bewaard zoals hij was",
}

_NAME = re.compile(
    rf"^{re.escape(BACKUP_PREFIX)}(\d{{8}}-\d{{6}})-(.+?)(?:-(\d+))?{re.escape(BACKUP_SUFFIX)}$"
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


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None  # the database as it was before; None when there was none


# -- listing ------------------------------------------------------------------------------


def _kind(label: str) -> str:
    return UPGRADE if label.startswith(UPGRADE) else label


def parse_backup_name(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    sequence = int(match[3] or 1)
    return BackupInfo(
        path=path, made_at=made_at, kind=_kind(match[2]), size=size, sequence=sequence
    )


def list_backups(paths: Paths) -> list[BackupInfo]:
    """Every backup in the backup folder, newest first."""
    if not paths.backup_dir.is_dir():
        return []
    found = [parse_backup_name(p) for p in paths.backup_dir.glob(f"*{BACKUP_SUFFIX}")]
    return sorted((b for b in found if b), key=lambda b: (b.made_at, b.sequence), reverse=True)


def last_backup(desk: Desk) -> BackupInfo | None:
    """The newest backup of any kind, or None when none was ever made."""
    backups = list_backups(desk.paths)
    return backups[0] if backups else None


def newest_good_backup(paths: Paths) -> BackupInfo | None:
    """The newest backup that passes the integrity check (damaged copies are skipped)."""
    for backup in list_backups(paths):
        if backup.kind == DAMAGED:
            continue
        try:
            verify_database(backup.path)
        except CorruptDatabase:
            log.warning("backup %s fails its integrity check", backup.path.name)
            continue
        return backup
    return None


# -- making -------------------------------------------------------------------------------


def _database_file(paths: Paths) -> Path:
    if paths.database_file is None:
        raise ValidationError(
            "database", "Back-ups maken en terugzetten kan alleen bij een SQLite-databasebestand."
        )
    return paths.database_file


def _copy(source: Path, paths: Paths, kind: str, now: datetime) -> BackupInfo:
    try:
        target = backup_file(source, paths.backup_dir, kind, now)
    except (CorruptDatabase, OSError, sqlite3.Error) as exc:
        if isinstance(exc, CorruptDatabase) or isinstance(storage_error(exc), CorruptDatabase):
            raise CorruptDatabase(  # the copy is as damaged as the database it came from
                "Het databasebestand is beschadigd; daarom is er geen back-up van gemaakt. "
                "Zet een goede back-up terug via Instellingen of 'ido-desk restore --newest'."
            ) from exc
        raise BackupError(
            f"De back-up kon niet worden geschreven in {paths.backup_dir}: {_reason(exc)}"
        ) from exc
    info = parse_backup_name(target)
    assert info is not None
    return info


def _reason(exc: BaseException) -> str:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        return "de schijf is vol."
    if "read-only" in text or "readonly" in text or "permission" in text:
        return "de map is alleen-lezen."
    return str(exc)


def make_backup(desk: Desk, kind: str = MANUAL) -> BackupInfo:
    """Back up the database now, verify the copy and rotate the backup folder."""
    source = _database_file(desk.paths)
    info = _copy(source, desk.paths, kind, desk.clock())
    rotate(desk.paths)
    return info


def backup_at_start(desk: Desk) -> BackupInfo | None:
    """The automatic backup on the first start of a day. A failure to write it is logged (the
    settings show how old the last backup is) and does not stop the program; a damaged
    database, found by checking the copy, raises CorruptDatabase."""
    if desk.paths.database_file is None:
        return None
    today = desk.clock().date()
    if any(b.made_at.date() == today for b in list_backups(desk.paths) if b.kind in ROTATED):
        return None
    try:
        return make_backup(desk, DAILY)
    except CorruptDatabase:
        raise  # found by checking the copy: the program must offer a restore, not carry on
    except (StorageError, OSError, sqlite3.Error) as exc:
        log.warning("automatic backup failed: %s", exc)
        return None


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
    rotated = [b for b in backups if b.kind in ROTATED]
    keep = _newest_per(rotated, lambda t: t.date(), KEEP_DAILY)
    keep |= _newest_per(rotated, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per(rotated, lambda t: (t.year, t.month), KEEP_MONTHLY)
    for kind in {b.kind for b in backups if b.kind not in ROTATED}:
        keep |= {b.path for b in [b for b in backups if b.kind == kind][:KEEP_OTHER]}
    return keep


def rotate(paths: Paths) -> list[Path]:
    """Remove the backups the rotation does not keep; returns what was removed."""
    backups = list_backups(paths)
    keep = backups_to_keep(backups)
    removed = []
    for partial in paths.backup_dir.glob(f"*{BACKUP_SUFFIX}.part"):  # left by a crash
        with contextlib.suppress(OSError):
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
                removed.append(partial)
    for backup in backups:
        if backup.path in keep:
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
    if not lock.exists():
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


def _schema_revision(file: Path) -> str | None:
    connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        connection.close()
    return row[0] if row else None


def check_restorable(file: Path) -> None:
    """Refuse a file that is missing, damaged, not an IDO Desk database or too new."""
    if not file.is_file():
        raise NotFound(f"Het back-upbestand {file} bestaat niet.")
    try:
        verify_database(file)
    except CorruptDatabase as exc:
        raise BackupError(f"Deze back-up kan niet worden teruggezet: {exc.message}") from exc
    revision = _schema_revision(file)
    if revision is None:
        raise BackupError(f"{file.name} is geen database van IDO Desk; er is niets teruggezet.")
    if revision not in known_revisions():
        raise DatabaseTooNew(
            f"{file.name} is gemaakt met een nieuwere versie van IDO Desk (schema {revision}). "
            "Installeer de nieuwste versie; er is niets teruggezet."
        )


def _is_healthy(live: Path) -> bool:
    try:
        verify_database(live)
    except CorruptDatabase:
        return False
    return True


def _keep_damaged(live: Path, paths: Paths, now: datetime) -> Path:
    """Copy a damaged database file as it is (with its -wal and -shm), byte for byte."""
    paths.backup_dir.mkdir(parents=True, exist_ok=True)
    target = paths.backup_dir / f"{BACKUP_PREFIX}{now:%Y%m%d-%H%M%S}-{DAMAGED}{BACKUP_SUFFIX}"
    for suffix in ("", *WAL_SIDE_FILES):
        side = Path(f"{live}{suffix}")
        if side.exists():
            shutil.copy2(side, f"{target}{suffix}")
    return target


def _copy_into(source: Path, live: Path) -> None:
    """Write the backup's pages into the database with the backup API, so that SQLite's own
    locking and WAL keep other connections consistent, then switch the file to WAL."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(live, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()


def restore(paths: Paths, file: Path, now: datetime | None = None) -> RestoreResult:
    """Put a backup back as the database. The database it replaces is kept first (a verified
    copy, or for a damaged file a byte-for-byte copy). Close any open Desk on these paths
    before, and open a new one after (it upgrades an older backup)."""
    live = _database_file(paths)
    file = Path(file).expanduser().resolve()
    check_restorable(file)
    moment = now or datetime.now()
    replaced: Path | None = None
    try:
        if live.exists() and _is_healthy(live):
            replaced = _copy(live, paths, BEFORE_RESTORE, moment).path
            _copy_into(file, live)
        else:
            if live.exists():
                replaced = _keep_damaged(live, paths, moment)
            for suffix in ("", *WAL_SIDE_FILES):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
            live.parent.mkdir(parents=True, exist_ok=True)
            _copy_into(file, live)
        verify_database(live)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Terugzetten is mislukt: {_reason(exc)}") from exc
    rotate(paths)
    return RestoreResult(restored_from=file, replaced_copy=replaced)


def restore_on_desk(desk: Desk, file: Path) -> RestoreResult:
    """Restore while this program has the database open (the window's button): manager
    only; the pool is closed first, the restored database is brought to the current schema
    and the lists are read again. Whatever else holds the file sees the restored content
    (SQLite's backup API writes through its own locking)."""
    require_manager(desk, "Een back-up terugzetten")
    desk.db.dispose()
    result = restore(desk.paths, file, desk.clock())
    upgrade(desk.db, backup_dir=desk.paths.backup_dir)
    desk.lists_changed()
    return result
