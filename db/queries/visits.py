"""Queries over visits and their questions for the day list, the edit form and the counters.

Core statements over ``db.tables`` (no ORM): the front desk's form and its day list are the
window's first tab, read before the window is ready for input. They run in a Core connection
or in an ORM session alike."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import ColumnElement, Connection, Row, Select, exists, func, or_, select

from db.queries.visible import visible
from db.tables import location, question, visit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Unit: TypeAlias = "Connection | Session"

VISIT_COLUMNS = (  # what a line of the day list and the edit form both show
    visit.c.id,
    visit.c.started_at,
    visit.c.duration_min,
    visit.c.channel_id,
    visit.c.entry,
    visit.c.revision,
)
QUESTION_COLUMNS = (
    question.c.visit_id,
    question.c.position,
    question.c.domain_id,
    question.c.topic_id,
    question.c.subtopic_id,
    question.c.organisation_id,
    question.c.help_id,
    question.c.referral_id,
)


def own(location_id: ColumnElement[Any]) -> ColumnElement[bool]:
    """True for a visit of this installation's own location (for every visit while none is
    set, as the national form counts them): a visit imported from another branch (on the
    shared hub, or a coordinator's own file) is not the front desk's to list or change.
    ``location_id`` is the statement's own ``visit.location_id`` column (Core or ORM)."""
    own_ids = select(location.c.id).where(location.c.is_own.is_(True))
    return or_(location_id.in_(own_ids), ~exists(own_ids))


When = Any  # a datetime, or a bindparam standing for one (the stored text of db.first_read_sql)


def live(start: When, end: When) -> list[ColumnElement[bool]]:
    """Conditions for the own location's visits (not deleted) that started in [start, end)."""
    return [
        visit.c.deleted_at.is_(None),
        visit.c.started_at >= start,
        visit.c.started_at < end,
        visible(visit.c.import_id),
        own(visit.c.location_id),
    ]


def count_visits(unit: Unit, start: datetime, end: datetime) -> tuple[int, int]:
    """(visits, questions) that started in [start, end)."""
    visits = unit.scalar(visit_count(start, end))
    questions = unit.scalar(question_count(start, end))
    return int(visits or 0), int(questions or 0)


def visit_count(start: When, end: When) -> Select:
    return select(func.count()).select_from(visit).where(*live(start, end))


def question_count(start: When, end: When) -> Select:
    return (
        select(func.count(question.c.id))
        .select_from(question.join(visit, question.c.visit_id == visit.c.id))
        .where(*live(start, end))
    )


def visit_page(
    unit: Unit, start: datetime, end: datetime, offset: int, limit: int
) -> Sequence[Row]:
    """One page of visits, newest first."""
    return unit.execute(page_of_visits(start, end, offset, limit)).all()


def page_of_visits(start: When, end: When, offset: Any, limit: Any) -> Select:
    return (
        select(*VISIT_COLUMNS, visit.c.location_id)
        .where(*live(start, end))
        .order_by(visit.c.started_at.desc(), visit.c.id.desc())
        .offset(offset)
        .limit(limit)
    )


def questions_of_page(start: When, end: When, offset: Any, limit: Any) -> Select:
    """The questions of the visits of one page (``page_of_visits``), in ``questions_of``'s
    order: the window's first read gets them in the same read as the page."""
    page = page_of_visits(start, end, offset, limit).subquery()
    return (
        select(*QUESTION_COLUMNS)
        .where(question.c.visit_id.in_(select(page.c.id)))
        .order_by(question.c.visit_id, question.c.position)
    )


def questions_of(unit: Unit, visit_ids: Sequence[str]) -> Sequence[Row]:
    """The questions of these visits, in order."""
    if not visit_ids:
        return []
    return unit.execute(
        select(*QUESTION_COLUMNS)
        .where(question.c.visit_id.in_(visit_ids))
        .order_by(question.c.visit_id, question.c.position)
    ).all()


def one_visit(unit: Unit, visit_id: str) -> Row | None:
    """A visit of the own location that is not deleted, with what its edit form shows."""
    return unit.execute(
        select(*VISIT_COLUMNS, visit.c.note, visit.c.created_at).where(
            visit.c.id == visit_id, visit.c.deleted_at.is_(None), own(visit.c.location_id)
        )
    ).first()


def last_visit_id(unit: Unit) -> str | None:
    """The id of the own location's most recently logged visit (ids are time-ordered)."""
    return unit.scalar(
        select(visit.c.id)
        .where(visit.c.deleted_at.is_(None), visible(visit.c.import_id), own(visit.c.location_id))
        .order_by(visit.c.id.desc())
        .limit(1)
    )
