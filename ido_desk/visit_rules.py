"""The rules a visit must meet before it is stored: every code resolved against the lists,
the duration, the time, how many questions. Nothing here writes; ``ido_desk.visits`` saves
what passes. Core only (no ORM), like the whole save path of ``ido-desk log``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from db import tables
from ido_desk.desk import Desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import NoLocation, ValidationError
from ido_desk.lists import Catalogue
from ido_desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


# -- validation ---------------------------------------------------------------------------


def resolve_question(cat: Catalogue, n: int, draft: QuestionDraft) -> ResolvedQuestion:
    where = QT_TRANSLATE_NOOP("core", "vraag {n}").format(n=n)
    topic = cat.topics.get(draft.topic)
    if topic is None or topic.retired:
        raise ValidationError(
            f"topic{n}",
            QT_TRANSLATE_NOOP("core", "Onbekend onderwerp '{draft.topic}' bij {where}.").format(
                draft=draft, where=where
            ),
        )
    subtopic = None
    if topic.parent_code is not None:  # a sub-topic code given as the topic
        subtopic, topic = topic, cat.topics.get(topic.parent_code)
        assert topic is not None
    if draft.subtopic:
        subtopic = cat.topics.get(draft.subtopic)
        if subtopic is None or subtopic.retired or subtopic.parent_code != topic.code:
            raise ValidationError(
                f"subtopic{n}",
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{draft.subtopic}' is geen sub-onderwerp van {topic.label_nl} ({where}).",
                ).format(draft=draft, topic=topic, where=where),
            )
    organisation_code = draft.organisation or topic.organisation_code
    organisation = cat.organisations.get(organisation_code) if organisation_code else None
    if organisation_code and (organisation is None or organisation.retired):
        raise ValidationError(
            f"organisation{n}",
            QT_TRANSLATE_NOOP(
                "core", "Onbekende organisatie '{organisation_code}' bij {where}."
            ).format(organisation_code=organisation_code, where=where),
        )
    help_kind = cat.help_kinds.get(draft.help) if draft.help else None
    if draft.help and (help_kind is None or help_kind.retired):
        raise ValidationError(
            f"help{n}",
            QT_TRANSLATE_NOOP("core", "Onbekende soort hulp '{draft.help}' bij {where}.").format(
                draft=draft, where=where
            ),
        )
    referral = cat.referrals.get(draft.referral) if draft.referral else None
    if draft.referral and (referral is None or referral.retired):
        raise ValidationError(
            f"referral{n}",
            QT_TRANSLATE_NOOP(
                "core", "Onbekende doorverwijzing '{draft.referral}' bij {where}."
            ).format(draft=draft, where=where),
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


def channel_id(desk: Desk, code: str | None) -> int:
    """The id of a channel code; the first active channel for None."""
    cat = desk.catalogue
    if code is None:  # the caller passes the desk's remembered channel; else the first one
        code = cat.channels.active()[0].code
    channel = cat.channels.get(code)
    if channel is None or channel.retired:
        codes = ", ".join(c.code for c in cat.channels.active())
        raise ValidationError(
            "channel",
            QT_TRANSLATE_NOOP("core", "Onbekend kanaal '{code}'. Kies uit: {codes}.").format(
                code=code, codes=codes
            ),
        )
    return channel.id


def validate(desk: Desk, draft: VisitDraft) -> tuple[list[ResolvedQuestion], datetime, Entry]:
    if not draft.questions:
        raise ValidationError("topic1", QT_TRANSLATE_NOOP("core", "Kies een onderwerp."))
    if len(draft.questions) > MAX_QUESTIONS:
        raise ValidationError(
            "questions",
            QT_TRANSLATE_NOOP("core", "Meer dan {MAX_QUESTIONS} vragen bij één bezoek.").format(
                MAX_QUESTIONS=MAX_QUESTIONS
            ),
        )
    resolved = [resolve_question(desk.catalogue, n, d) for n, d in enumerate(draft.questions, 1)]
    if draft.duration_min is not None and not 0 < draft.duration_min <= MAX_DURATION_MIN:
        raise ValidationError(
            "duration",
            QT_TRANSLATE_NOOP(
                "core",
                "Duur {draft.duration_min} min kan niet: kies 1 tot {MAX_DURATION_MIN} minuten.",
            ).format(draft=draft, MAX_DURATION_MIN=MAX_DURATION_MIN),
        )
    now = desk.clock()
    started = (draft.started_at or now).replace(second=0, microsecond=0)
    if started > now + FUTURE_SLACK:
        raise ValidationError(
            "started_at",
            QT_TRANSLATE_NOOP(
                "core", "Het tijdstip {started:%d-%m-%Y %H:%M} ligt in de toekomst."
            ).format(started=started),
        )
    entry = draft.entry or (Entry.BACKDATED if started < now - BACKDATED_AFTER else Entry.LIVE)
    return resolved, started, entry


def own_location_id(unit: Connection | Session) -> int:
    """The id of this branch's own location; NoLocation before it is set."""
    location_id = unit.scalar(select(tables.location.c.id).where(tables.location.c.is_own))
    if location_id is None:
        raise NoLocation()
    return location_id


def question_rows(visit_id: str, questions: list[ResolvedQuestion]) -> list[dict[str, Any]]:
    return [
        {"visit_id": visit_id, "position": n, **asdict(question)}
        for n, question in enumerate(questions, start=1)
    ]
