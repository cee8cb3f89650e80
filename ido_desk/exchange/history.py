"""The coordinator's import history, and undoing an import.

An import can be undone as long as no later import of the same location is still in force
(undo those first): the visits it added go, the visits it replaced or deleted come back as
they were, in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from db.models import ImportRecord
from db.queries import exchange as q
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.errors import NotFound, ValidationError
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ImportInfo:
    id: int
    file_name: str
    location_code: str
    location_name: str
    imported_at: datetime
    period_start: datetime
    period_end: datetime  # exclusive
    new: int
    updated: int
    deleted: int
    unchanged: int
    undone_at: datetime | None


@dataclass(frozen=True)
class UndoResult:
    import_id: int
    removed: int  # visits the import had added
    restored: int  # visits put back as they were


def covered_until(period_end: datetime, created_at: datetime) -> datetime:
    """The end of what a file can hold: no later than when it was made (its date and
    hour). A branch that exported a running period (older versions wrote the period's full
    end) sent nothing of the days after that moment."""
    return min(period_end, created_at)


def shown_end(period_end: datetime, created_at: datetime) -> datetime:
    """The exclusive end a person reads: up to and including the day the file was made."""
    return min(period_end, datetime.combine(created_at.date() + timedelta(days=1), time()))


def import_history(desk: Desk, limit: int = 500) -> list[ImportInfo]:
    """The latest imports first; the period as far as the file can cover it."""
    with desk.db.session() as session:
        return [
            ImportInfo(
                id=record.id,
                file_name=record.file_name,
                location_code=code,
                location_name=name,
                imported_at=record.imported_at,
                period_start=record.period_start,
                period_end=shown_end(record.period_end, record.created_at),
                new=record.new,
                updated=record.updated,
                deleted=record.deleted,
                unchanged=record.unchanged,
                undone_at=record.undone_at,
            )
            for record, code, name in q.import_history(session, limit)
        ]


def undo_import(desk: Desk, import_id: int) -> UndoResult:
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Een import ongedaan maken"))
    with desk.db.session() as session:
        record = session.get(ImportRecord, import_id)
        if record is None or record.applying is not None:  # applying: not there yet
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "Import {import_id} bestaat niet.").format(
                    import_id=import_id
                )
            )
        if record.undone_at is not None:
            raise ValidationError(
                "import",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Import {import_id} is al ongedaan gemaakt op {undone_at:%d-%m-%Y %H:%M}.",
                ).format(import_id=import_id, undone_at=record.undone_at),
            )
        later = q.later_imports(session, record)
        if later:
            raise ValidationError(
                "import",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Na import {import_id} is van dezelfde locatie nog ingelezen (import "
                    "{later}). Maak die eerst ongedaan.",
                ).format(import_id=import_id, later=", ".join(map(str, later))),
            )
        removed = q.delete_added(session, import_id)
        before = [json.loads(text) for text in q.changed_before(session, import_id)]
        q.restore_visits(session, before)
        record.undone_at = desk.clock()
        write_audit(
            session,
            desk,
            "undo",
            "import",
            str(import_id),
            None,
            {"removed": removed, "restored": len(before)},
        )
    return UndoResult(import_id, removed, len(before))
