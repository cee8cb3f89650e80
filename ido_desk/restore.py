"""Putting a backup back, so that nothing is lost.

- ``plan_restore`` says what a restore would do: whether the database can still be read, and
  how many of its visits are not in the backup (they leave the live database). The CLI and the
  window ask with that number before ``restore``.
- A readable database is restored under its own write lock (``BEGIN IMMEDIATE``): its safety
  copy is taken and the backup's tables replace its own in one SQLite transaction, so no visit
  can be logged in between, readers never see half, and a crash leaves the one or the other.
  When more visits would be lost than the user agreed to, nothing is restored.
- A database that cannot be opened (damaged, half upgraded, empty, gone) is kept byte for byte
  and replaced by writing a new file beside it and renaming it over it: at every moment there
  is either the old file or the restored one, never an empty one.
- What a restore replaced is kept in the backup folder until the user removes it.
- A PostgreSQL database is restored from a pg_dump by ``ido_desk.restore_server``."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.engine import BUSY_TIMEOUT_MS
from db.errors import CorruptDatabase, DatabaseTooNew, StorageError, UserError
from db.files import replacing, sync_file
from db.migrate import (
    BACKUP_SUFFIX,
    backup_target,
    create_private_file,
    known_revisions,
    upgrade,
    verify_database,
)
from ido_desk.backup import (
    BEFORE_RESTORE,
    DAMAGED,
    WAL_SIDE_FILES,
    BackupError,
    copy_to_backup,
    database_file_of,
    rotate,
    verify_backup,
)
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.errors import NotFound, describe
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count
from ido_desk.who import clean_name


@dataclass(frozen=True)
class RestorePlan:
    """What a restore of ``file`` would do, to ask the user before it goes ahead."""

    file: Path
    live_usable: bool  # False: the database is damaged, empty or gone, and is replaced whole
    lost_visits: int | None  # visits of the database that are not in the backup (None: unknown)

    def consequence(self) -> str:
        """What a restore does, in Dutch: told before it goes ahead (and asked about unless
        the user answered already)."""
        if not self.live_usable:
            return QT_TRANSLATE_NOOP(
                "core",
                "De huidige gegevens kunnen niet worden gelezen; ze worden bewaard zoals "
                "ze zijn en vervangen door {name}.",
            ).format(name=self.file.name)
        if not self.lost_visits:
            return QT_TRANSLATE_NOOP("core", "Alle registraties staan ook in {name}.").format(
                name=self.file.name
            )
        return QT_TRANSLATE_NOOP(
            "core",
            "{lost_visits} registratie(s) in de huidige gegevens staan niet in "
            "{name} en verdwijnen (de huidige gegevens worden eerst bewaard in de "
            "back-upmap).",
        ).format(lost_visits=Count(self.lost_visits), name=self.file.name)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    replaced_copy: Path | None  # the database as it was before; None when there was none
    lost_visits: int | None = None  # visits of the replaced database not in the backup
    gained_visits: int | None = None  # visits of the backup the replaced database did not have


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
    refuse_unreadable(file)
    refuse_unknown_schema(file, _schema_revision(file))


def refuse_unreadable(file: Path) -> None:
    """NotFound or BackupError unless the backup (a SQLite copy or a dump) can be read."""
    if not file.is_file():
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "Het back-upbestand {file} bestaat niet.").format(file=file)
        )
    try:
        verify_backup(file)
    except CorruptDatabase as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "core", "Deze back-up kan niet worden teruggezet: {exc.message}"
            ).format(exc=exc)
        ) from exc


def refuse_unknown_schema(file: Path, revision: str | None) -> None:
    """Refuse a backup without IDO Desk's schema, or with one of a newer version."""
    if revision is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "core", "{file.name} is geen back-up van IDO Desk; er is niets teruggezet."
            ).format(file=file)
        )
    if revision not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "core",
                "{file.name} is gemaakt met een nieuwere versie van IDO Desk (schema {revision}). "
                "Installeer de nieuwste versie; er is niets teruggezet.",
            ).format(file=file, revision=revision)
        )


def _usable(live: Path) -> bool:
    """The live database can be read whole (it may still fail to upgrade: no matter)."""
    if not live.exists() or live.stat().st_size == 0:
        return False
    try:
        verify_database(live)
        return _schema_revision(live) is not None
    except (StorageError, sqlite3.Error, OSError):
        return False


# visits, not tombstones: a deleted visit is gone already, and one deleted since the backup
# comes back with it
LOST_VISITS = (
    "SELECT count(*) FROM main.visit WHERE deleted_at IS NULL"
    " AND id NOT IN (SELECT id FROM backup.visit WHERE deleted_at IS NULL)"
)
GAINED_VISITS = (
    "SELECT count(*) FROM backup.visit WHERE deleted_at IS NULL"
    " AND id NOT IN (SELECT id FROM main.visit WHERE deleted_at IS NULL)"
)


def _attached(live: Path, file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        live.resolve().as_uri(), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
    )
    connection.execute("ATTACH DATABASE ? AS backup", (f"{file.resolve().as_uri()}?mode=ro",))
    return connection


def plan_restore(paths: Paths, file: Path) -> RestorePlan:
    """Check the backup and count what a restore of it would take from the live database."""
    if paths.database_file is None:  # a database on a server: pg_restore
        from ido_desk.restore_server import plan_server_restore

        return plan_server_restore(paths, file)
    live = database_file_of(paths)
    file = Path(file).expanduser().resolve()
    check_restorable(file)
    if not _usable(live):
        return RestorePlan(file=file, live_usable=False, lost_visits=None)
    connection = _attached(live, file)
    try:
        lost = int(connection.execute(LOST_VISITS).fetchone()[0])
    finally:
        connection.close()
    return RestorePlan(file=file, live_usable=True, lost_visits=lost)


def restore(
    paths: Paths, file: Path, now: datetime | None = None, *, accept_lost: int | None = None
) -> RestoreResult:
    """Put a backup back as the database; what it replaces is kept first. ``accept_lost``:
    the number of lost visits the user agreed to (from ``plan_restore``); when more would be
    lost by now, nothing is restored. Close any open Desk on these paths before, and open a
    new one after (it upgrades an older backup)."""
    moment = now or datetime.now()
    if paths.database_file is None:  # a database on a server: pg_restore
        from ido_desk.restore_server import restore_server

        result = restore_server(paths, file, moment, accept_lost)
        rotate(paths)
        return result
    live = database_file_of(paths)
    file = Path(file).expanduser().resolve()
    check_restorable(file)
    try:
        if _usable(live):
            result = _restore_under_lock(paths, live, file, moment, accept_lost)
        else:
            result = _replace_whole(paths, live, file, moment)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "core", "Terugzetten is mislukt, er is niets veranderd: {message}"
            ).format(message=describe(exc).message)
        ) from exc
    rotate(paths)
    return result


def _restore_under_lock(
    paths: Paths, live: Path, file: Path, now: datetime, accept_lost: int | None
) -> RestoreResult:
    connection = _attached(live, file)
    try:
        connection.execute("PRAGMA secure_delete = ON")  # notes gone with the tables stay gone
        connection.execute("BEGIN IMMEDIATE")  # no writer until the restore is committed
        try:
            lost = int(connection.execute(LOST_VISITS).fetchone()[0])
            if accept_lost is not None and lost > accept_lost:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Intussen is er geregistreerd: {lost} registratie(s) staan niet in de "
                        "back-up, "
                        "niet {accept_lost}. Er is niets teruggezet; probeer het opnieuw.",
                    ).format(lost=Count(lost), accept_lost=Count(accept_lost))
                )
            gained = int(connection.execute(GAINED_VISITS).fetchone()[0])
            # a reader beside our lock: it sees the database as it is now, and nobody writes
            replaced = copy_to_backup(live, paths, BEFORE_RESTORE, now).path
            _replace_tables(connection)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("DETACH DATABASE backup")
    finally:
        connection.close()
    return RestoreResult(file, replaced, lost_visits=lost, gained_visits=gained)


def _replace_tables(connection: sqlite3.Connection) -> None:
    """Inside the open transaction: drop every object of the database and create and fill
    them from the attached backup, in the backup's own schema."""
    own = connection.execute(
        "SELECT type, name FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND type IN ('table', 'view', 'trigger')"
    ).fetchall()
    for kind, name in sorted(own, key=lambda row: row[0] == "table"):  # tables last
        connection.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    objects = connection.execute(
        "SELECT type, name, sql FROM backup.sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY type != 'table', rowid"
    ).fetchall()
    for kind, name, sql in objects:
        connection.execute(sql)
        if kind == "table":
            connection.execute(f'INSERT INTO main."{name}" SELECT * FROM backup."{name}"')
    sequence = "SELECT 1 FROM {0}.sqlite_master WHERE name = 'sqlite_sequence'"
    if connection.execute(sequence.format("main")).fetchone():  # AUTOINCREMENT counters
        connection.execute("DELETE FROM main.sqlite_sequence")
        if connection.execute(sequence.format("backup")).fetchone():
            connection.execute(
                "INSERT INTO main.sqlite_sequence SELECT * FROM backup.sqlite_sequence"
            )
    version = connection.execute("PRAGMA backup.user_version").fetchone()[0]
    connection.execute(f"PRAGMA main.user_version = {int(version)}")


def _replace_whole(paths: Paths, live: Path, file: Path, now: datetime) -> RestoreResult:
    """For a database that cannot be read: keep it as it is, then rename a restored copy
    over it (db.files.replacing; the -wal and -shm of the old file go first: they belong
    to it)."""
    replaced = None
    if live.exists() and live.stat().st_size > 0:
        replaced = _keep_damaged(live, paths, now)
    live.parent.mkdir(parents=True, exist_ok=True)
    with replacing(live, mode=0o600) as partial:
        src = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
            finally:
                dst.close()
        finally:
            src.close()
        verify_database(partial)
        for suffix in WAL_SIDE_FILES:
            Path(f"{live}{suffix}").unlink(missing_ok=True)
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return RestoreResult(restored_from=file, replaced_copy=replaced, lost_visits=None)


def _keep_damaged(live: Path, paths: Paths, now: datetime) -> Path:
    """Copy a damaged database file as it is (with its -wal and -shm), byte for byte."""
    target = backup_target(paths.backup_dir, DAMAGED, now, BACKUP_SUFFIX)
    for suffix in ("", *WAL_SIDE_FILES):
        side = Path(f"{live}{suffix}")
        if side.exists():
            create_private_file(Path(f"{target}{suffix}"))
            shutil.copyfile(side, f"{target}{suffix}")
            sync_file(Path(f"{target}{suffix}"))
    return target


def restore_on_desk(desk: Desk, file: Path, *, accept_lost: int | None = None) -> RestoreResult:
    """Restore while this program has the database open (the window's button): manager
    only; the pool is closed first, the restored database is brought to the current schema
    and the lists are read again."""
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Een back-up terugzetten"))
    desk.db.dispose()
    result = restore(desk.paths, file, desk.clock(), accept_lost=accept_lost)
    upgrade(desk.db, backup_dir=desk.paths.backup_dir)
    desk.lists_changed()
    record_restore(desk, result)
    return result


def restore_closed(
    paths: Paths,
    file: Path,
    *,
    accept_lost: int | None = None,
    name: str | None = None,
    sign_in: Callable[[Desk], object] | None = None,
) -> RestoreResult:
    """Restore a database this program does not have open (``ido-desk restore``, the window's
    damaged-database dialog), then write the restore's audit line in the restored database
    (opening it brings it to the program's schema): by ``name`` when given (else this PC's),
    signed in by ``sign_in`` when it can be (the restored database's PIN may be another: the
    line is written all the same)."""
    result = restore(paths, file, accept_lost=accept_lost)
    desk = open_desk(paths)
    try:
        if name is not None:
            desk.name = clean_name(name)
        if sign_in is not None:
            with suppress(UserError):
                sign_in(desk)
        record_restore(desk, result)
    finally:
        desk.close()
    return result


def record_restore(desk: Desk, result: RestoreResult) -> None:
    """The audit line of a restore, in the restored database (open ``desk`` on it): who, which
    backup, how many visits the database lost and gained by it."""
    from ido_desk.audit import write_audit

    before = {"registraties_verdwenen": result.lost_visits}
    after = {"back-up": result.restored_from.name, "registraties_erbij": result.gained_visits}
    with desk.db.session() as session:
        write_audit(session, desk, "restore", "database", result.restored_from.name, before, after)
