"""Finding a visit by what a person types or means: the short id a list prints, or "the visit
just saved" that Ctrl+Z and ``ido-desk undo`` take back."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from db.models import AuditEntry, Location, Visit
from db.queries.visible import visible
from db.queries.visits import own
from ido_desk.desk import Desk
from ido_desk.errors import ImportedVisit, NotFound, ValidationError
from ido_desk.translatable import QT_TRANSLATE_NOOP

SHORT_ID_LENGTH = 8  # the end of the id: its random bits tell visits apart, even of one second
_ID_TEXT = re.compile(r"[0-9a-f-]{6,36}")


def short_id(visit_id: str) -> str:
    """The short form of an id that lists print; ``find_visit_id`` takes it back."""
    return visit_id[-SHORT_ID_LENGTH:]


def find_visit_id(desk: Desk, text: str) -> str:
    """The id of the (not deleted) visit ``text`` names: its whole id or the end of it, as
    ``short_id`` gives it. NotFound when none has it, ValidationError when several do."""
    wanted = text.strip().lower()
    if not _ID_TEXT.fullmatch(wanted):
        raise ValidationError(
            "visit",
            QT_TRANSLATE_NOOP("core", "'{text}' is geen id van een bezoek.").format(text=text),
        )
    with desk.db.session() as session:
        found = session.execute(
            select(Visit.id, own(Visit.location_id.expression))
            .where(
                Visit.id.endswith(wanted, autoescape=True),
                Visit.deleted_at.is_(None),
                visible(Visit.import_id),
            )
            .limit(2)
        ).all()
    if not found:
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "Er is geen bezoek met id '{text}'.").format(text=text)
        )
    if len(found) > 1:
        raise ValidationError(
            "visit",
            QT_TRANSLATE_NOOP(
                "core", "Het id '{text}' past bij meer dan één bezoek: geef het hele id."
            ).format(text=text),
        )
    visit_id, is_own = found[0]
    if not is_own:
        raise ImportedVisit(text)
    return str(visit_id)


def last_saved_visit_id(desk: Desk) -> str | None:
    """The visit saved last here by whoever works at this desk (its name, ``who.py``: on a
    shared database another coordinator's visit is not ours), unless our own undo came after
    it: what "Ongedaan maken" takes back (``visits.undo_visit`` then holds it to the window's
    limits)."""
    with desk.db.session() as session:
        newest = session.scalar(
            select(Visit.id)
            .join(Location, Location.id == Visit.location_id)
            .where(Location.is_own.is_(True), Visit.saved_by.is_not_distinct_from(desk.name))
            .order_by(Visit.id.desc())
            .limit(1)
        )
        undone = session.scalar(
            select(func.max(AuditEntry.entity_id)).where(
                AuditEntry.action == "undo",
                AuditEntry.entity == "visit",
                AuditEntry.name.is_not_distinct_from(desk.name),
            )
        )
    if newest is None or (undone is not None and undone > newest):
        return None
    return newest
