"""Known visits for the report tests, inserted directly (fast) with list codes resolved
through the desk's catalogue. The tests count what they expect from the same specs, in Python,
independently of the report code."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import insert, select

from db.models import Location, Question, Visit
from ido_desk.desk import Desk
from ido_desk.ids import new_visit_id


@dataclass(frozen=True)
class Q:
    topic: str
    subtopic: str | None = None
    organisation: str | None = None
    help: str | None = "samen"
    referral: str | None = None


@dataclass(frozen=True)
class V:
    at: datetime
    questions: tuple[Q, ...] = (Q("digid", "digid_activeren", "logius"),)
    channel: str = "balie"
    duration: int | None = 10
    location: int | None = None  # None: the own location
    deleted: bool = False
    transferred: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def own_location_id(desk: Desk) -> int:
    with desk.db.session() as session:
        location_id = session.scalar(select(Location.id).where(Location.is_own.is_(True)))
    assert location_id is not None
    return location_id


def add_location(
    desk: Desk, code: str, name: str, municipality: str = "Den Haag", cbs: str = "GM0518"
) -> int:
    with desk.db.session() as session:
        row = Location(
            code=code,
            name=name,
            organisation="Bibliotheek " + municipality,
            municipality=municipality,
            cbs_code=cbs,
            province="Zuid-Holland",
            is_own=False,
            created_at=datetime(2025, 1, 1),
        )
        session.add(row)
        session.flush()
        return row.id


def add_visits(desk: Desk, visits: list[V]) -> list[str]:
    cat = desk.catalogue
    own = own_location_id(desk)
    visit_rows, question_rows, ids = [], [], []
    for v in visits:
        visit_id = new_visit_id()
        ids.append(visit_id)
        visit_rows.append(
            {
                "id": visit_id,
                "location_id": v.location or own,
                "started_at": v.at,
                "duration_min": v.duration,
                "channel_id": cat.channels.get(v.channel).id,  # type: ignore[union-attr]
                "entry": "live",
                "note": None,
                "created_at": v.at,
                "updated_at": v.at,
                "revision": 1,
                "deleted_at": v.at if v.deleted else None,
                "transferred_at": v.at if v.transferred else None,
                "question_count": len(v.questions),
                **v.extra,
            }
        )
        for n, q in enumerate(v.questions, start=1):
            topic = cat.topics.get(q.topic)
            assert topic is not None, q.topic
            domain = cat.domains.get(topic.domain_code)
            assert domain is not None
            question_rows.append(
                {
                    "visit_id": visit_id,
                    "position": n,
                    "domain_id": domain.id,
                    "topic_id": topic.id,
                    "subtopic_id": cat.topics.get(q.subtopic).id if q.subtopic else None,  # type: ignore[union-attr]
                    "organisation_id": cat.organisations.get(q.organisation).id  # type: ignore[union-attr]
                    if q.organisation
                    else None,
                    "help_id": cat.help_kinds.get(q.help).id if q.help else None,  # type: ignore[union-attr]
                    "referral_id": cat.referrals.get(q.referral).id if q.referral else None,  # type: ignore[union-attr]
                }
            )
    with desk.db.session() as session:
        session.execute(insert(Visit), visit_rows)
        if question_rows:
            session.execute(insert(Question), question_rows)
    return ids


TOPIC_CHOICES = [
    Q("digid", "digid_activeren", "logius"),
    Q("digid", "digid_aanvragen", "logius"),
    Q("digid", "digid_inloggen", "logius", "informatie"),
    Q("digid", "digid_app", "logius", "voorgedaan"),
    Q("toeslagen", "huurtoeslag", "toeslagen", "samen"),
    Q("toeslagen", "zorgtoeslag", "toeslagen", "doorverwezen", "toeslagen"),
    Q("belastingen", None, "belastingdienst", "samen"),
    Q("aow_pensioen", None, "svb", "informatie"),
    Q("zorg_wmo", None, "gemeente", "doorverwezen", "welzijn"),
    Q("werk_uitkering", None, "uwv", "doorverwezen", "uwv"),
    Q("computer", None, None, "cursus", "digisterker"),
    Q("identiteit", None, "gemeente", "informatie"),
]


def random_visits(
    seed: int, count: int, start: datetime, days: int, location: int | None = None
) -> list[V]:
    """A realistic-looking mix, reproducible from the seed (for pictures and the view)."""
    rng = random.Random(seed)
    channels = ["balie"] * 6 + ["afspraak"] * 2 + ["telefoon", "online"]
    result = []
    for _ in range(count):
        day = start + timedelta(days=rng.randrange(days))
        if day.weekday() == 6:
            day += timedelta(days=1)
        at = day.replace(hour=rng.choice([9, 10, 10, 11, 11, 11, 13, 14, 14, 15, 16]))
        at += timedelta(minutes=rng.randrange(60))
        count_q = rng.choice([1, 1, 1, 2])
        result.append(
            V(
                at=at,
                questions=tuple(rng.choice(TOPIC_CHOICES) for _ in range(count_q)),
                channel=rng.choice(channels),
                duration=rng.choice([5, 10, 10, 15, 15, 30, 45, None]),
                location=location,
            )
        )
    return result
