"""Logging a visit and fixing it: the services behind the front-desk form and ``ido-desk log``.

Journey: form -> ``record_visit`` (validate, privacy screen) -> one transaction -> the row is in
the day list. Edits raise the revision and are audited; a delete leaves a tombstone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.models import Location, Question, Visit
from db.queries import visits as q
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import NoLocation, NotFound, ValidationError
from ido_desk.ids import new_visit_id
from ido_desk.labels import help_path, topic_path
from ido_desk.lists import Catalogue
from ido_desk.privacy import check_note
from ido_desk.roles import require_can_change_visit

MAX_DURATION_MIN = 8 * 60
MAX_QUESTIONS = 10
MAX_BATCH = 500
BACKDATED_AFTER = timedelta(minutes=30)  # started longer ago than this: back-dated
FUTURE_SLACK = timedelta(minutes=5)
UNDO_WINDOW = timedelta(seconds=60)
BATCH_UNDO_WINDOW = timedelta(minutes=15)  # a tally sheet is checked against the paper


@dataclass(frozen=True)
class ResolvedQuestion:
    """A question with every code resolved to the list row's id."""

    domain_id: int
    topic_id: int
    subtopic_id: int | None
    organisation_id: int | None
    help_id: int | None
    referral_id: int | None


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


# -- validation ---------------------------------------------------------------------------


def _resolve_question(cat: Catalogue, n: int, draft: QuestionDraft) -> ResolvedQuestion:
    where = f"vraag {n}"
    topic = cat.topics.get(draft.topic)
    if topic is None or topic.retired:
        raise ValidationError(f"topic{n}", f"Onbekend onderwerp '{draft.topic}' bij {where}.")
    subtopic = None
    if topic.parent_code is not None:  # a sub-topic code given as the topic
        subtopic, topic = topic, cat.topics.get(topic.parent_code)
        assert topic is not None
    if draft.subtopic:
        subtopic = cat.topics.get(draft.subtopic)
        if subtopic is None or subtopic.retired or subtopic.parent_code != topic.code:
            raise ValidationError(
                f"subtopic{n}",
                f"'{draft.subtopic}' is geen sub-onderwerp van {topic.label_nl} ({where}).",
            )
    organisation_code = draft.organisation or topic.organisation_code
    organisation = cat.organisations.get(organisation_code) if organisation_code else None
    if organisation_code and (organisation is None or organisation.retired):
        raise ValidationError(
            f"organisation{n}", f"Onbekende organisatie '{organisation_code}' bij {where}."
        )
    help_kind = cat.help_kinds.get(draft.help) if draft.help else None
    if draft.help and (help_kind is None or help_kind.retired):
        raise ValidationError(f"help{n}", f"Onbekende soort hulp '{draft.help}' bij {where}.")
    referral = cat.referrals.get(draft.referral) if draft.referral else None
    if draft.referral and (referral is None or referral.retired):
        raise ValidationError(
            f"referral{n}", f"Onbekende doorverwijzing '{draft.referral}' bij {where}."
        )
    domain = cat.domains.get(topic.domain_code)
    assert domain is not None
    return ResolvedQuestion(
        domain_id=domain.id,
        topic_id=topic.id,
        subtopic_id=subtopic.id if subtopic else None,
        organisation_id=organisation.id if organisation else None,
        help_id=help_kind.id if help_kind else None,
        referral_id=referral.id if referral else None,
    )


def _channel_id(desk: Desk, session: Session, code: str | None) -> int:
    cat = desk.catalogue
    if code is None:  # the caller passes the desk's remembered channel; else the first one
        code = cat.channels.active()[0].code
    channel = cat.channels.get(code)
    if channel is None or channel.retired:
        codes = ", ".join(c.code for c in cat.channels.active())
        raise ValidationError("channel", f"Onbekend kanaal '{code}'. Kies uit: {codes}.")
    return channel.id


def _validate(desk: Desk, draft: VisitDraft) -> tuple[list[ResolvedQuestion], datetime, Entry]:
    if not draft.questions:
        raise ValidationError("topic1", "Kies een onderwerp.")
    if len(draft.questions) > MAX_QUESTIONS:
        raise ValidationError("questions", f"Meer dan {MAX_QUESTIONS} vragen bij één bezoek.")
    resolved = [_resolve_question(desk.catalogue, n, d) for n, d in enumerate(draft.questions, 1)]
    if draft.duration_min is not None and not 0 < draft.duration_min <= MAX_DURATION_MIN:
        raise ValidationError(
            "duration",
            f"Duur {draft.duration_min} min kan niet: kies 1 tot {MAX_DURATION_MIN} minuten.",
        )
    now = desk.clock()
    started = (draft.started_at or now).replace(second=0, microsecond=0)
    if started > now + FUTURE_SLACK:
        raise ValidationError(
            "started_at", f"Het tijdstip {started:%d-%m-%Y %H:%M} ligt in de toekomst."
        )
    entry = draft.entry or (Entry.BACKDATED if started < now - BACKDATED_AFTER else Entry.LIVE)
    return resolved, started, entry


def _own_location_id(session: Session) -> int:
    location_id = session.scalar(select(Location.id).where(Location.is_own.is_(True)))
    if location_id is None:
        raise NoLocation()
    return location_id


def _question_rows(visit_id: str, questions: list[ResolvedQuestion]) -> list[dict[str, Any]]:
    return [
        {"visit_id": visit_id, "position": n, **asdict(question)}
        for n, question in enumerate(questions, start=1)
    ]


# -- the services -------------------------------------------------------------------------


def record_visit(desk: Desk, draft: VisitDraft) -> str:
    """Log one visit in one transaction; returns its id.

    Raises ValidationError (with the field) or privacy.PrivacyError; then nothing is stored."""
    resolved, started, entry = _validate(desk, draft)
    note = check_note(draft.note)
    now = desk.clock()
    visit_id = new_visit_id()
    stored = lambda session: session.get(Visit, visit_id) is not None  # noqa: E731
    with desk.db.session(stored_after_error=stored) as session:
        session.execute(
            insert(Visit),
            [
                {
                    "id": visit_id,
                    "location_id": _own_location_id(session),
                    "started_at": started,
                    "duration_min": draft.duration_min,
                    "channel_id": _channel_id(desk, session, draft.channel),
                    "entry": entry.value,
                    "note": note,
                    "created_at": now,
                    "updated_at": now,
                    "revision": 1,
                }
            ],
        )
        session.execute(insert(Question), _question_rows(visit_id, resolved))
    return visit_id


def record_batch(
    desk: Desk, count: int, day: date, draft: VisitDraft, at: time = time(12)
) -> list[str]:
    """Log ``count`` identical visits from a paper tally sheet ("12 x DigiD activeren on
    3 November"), all marked as batch-entered, in one transaction."""
    if not 1 <= count <= MAX_BATCH:
        raise ValidationError("count", f"Aantal {count} kan niet: kies 1 tot {MAX_BATCH}.")
    if draft.note:
        raise ValidationError("note", "Een turflijst heeft geen notities.")
    single = replace(draft, started_at=datetime.combine(day, at), entry=Entry.BATCH)
    resolved, started, _entry = _validate(desk, single)
    now = desk.clock()
    ids = [new_visit_id() for _ in range(count)]
    with desk.db.session() as session:
        location_id = _own_location_id(session)
        channel_id = _channel_id(desk, session, draft.channel)
        session.execute(
            insert(Visit),
            [
                {
                    "id": visit_id,
                    "location_id": location_id,
                    "started_at": started,
                    "duration_min": draft.duration_min,
                    "channel_id": channel_id,
                    "entry": Entry.BATCH.value,
                    "note": None,
                    "created_at": now,
                    "updated_at": now,
                    "revision": 1,
                }
                for visit_id in ids
            ],
        )
        session.execute(insert(Question), [row for v in ids for row in _question_rows(v, resolved)])
    return ids


def undo_visit(desk: Desk, visit_id: str) -> None:
    """Take back a visit saved moments ago, as if it had never been logged."""
    with desk.db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Deze registratie bestaat niet (meer).")
        if desk.clock() - visit.created_at > UNDO_WINDOW or visit.revision != 1:
            raise ValidationError(
                "undo", "Ongedaan maken kan alleen vlak na het opslaan; verwijder het bezoek."
            )
        before = _snapshot(visit)
        session.delete(visit)  # its questions go with it
        write_audit(session, desk, "undo", "visit", visit_id, before, None)


def undo_batch(desk: Desk, visit_ids: Sequence[str]) -> int:
    """Take back a tally sheet saved minutes ago (``record_batch``'s ids, up to MAX_BATCH) as
    one action in one transaction, audited as one row; returns how many visits went."""
    ids = list(dict.fromkeys(visit_ids))
    if not 1 <= len(ids) <= MAX_BATCH:
        raise ValidationError("undo", f"Een turflijst heeft 1 tot {MAX_BATCH} bezoeken.")
    with desk.db.session() as session:
        visits = session.scalars(select(Visit).where(Visit.id.in_(ids))).all()
        if len(visits) != len(ids) or any(v.deleted_at is not None for v in visits):
            raise NotFound("Deze turflijst bestaat niet (meer) helemaal.")
        if any(v.entry != Entry.BATCH.value or v.revision != 1 for v in visits):
            raise ValidationError(
                "undo", "Een bezoek van deze turflijst is al gewijzigd; verwijder het apart."
            )
        if desk.clock() - min(v.created_at for v in visits) > BATCH_UNDO_WINDOW:
            raise ValidationError(
                "undo", "Ongedaan maken kan alleen vlak na het opslaan; verwijder de bezoeken."
            )
        before = {**_snapshot(visits[0]), "count": len(ids), "ids": ids}
        session.execute(delete(Question).where(Question.visit_id.in_(ids)))
        session.execute(delete(Visit).where(Visit.id.in_(ids)))
        write_audit(session, desk, "undo-batch", "visit", ids[0], before, None)
    return len(ids)


def update_visit(desk: Desk, visit_id: str, draft: VisitDraft) -> None:
    """Change a visit: its questions are replaced, the revision goes up, the audit log keeps
    the visit as it was and as it is now. A draft without a start time keeps the visit's."""
    note = check_note(draft.note)
    with desk.db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Deze registratie bestaat niet (meer).")
        require_can_change_visit(desk, visit.started_at, visit.created_at, session)
        resolved, started, _entry = _validate(
            desk, replace(draft, started_at=draft.started_at or visit.started_at)
        )
        before = _snapshot(visit)
        if started != visit.started_at and visit.entry == Entry.LIVE.value:
            visit.entry = Entry.BACKDATED.value  # moved in time after the fact
        visit.started_at = started
        visit.duration_min = draft.duration_min
        visit.channel_id = _channel_id(
            desk, session, draft.channel or _code_of_channel(desk, visit)
        )
        visit.note = note
        visit.revision += 1
        visit.updated_at = desk.clock()
        session.execute(delete(Question).where(Question.visit_id == visit_id))
        session.execute(insert(Question), _question_rows(visit_id, resolved))
        session.flush()
        session.expire(visit, ["questions"])
        write_audit(session, desk, "edit", "visit", visit_id, before, _snapshot(visit))


def delete_visit(desk: Desk, visit_id: str) -> None:
    """Delete a visit: a tombstone stays (so exports can pass the delete on), the note goes."""
    with desk.db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Deze registratie bestaat niet (meer).")
        require_can_change_visit(desk, visit.started_at, visit.created_at, session)
        before = _snapshot(visit)
        visit.deleted_at = desk.clock()
        visit.note = None
        visit.revision += 1
        visit.updated_at = visit.deleted_at
        write_audit(session, desk, "delete", "visit", visit_id, before, None)


def _code_of_channel(desk: Desk, visit: Visit) -> str:
    return desk.catalogue.channels.by_id(visit.channel_id).code


def _snapshot(visit: Visit) -> dict[str, Any]:
    """The visit as the audit log keeps it (the note is left out: it is personal text)."""
    return {
        "started_at": visit.started_at.isoformat(sep=" ", timespec="minutes"),
        "duration_min": visit.duration_min,
        "channel_id": visit.channel_id,
        "entry": visit.entry,
        "revision": visit.revision,
        "questions": [
            {
                "topic_id": question.topic_id,
                "subtopic_id": question.subtopic_id,
                "organisation_id": question.organisation_id,
                "help_id": question.help_id,
                "referral_id": question.referral_id,
            }
            for question in visit.questions
        ],
    }


# -- reading ------------------------------------------------------------------------------


def day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time())
    return start, start + timedelta(days=1)


def day_totals(desk: Desk, day: date) -> tuple[int, int]:
    """(visits, questions) on a day."""
    with desk.db.session() as session:
        return q.count_visits(session, *day_bounds(day))


@dataclass(frozen=True)
class DayPage:
    """The first visits of a day with the day's counts, read in one session."""

    visits: list[VisitSummary]
    visit_count: int
    question_count: int


def day_page(desk: Desk, day: date, limit: int = 200) -> DayPage:
    """What a day list shows after a save: its first page and its counts, in one read."""
    with desk.db.session() as session:
        summaries = _summaries(desk, session, day, 0, limit)
        visits, questions = q.count_visits(session, *day_bounds(day))
    return DayPage(summaries, visits, questions)


def list_visits(desk: Desk, day: date, offset: int = 0, limit: int = 200) -> list[VisitSummary]:
    """The visits of a day, newest first, one page at a time."""
    with desk.db.session() as session:
        return _summaries(desk, session, day, offset, limit)


def _summaries(
    desk: Desk, session: Session, day: date, offset: int, limit: int
) -> list[VisitSummary]:
    cat = desk.catalogue
    visits = q.visit_page(session, *day_bounds(day), offset, limit)
    questions = q.questions_of(session, [v.id for v in visits])
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
                    cat.topics.by_id(question.topic_id).label_nl,
                    cat.topics.by_id(sub).label_nl if sub is not None else None,
                )
            )
            if question.help_id is not None:
                ref = question.referral_id
                helps.append(
                    help_path(
                        cat.help_kinds.by_id(question.help_id).label_nl,
                        cat.referrals.by_id(ref).label_nl if ref is not None else None,
                    )
                )
        summaries.append(
            VisitSummary(
                id=v.id,
                started_at=v.started_at,
                channel=cat.channels.by_id(v.channel_id).label_nl,
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
    cat = desk.catalogue
    with desk.db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFound("Deze registratie bestaat niet (meer).")
        questions = tuple(
            QuestionDraft(
                topic=cat.topics.by_id(question.topic_id).code,
                subtopic=cat.topics.by_id(question.subtopic_id).code
                if question.subtopic_id
                else None,
                organisation=cat.organisations.by_id(question.organisation_id).code
                if question.organisation_id
                else None,
                help=cat.help_kinds.by_id(question.help_id).code if question.help_id else None,
                referral=cat.referrals.by_id(question.referral_id).code
                if question.referral_id
                else None,
            )
            for question in visit.questions
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
    with desk.db.session() as session:
        visit_id = session.scalar(
            select(Visit.id).where(Visit.deleted_at.is_(None)).order_by(Visit.id.desc()).limit(1)
        )
    return get_visit(desk, visit_id) if visit_id else None
