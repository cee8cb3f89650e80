"""Reading visits back: a day's list with its counts, and one visit as a draft for the edit
form and "Zelfde als vorige". Core connections only: the Registreren tab reads them as the
window starts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import NotFound
from ido_desk.labels import help_path, topic_path
from ido_desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the queries load SQLAlchemy: imported where they run (the window builds
    # today's list from its first read before, ``ido_desk.first_read``)
    from collections.abc import Sequence

    from sqlalchemy import Connection

    from ido_desk.desk import Desk
    from ido_desk.lists import Catalogue


@dataclass(frozen=True)
class VisitSummary:
    """One line of the day list."""

    id: str
    started_at: datetime
    channel: str
    topics: str  # "DigiD > Activeren; Toeslagen > Huurtoeslag"
    help: str
    duration_min: int | None
    entry: Entry
    question_count: int


@dataclass(frozen=True)
class VisitDetail:
    id: str
    draft: VisitDraft
    entry: Entry
    revision: int
    created_at: datetime


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time())
    return start, start + timedelta(days=1)


def day_totals(desk: Desk, day: date) -> tuple[int, int]:
    """(visits, questions) on a day."""
    from db.queries import visits as q

    with desk.db.connection() as connection:
        return q.count_visits(connection, *day_bounds(day))


@dataclass(frozen=True)
class DayPage:
    """The first visits of a day with the day's counts, read in one transaction."""

    visits: list[VisitSummary]
    visit_count: int
    question_count: int


def day_page(desk: Desk, day: date, limit: int = 200, *, english: bool = False) -> DayPage:
    """What a day list shows after a save: its first page and its counts, in one read (the
    lists' English names with ``english``)."""
    from db.queries import visits as q

    with desk.db.connection() as connection:
        summaries = _summaries(desk, connection, day, 0, limit, english)
        visits, questions = q.count_visits(connection, *day_bounds(day))
    return DayPage(summaries, visits, questions)


def list_visits(
    desk: Desk, day: date, offset: int = 0, limit: int = 200, *, english: bool = False
) -> list[VisitSummary]:
    """The visits of a day, newest first, one page at a time."""
    with desk.db.connection() as connection:
        return _summaries(desk, connection, day, offset, limit, english)


def _summaries(
    desk: Desk, connection: Connection, day: date, offset: int, limit: int, english: bool
) -> list[VisitSummary]:
    from db.queries import visits as q

    visits = q.visit_page(connection, *day_bounds(day), offset, limit)
    questions = q.questions_of(connection, [v.id for v in visits])
    return summaries_of(desk.catalogue, visits, questions, english)


def summaries_of(
    cat: Catalogue, visits: Sequence[Any], questions: Sequence[Any], english: bool
) -> list[VisitSummary]:
    """The day list's lines from rows of visits (``db.queries.visits.VISIT_COLUMNS``) and of
    their questions (``QUESTION_COLUMNS``), from SQLAlchemy or from the window's first read."""
    by_visit: dict[str, list[Any]] = defaultdict(list)
    for question in questions:
        by_visit[question.visit_id].append(question)
    summaries = []
    for v in visits:
        qs = by_visit[v.id]
        topics = []
        helps = []
        for question in qs:
            sub = question.subtopic_id
            topics.append(
                topic_path(
                    cat.topics.by_id(question.topic_id).label_in(english),
                    cat.topics.by_id(sub).label_in(english) if sub is not None else None,
                )
            )
            if question.help_id is not None:
                ref = question.referral_id
                helps.append(
                    help_path(
                        cat.help_kinds.by_id(question.help_id).label_in(english),
                        cat.referrals.by_id(ref).label_in(english) if ref is not None else None,
                    )
                )
        summaries.append(
            VisitSummary(
                id=v.id,
                started_at=v.started_at,
                channel=cat.channels.by_id(v.channel_id).label_in(english),
                topics="; ".join(topics),
                help="; ".join(dict.fromkeys(helps)),
                duration_min=v.duration_min,
                entry=Entry(v.entry),
                question_count=len(qs),
            )
        )
    return summaries


def get_visit(desk: Desk, visit_id: str) -> VisitDetail:
    """A visit as a draft, to fill the edit form."""
    from db.queries import visits as q

    cat = desk.catalogue
    with desk.db.connection() as connection:
        visit = q.one_visit(connection, visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("core", "Deze registratie bestaat niet (meer)."))
        rows = q.questions_of(connection, [visit_id])
    questions = tuple(
        QuestionDraft(
            topic=cat.topics.by_id(question.topic_id).code,
            subtopic=cat.topics.by_id(question.subtopic_id).code if question.subtopic_id else None,
            organisation=cat.organisations.by_id(question.organisation_id).code
            if question.organisation_id
            else None,
            help=cat.help_kinds.by_id(question.help_id).code if question.help_id else None,
            referral=cat.referrals.by_id(question.referral_id).code
            if question.referral_id
            else None,
        )
        for question in rows
    )
    return VisitDetail(
        id=visit.id,
        draft=VisitDraft(
            questions=questions,
            channel=cat.channels.by_id(visit.channel_id).code,
            duration_min=visit.duration_min,
            started_at=visit.started_at,
            note=visit.note,
            entry=Entry(visit.entry),
        ),
        entry=Entry(visit.entry),
        revision=visit.revision,
        created_at=visit.created_at,
    )


def last_visit(desk: Desk) -> VisitDetail | None:
    """The most recently logged visit, for "Zelfde als vorige"."""
    from db.queries import visits as q

    with desk.db.connection() as connection:
        visit_id = q.last_visit_id(connection)
    return get_visit(desk, visit_id) if visit_id else None
