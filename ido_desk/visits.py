"""Logging a visit and fixing it: the services behind the front-desk form and ``ido-desk log``.

Journey: form -> ``record_visit`` (validate, privacy screen: ``ido_desk.visit_rules``) -> one
Core transaction -> the row is in the day list (``ido_desk.visit_reading``). Saving imports no
ORM, so that ``ido-desk log`` starts fast; the changes (undo, edit, delete) load the ORM models
when they run. Edits raise the revision and are audited; a delete leaves a tombstone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from db import tables
from db.queries.visits import own
from ido_desk.desk import Desk
from ido_desk.drafts import Entry, VisitDraft
from ido_desk.errors import ImportedVisit, NotFound, ValidationError
from ido_desk.ids import new_visit_id
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_rules import (
    BATCH_UNDO_WINDOW,
    MAX_BATCH,
    MAX_DURATION_MIN,
    UNDO_WINDOW,
    channel_id,
    own_location_id,
    question_rows,
    validate,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.models import Visit

__all__ = [
    "MAX_BATCH",
    "MAX_DURATION_MIN",
    "delete_visit",
    "record_batch",
    "record_visit",
    "undo_batch",
    "undo_visit",
    "update_visit",
]


# -- saving (Core) ---------------------------------------------------------------------


def record_visit(desk: Desk, draft: VisitDraft) -> str:
    """Log one visit in one transaction; returns its id.

    Raises ValidationError (with the field) or privacy.PrivacyError; then nothing is stored."""
    resolved, started, entry = validate(desk, draft)
    note = _screened(draft.note)
    now = desk.clock()
    visit_id = new_visit_id()
    questions = question_rows(visit_id, resolved)
    stored = lambda connection: _exists(connection, visit_id)  # noqa: E731
    with desk.db.connection(stored_after_error=stored) as connection:
        connection.execute(
            insert(tables.visit),
            [
                {
                    "id": visit_id,
                    "location_id": own_location_id(connection),
                    "started_at": started,
                    "duration_min": draft.duration_min,
                    "channel_id": channel_id(desk, draft.channel),
                    "entry": entry.value,
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                    "revision": 1,
                    "saved_by": desk.name,
                    "question_count": len(questions),
                }
            ],
        )
        connection.execute(insert(tables.question), questions)
    return visit_id


def record_batch(
    desk: Desk, count: int, day: date, draft: VisitDraft, at: time = time(12)
) -> list[str]:
    """Log ``count`` identical visits from a paper tally sheet ("12 x DigiD activeren on
    3 November"), all marked as batch-entered, in one transaction."""
    if not 1 <= count <= MAX_BATCH:
        raise ValidationError(
            "count",
            QT_TRANSLATE_NOOP("core", "Aantal {count} kan niet: kies 1 tot {MAX_BATCH}.").format(
                count=count, MAX_BATCH=MAX_BATCH
            ),
        )
    if draft.note:
        raise ValidationError(
            "note", QT_TRANSLATE_NOOP("core", "Een turflijst heeft geen notities.")
        )
    single = replace(draft, started_at=datetime.combine(day, at), entry=Entry.BATCH)
    resolved, started, _entry = validate(desk, single)
    now = desk.clock()
    ids = [new_visit_id() for _ in range(count)]
    channel = channel_id(desk, draft.channel)
    with desk.db.connection() as connection:
        location_id = own_location_id(connection)
        connection.execute(
            insert(tables.visit),
            [
                {
                    "id": visit_id,
                    "location_id": location_id,
                    "started_at": started,
                    "duration_min": draft.duration_min,
                    "channel_id": channel,
                    "entry": Entry.BATCH.value,
                    "note": None,
                    "created_at": now,
                    "updated_at": now,
                    "revision": 1,
                    "saved_by": desk.name,
                    "question_count": len(resolved),
                }
                for visit_id in ids
            ],
        )
        connection.execute(
            insert(tables.question), [row for v in ids for row in question_rows(v, resolved)]
        )
    return ids


# -- changes (the ORM, loaded when they run) -------------------------------------------


def undo_visit(desk: Desk, visit_id: str) -> None:
    """Take back a visit saved moments ago, as if it had never been logged."""
    from ido_desk.audit import write_audit

    with desk.db.session() as session:
        visit = _own_visit(session, visit_id)
        if desk.clock() - visit.created_at > UNDO_WINDOW or visit.revision != 1:
            raise ValidationError(
                "undo",
                QT_TRANSLATE_NOOP(
                    "core", "Ongedaan maken kan alleen vlak na het opslaan; verwijder het bezoek."
                ),
            )
        before = _snapshot(visit)
        session.delete(visit)  # its questions go with it
        write_audit(session, desk, "undo", "visit", visit_id, before, None)


def undo_batch(desk: Desk, visit_ids: Sequence[str]) -> int:
    """Take back a tally sheet saved minutes ago (``record_batch``'s ids, up to MAX_BATCH) as
    one action in one transaction, audited as one row; returns how many visits went."""
    ids = list(dict.fromkeys(visit_ids))
    if not 1 <= len(ids) <= MAX_BATCH:
        raise ValidationError(
            "undo",
            QT_TRANSLATE_NOOP("core", "Een turflijst heeft 1 tot {MAX_BATCH} bezoeken.").format(
                MAX_BATCH=MAX_BATCH
            ),
        )
    from db.models import Question, Visit
    from ido_desk.audit import write_audit

    with desk.db.session() as session:
        visits = session.scalars(select(Visit).where(Visit.id.in_(ids))).all()
        if len(visits) != len(ids) or any(v.deleted_at is not None for v in visits):
            raise NotFound(
                QT_TRANSLATE_NOOP("core", "Deze turflijst bestaat niet (meer) helemaal.")
            )
        if any(v.entry != Entry.BATCH.value or v.revision != 1 for v in visits):
            raise ValidationError(
                "undo",
                QT_TRANSLATE_NOOP(
                    "core", "Een bezoek van deze turflijst is al gewijzigd; verwijder het apart."
                ),
            )
        if desk.clock() - min(v.created_at for v in visits) > BATCH_UNDO_WINDOW:
            raise ValidationError(
                "undo",
                QT_TRANSLATE_NOOP(
                    "core", "Ongedaan maken kan alleen vlak na het opslaan; verwijder de bezoeken."
                ),
            )
        before = {**_snapshot(visits[0]), "count": len(ids), "ids": ids}
        session.execute(delete(Question).where(Question.visit_id.in_(ids)))
        session.execute(delete(Visit).where(Visit.id.in_(ids)))
        write_audit(session, desk, "undo-batch", "visit", ids[0], before, None)
    return len(ids)


def update_visit(desk: Desk, visit_id: str, draft: VisitDraft) -> bool:
    """Change a visit: its questions are replaced, the revision goes up, the audit log keeps
    the visit as it was and as it is now. A draft without a start time keeps the visit's.
    False, with nothing written, when the draft is the visit as it is."""
    note = _screened(draft.note)
    from db.models import Question
    from ido_desk.audit import write_audit
    from ido_desk.roles import require_can_change_visit

    with desk.db.session() as session:
        visit = _own_visit(session, visit_id)
        resolved, started, _entry = validate(
            desk, replace(draft, started_at=draft.started_at or visit.started_at)
        )
        channel = channel_id(desk, draft.channel or _code_of_channel(desk, visit))
        before = _snapshot(visit)
        asked = [{k: getattr(r, k) for k in QUESTION_FIELDS} for r in resolved]
        if (started, draft.duration_min, channel, note, asked) == (
            visit.started_at,
            visit.duration_min,
            visit.channel_id,
            visit.note,
            before["questions"],
        ):
            return False  # nothing to change: no new revision, no audit line, no PIN
        require_can_change_visit(desk, visit.started_at, visit.created_at, session)
        if started != visit.started_at and visit.entry == Entry.LIVE.value:
            visit.entry = Entry.BACKDATED.value  # moved in time after the fact
        visit.started_at = started
        visit.duration_min = draft.duration_min
        visit.channel_id = channel
        visit.note = note
        visit.revision += 1
        visit.updated_at = desk.clock()
        visit.question_count = len(resolved)
        session.execute(delete(Question).where(Question.visit_id == visit_id))
        session.execute(insert(Question), question_rows(visit_id, resolved))
        session.flush()
        session.expire(visit, ["questions"])
        write_audit(session, desk, "edit", "visit", visit_id, before, _snapshot(visit))
    return True


def delete_visit(desk: Desk, visit_id: str) -> None:
    """Delete a visit: a tombstone stays (so exports can pass the delete on), the note goes."""
    from ido_desk.audit import write_audit
    from ido_desk.roles import require_can_change_visit

    with desk.db.session() as session:
        visit = _own_visit(session, visit_id)
        require_can_change_visit(desk, visit.started_at, visit.created_at, session)
        before = _snapshot(visit)
        visit.deleted_at = desk.clock()
        visit.note = None
        visit.revision += 1
        visit.updated_at = visit.deleted_at
        write_audit(session, desk, "delete", "visit", visit_id, before, None)


def _own_visit(session: Session, visit_id: str) -> Visit:
    """The visit to change: it is there and of the own location (an imported visit is its
    own location's to change, ImportedVisit)."""
    from db.models import Visit

    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("core", "Deze registratie bestaat niet (meer)."))
    if not session.scalar(
        select(own(tables.visit.c.location_id)).where(tables.visit.c.id == visit_id)
    ):
        raise ImportedVisit(visit_id[-8:])
    return visit


def _screened(note: str | None) -> str | None:
    """The note as ``privacy.check_note`` passes it; its patterns are compiled only when there
    is a note (most visits have none, and compiling them costs ``ido-desk log`` a tenth)."""
    if note is None:
        return None
    from ido_desk.privacy.screen import check_note

    return check_note(note)


def _exists(connection: Any, visit_id: str) -> bool:
    found = connection.scalar(select(tables.visit.c.id).where(tables.visit.c.id == visit_id))
    return found is not None


def _code_of_channel(desk: Desk, visit: Visit) -> str:
    return desk.catalogue.channels.by_id(visit.channel_id).code


QUESTION_FIELDS = ("topic_id", "subtopic_id", "organisation_id", "help_id", "referral_id")


def _snapshot(visit: Visit) -> dict[str, Any]:
    """The visit as the audit log keeps it (the note is left out: it is personal text)."""
    return {
        "started_at": visit.started_at.isoformat(sep=" ", timespec="minutes"),
        "duration_min": visit.duration_min,
        "channel_id": visit.channel_id,
        "entry": visit.entry,
        "revision": visit.revision,
        "questions": [
            {k: getattr(question, k) for k in QUESTION_FIELDS} for question in visit.questions
        ],
    }
