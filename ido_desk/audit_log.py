"""Reading the audit log: every edit and delete, who (the role, and the name given on the PC:
``who.py``) and when, before and after. Viewing and exporting it is the manager's (the
window's audit view and ``ido-desk audit``). The text search ignores case, on SQLite as on
PostgreSQL, and finds the name too.

Each entry comes with a short description (``audit_text.describe``: list labels instead of
ids), in Dutch or, read with ``english``, in English: the words are chosen when the log is
read, what is stored stays codes and ids. The stored JSON is kept as it is and goes into the
CSV as well, for a full record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select

from db.files import replacing
from db.models import AuditEntry
from ido_desk.audit_labels import ACTION_LABELS as ACTION_LABELS
from ido_desk.audit_labels import ENTITY_LABELS as ENTITY_LABELS
from ido_desk.audit_labels import ROLE_LABELS as ROLE_LABELS
from ido_desk.audit_labels import action_label, entity_label, role_label
from ido_desk.audit_text import describe
from ido_desk.csv_safe import CSV_ENCODING, csv_writer
from ido_desk.desk import Desk
from ido_desk.lists import Catalogue
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP, in_language

VIEW_ACTION = QT_TRANSLATE_NOOP("core", "Het auditlogboek bekijken")

CSV_HEADER = [
    QT_TRANSLATE_NOOP("audit", "Wie"),
    QT_TRANSLATE_NOOP("audit", "Wanneer"),
    QT_TRANSLATE_NOOP("audit", "Wat"),
    QT_TRANSLATE_NOOP("audit", "Omschrijving"),
    QT_TRANSLATE_NOOP("audit", "Soort"),
    QT_TRANSLATE_NOOP("audit", "Kenmerk"),
    QT_TRANSLATE_NOOP("audit", "Nr"),
    QT_TRANSLATE_NOOP("audit", "Naam"),
    QT_TRANSLATE_NOOP("audit", "Rol (code)"),
    QT_TRANSLATE_NOOP("audit", "Actie (code)"),
    QT_TRANSLATE_NOOP("audit", "Soort (code)"),
    QT_TRANSLATE_NOOP("audit", "Vóór (JSON)"),
    QT_TRANSLATE_NOOP("audit", "Na (JSON)"),
]


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    role: str
    name: str | None  # as given on the PC, when it was
    action: str
    entity: str
    entity_id: str
    before: str | None  # JSON, as stored
    after: str | None  # JSON, as stored
    description: str  # with list labels: "Bezoek 03-11-2026 10:15 verwijderd (DigiD)"
    english: bool = False  # the words (description, labels) in English

    @property
    def role_label(self) -> str:
        return role_label(self.role, self.english)

    @property
    def who(self) -> str:
        """ "Beheerder (Anna)", or "Beheerder" when no name was given."""
        return f"{self.role_label} ({self.name})" if self.name else self.role_label

    @property
    def action_label(self) -> str:
        return action_label(self.action, self.english)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity, self.english)


@dataclass(frozen=True)
class AuditFilter:
    """Every field narrows the log; None (or empty) lets everything through."""

    since: date | None = None  # from this day on
    until: date | None = None  # up to and including this day
    role: str | None = None
    action: str | None = None
    entity: str | None = None
    text: str | None = None  # found in the name, the id, before or after (any case)


def _filtered(query: Select[Any], where: AuditFilter | None) -> Select[Any]:
    if where is None:
        return query
    if where.since:
        query = query.where(AuditEntry.at >= datetime.combine(where.since, time()))
    if where.until:
        query = query.where(AuditEntry.at < datetime.combine(where.until + timedelta(1), time()))
    for column, value in (
        (AuditEntry.role, where.role),
        (AuditEntry.action, where.action),
        (AuditEntry.entity, where.entity),
    ):
        if value:
            query = query.where(column == value)
    if where.text:  # % and _ are letters here; ILIKE, or lower() LIKE lower() on SQLite
        searched = (AuditEntry.name, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
        found = [column.icontains(where.text, autoescape=True) for column in searched]
        query = query.where(or_(*found))
    return query


def _row(entry: AuditEntry, catalogue: Catalogue, english: bool) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        role=entry.role,
        name=entry.name,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        before=entry.before,
        after=entry.after,
        description=describe(
            catalogue,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.before,
            entry.after,
            english,
        ),
        english=english,
    )


def count_audit(desk: Desk, where: AuditFilter | None = None) -> int:
    require_manager(desk, VIEW_ACTION)
    with desk.db.session() as session:
        query = _filtered(select(func.count()).select_from(AuditEntry), where)
        return int(session.scalar(query) or 0)


def read_audit(
    desk: Desk,
    where: AuditFilter | None = None,
    offset: int = 0,
    limit: int = 200,
    *,
    english: bool = False,
) -> list[AuditRow]:
    """One page of the log, newest first (its words in English with ``english``)."""
    require_manager(desk, VIEW_ACTION)
    catalogue = desk.catalogue
    with desk.db.session() as session:
        query = _filtered(select(AuditEntry), where)
        query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        entries = session.scalars(query.offset(offset).limit(limit))
        return [_row(e, catalogue, english) for e in entries]


def export_audit(
    desk: Desk, out: Path, where: AuditFilter | None = None, *, english: bool = False
) -> int:
    """Write the (filtered) log to a CSV file, oldest first, complete or not at all; returns
    the number of entries written. First who, when, what and the description (in English,
    headings too, with ``english``); then the entry as stored (codes and the JSON)."""
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Het auditlogboek exporteren"))
    catalogue = desk.catalogue
    count = 0
    with (
        replacing(out) as partial,
        desk.db.session() as session,
        partial.open("w", newline="", encoding=CSV_ENCODING) as handle,
    ):
        writer = csv_writer(handle)
        writer.writerow([in_language(h, "en" if english else None) for h in CSV_HEADER])
        query = _filtered(select(AuditEntry), where).order_by(AuditEntry.at, AuditEntry.id)
        for entry in session.scalars(query.execution_options(yield_per=1000)):
            writer.writerow(_csv_row(_row(entry, catalogue, english)))
            count += 1
    return count


def _csv_row(row: AuditRow) -> list[object]:
    return [
        row.who,
        row.at.isoformat(sep=" ", timespec="seconds"),
        row.action_label,
        row.description,
        row.entity_label,
        row.entity_id,
        row.id,
        row.name or "",
        row.role,
        row.action,
        row.entity,
        row.before or "",
        row.after or "",
    ]
