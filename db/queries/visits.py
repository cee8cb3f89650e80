"""Queries over visits and their questions for the day list, the edit form and the counters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from db.models import Question, Visit
from db.queries.visible import visible


def live(start: datetime, end: datetime) -> list:
    """Conditions for the visits (not deleted) that started in [start, end)."""
    return [
        Visit.deleted_at.is_(None),
        Visit.started_at >= start,
        Visit.started_at < end,
        visible(),
    ]


def count_visits(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(visits, questions) that started in [start, end)."""
    visits = session.scalar(select(func.count()).select_from(Visit).where(*live(start, end)))
    questions = session.scalar(select(func.count(Question.id)).join(Visit).where(*live(start, end)))
    return int(visits or 0), int(questions or 0)


def visit_page(
    session: Session, start: datetime, end: datetime, offset: int, limit: int
) -> Sequence[Row]:
    """One page of visits, newest first."""
    return session.execute(
        select(
            Visit.id,
            Visit.started_at,
            Visit.duration_min,
            Visit.channel_id,
            Visit.entry,
            Visit.revision,
            Visit.location_id,
        )
        .where(*live(start, end))
        .order_by(Visit.started_at.desc(), Visit.id.desc())
        .offset(offset)
        .limit(limit)
    ).all()


def questions_of(session: Session, visit_ids: Sequence[str]) -> Sequence[Row]:
    """The questions of these visits, in order."""
    if not visit_ids:
        return []
    return session.execute(
        select(
            Question.visit_id,
            Question.position,
            Question.domain_id,
            Question.topic_id,
            Question.subtopic_id,
            Question.organisation_id,
            Question.help_id,
            Question.referral_id,
        )
        .where(Question.visit_id.in_(visit_ids))
        .order_by(Question.visit_id, Question.position)
    ).all()
