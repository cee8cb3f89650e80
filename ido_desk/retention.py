"""Notes are personal text kept for the desk's own use: they are erased once the retention
period (default 30 days, changeable by the manager) has passed since the visit. Only the note
goes; the visit, its questions and so every report stay as they were.

Runs on the first start of each day (a chore of ``ido_desk.startup``), whenever the manager
changes the period, and from ``ido-desk retention``; a change of the period, its audit row and
the erasure are one transaction. On SQLite erased text is overwritten (``PRAGMA
secure_delete``); on PostgreSQL it is an UPDATE, and the old row versions stay on the server's
disk until VACUUM reclaims them (README). The same is done in the backup copies, so an old note
does not live on in a monthly backup; a backup is never written into, but rewritten as a new
file that is renamed over it (``backup.rewrite_backup``, ``db.pg_tools.rewrite_dump``), so a
crash cannot leave it half changed."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.engine import Database
from db.errors import StorageError
from db.models import Visit
from db.pg_tools import DUMP_SUFFIX, has_notes_before, rewrite_dump
from ido_desk.audit import write_audit
from ido_desk.backup import DAMAGED, list_backups, rewrite_backup
from ido_desk.config import Paths
from ido_desk.days_setting import DaysSetting
from ido_desk.desk import Desk
from ido_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

RETENTION_SETTING = "note_retention_days"
DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 365
RETENTION = DaysSetting(RETENTION_SETTING, "retention_days", DEFAULT_DAYS, MIN_DAYS, MAX_DAYS)


def retention_days(desk: Desk) -> int:
    return RETENTION.read(desk)


def set_retention_days(desk: Desk, days: int) -> int:
    """Change the retention period (manager only); notes past the new period go at once, in
    the same transaction as the new setting and its audit row: all of it, or none. Returns
    how many notes were erased from the database."""
    before = RETENTION.check(
        desk,
        days,
        QT_TRANSLATE_NOOP("core", "De bewaartermijn van notities wijzigen"),
        QT_TRANSLATE_NOOP(
            "core", "Bewaartermijn {days} dagen kan niet: kies {MIN_DAYS} tot {MAX_DAYS} dagen."
        ).format(days=days, MIN_DAYS=MIN_DAYS, MAX_DAYS=MAX_DAYS),
    )
    cutoff = desk.clock() - timedelta(days=days)
    with desk.db.session() as session:
        RETENTION.write(session, desk, before, days)
        erased = _erase_notes(session, desk, cutoff)
    erase_old_notes_in_backups(desk.paths, cutoff)
    return erased


def retention_cutoff(desk: Desk) -> datetime:
    """Notes of visits that started before this moment are erased."""
    return desk.clock() - timedelta(days=retention_days(desk))


def erase_old_notes(desk: Desk) -> int:
    """Erase the notes past the retention period, in the database and in its backups.
    Returns how many notes were erased from the database."""
    cutoff = retention_cutoff(desk)
    with desk.db.session() as session:
        erased = _erase_notes(session, desk, cutoff)
    erase_old_notes_in_backups(desk.paths, cutoff)
    return erased


def _erase_notes(session: Session, desk: Desk, cutoff: datetime) -> int:
    """Inside the caller's transaction: the notes of visits started before ``cutoff`` become
    NULL, and the audit log says how many. On SQLite the freed text is overwritten on the
    disk (``PRAGMA secure_delete``); on PostgreSQL it is an UPDATE whose old row versions stay
    on the disk until VACUUM reclaims them (the README says so)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))
    result = session.execute(
        update(Visit)
        .where(Visit.note.is_not(None), Visit.started_at < cutoff)
        .values(note=None)
        .execution_options(synchronize_session=False)
    )
    erased = int(getattr(result, "rowcount", 0) or 0)
    if erased:
        after = {"notities_gewist": erased, "gestart_voor": f"{cutoff:%Y-%m-%d %H:%M}"}
        write_audit(session, desk, "retention", "visit", "*", None, after, role="systeem")
    return erased


OLD_NOTES = "note IS NOT NULL AND started_at < ?"


def erase_old_notes_in_backups(paths: Paths, cutoff: datetime) -> int:
    """The same erasure in every backup copy that holds such notes; a copy that cannot be
    changed is logged (and tried again on the next day's start). A SQLite copy is rewritten
    as a new file; a pg_dump is restored into a scratch database, erased there and dumped
    again (db.pg_tools.rewrite_dump), only when it holds such a note."""
    erased = 0
    stamp = cutoff.strftime("%Y-%m-%d %H:%M:%S.%f")  # how SQLAlchemy stores a DateTime

    def erase(connection: sqlite3.Connection) -> int:
        sql = f"UPDATE visit SET note = NULL WHERE {OLD_NOTES}"
        return connection.execute(sql, (stamp,)).rowcount

    server: Database | None = None
    try:
        for backup in list_backups(paths):
            if backup.kind == DAMAGED:
                continue
            try:
                if backup.path.name.endswith(DUMP_SUFFIX):
                    if has_notes_before(backup.path, cutoff):
                        server = server or Database(paths.database_url)
                        erased += rewrite_dump(
                            server.engine, backup.path, ERASE_ON_SERVER, {"cutoff": cutoff}
                        )
                elif _has_old_notes(backup.path, stamp):
                    erased += rewrite_backup(backup.path, erase)
            except (StorageError, OSError, sqlite3.Error, SQLAlchemyError) as exc:
                log.warning("could not erase old notes in %s: %s", backup.path.name, exc)
    finally:
        if server is not None:
            server.dispose()
    return erased


ERASE_ON_SERVER = "UPDATE visit SET note = NULL WHERE note IS NOT NULL AND started_at < :cutoff"


def _has_old_notes(path: Path, stamp: str) -> bool:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return (
            connection.execute(
                f"SELECT 1 FROM visit WHERE {OLD_NOTES} LIMIT 1", (stamp,)
            ).fetchone()
            is not None
        )
    finally:
        connection.close()
