"""The demo's visits, generated: the lists resolved once into pickers of ids, how many visits
each day gets, and the rows of one day's visits and their questions (as Core ``insert()``
takes them). ``ido_desk.demo`` writes them; the figures are ``ido_desk.demo_figures``'."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ido_desk.demo_figures import (
    BACKDATED_SHARE,
    CHANNEL_WEIGHTS,
    CHIP_SHARE,
    COURSE_WEIGHTS,
    DURATION_CHIPS,
    HELP_WEIGHTS,
    MONTH_VOLUME,
    ORGANISATION_ALTERNATIVES,
    QUESTION_COUNT_WEIGHTS,
    REFER_TO_ORGANISATION,
    SERVICE_WEIGHTS,
    SUBTOPIC_WEIGHTS,
    SUGGESTED_SHARE,
    TOPIC_SEASONS,
    TOPIC_WEIGHTS,
    WEEKDAY_VOLUME,
    Picker,
    closed_days,
    hour_weights,
)
from ido_desk.drafts import Entry
from ido_desk.errors import ValidationError
from ido_desk.ids import new_visit_id
from ido_desk.lists import Catalogue
from ido_desk.translatable import QT_TRANSLATE_NOOP

# -- the lists, resolved once ----------------------------------------------------------------


@dataclass(frozen=True)
class Lists:
    """The pickers and list ids the generator writes, resolved once from the catalogue."""

    channel: Picker[int]
    topics_by_month: dict[int, Picker[str]]
    subtopic: dict[str, Picker[int | None]]
    topic_id: dict[str, int]
    domain_id: dict[str, int]
    suggested: dict[str, int | None]
    alternatives: dict[str, tuple[int, ...]]
    help: Picker[int]
    referred: int | None  # the id of "Doorverwezen"
    course: int | None  # the id of "Cursus aangeraden"
    organisation_referral: dict[int, int]  # organisation id -> its referral target id
    services: Picker[int]
    courses: Picker[int]


def resolve_lists(cat: Catalogue) -> Lists:
    """Weights by code become pickers of ids; codes retired or removed are left out."""
    topics = {t.code: t for t in cat.main_topics()}

    def by_id(items: Any, weights: Mapping[str, float]) -> dict[int, float]:
        live = {item.code: item.id for item in items.active()}
        return {live[code]: w for code, w in weights.items() if code in live}

    subtopic: dict[str, Picker[int | None]] = {}
    for code, weights in SUBTOPIC_WEIGHTS.items():
        live = {s.code: s.id for s in cat.subtopics(code)}
        subtopic[code] = Picker(
            {live.get(s) if s else None: w for s, w in weights.items() if s is None or s in live}
        )
    organisations = {o.code: o.id for o in cat.organisations.active()}
    help_kinds = {h.code: h.id for h in cat.help_kinds.active()}
    return Lists(
        channel=Picker(by_id(cat.channels, CHANNEL_WEIGHTS)),
        topics_by_month={
            month: Picker(
                {
                    code: weight * TOPIC_SEASONS.get(code, {}).get(month, 1.0)
                    for code, weight in TOPIC_WEIGHTS.items()
                    if code in topics
                }
            )
            for month in range(1, 13)
        },
        subtopic=subtopic,
        topic_id={code: t.id for code, t in topics.items()},
        domain_id={code: _domain_id(cat, t.domain_code) for code, t in topics.items()},
        suggested={
            code: organisations.get(t.organisation_code or "") for code, t in topics.items()
        },
        alternatives={
            code: tuple(
                organisations[o]
                for o in ORGANISATION_ALTERNATIVES.get(code, ())
                if o in organisations
            )
            for code in topics
        },
        help=Picker(by_id(cat.help_kinds, HELP_WEIGHTS)),
        referred=help_kinds.get("doorverwezen"),
        course=help_kinds.get("cursus"),
        organisation_referral={
            organisations[r.organisation_code]: r.id
            for r in cat.referrals.active()
            if r.organisation_code in organisations
        },
        services=Picker(by_id(cat.referrals, SERVICE_WEIGHTS)),
        courses=Picker(by_id(cat.referrals, COURSE_WEIGHTS)),
    )


def _domain_id(cat: Catalogue, code: str) -> int:
    domain = cat.domains.get(code)
    assert domain is not None, f"topic with unknown domain {code}"
    return domain.id


# -- the days -----------------------------------------------------------------------------


def day_counts(rng: random.Random, days: Sequence[date], visits: int, now: datetime) -> list[int]:
    """How many visits each day gets: weekday, season and holidays, with some day-to-day noise."""
    holidays = set().union(*(closed_days(y) for y in {d.year for d in days}))
    weights = []
    for day in days:
        weight = 0.0
        if day not in holidays:
            weight = WEEKDAY_VOLUME[day.weekday()] * MONTH_VOLUME[day.month]
            weight *= rng.uniform(0.85, 1.15)
        if day == now.date():  # only the hours already past
            hours = hour_weights(day.weekday())
            total = sum(hours.values()) or 1.0
            weight *= sum(w for h, w in hours.items() if h < now.hour) / total
        weights.append(weight)
    counts = [0] * len(days)
    if sum(weights) <= 0:
        raise ValidationError(
            "months", QT_TRANSLATE_NOOP("core", "In deze periode was de bibliotheek nergens open.")
        )
    spread = Picker(dict(enumerate(weights)))
    for _ in range(visits):
        counts[spread.pick(rng)] += 1
    return counts


def _hour_picker(day: date, now: datetime) -> Picker[int]:
    hours = hour_weights(day.weekday())
    if day == now.date():
        hours = {h: w for h, w in hours.items() if h < now.hour}
    return Picker(hours)


# -- one visit ----------------------------------------------------------------------------


def _duration(rng: random.Random, questions: int) -> int:
    """Minutes, 5 to 45, skewed to the short end; a chip or a timed duration."""
    if rng.random() < CHIP_SHARE:
        minutes = _CHIPS.pick(rng)
    else:
        minutes = round(rng.lognormvariate(math.log(11), 0.55))
    return max(5, min(45, minutes + 5 * (questions - 1)))


_CHIPS: Picker[int] = Picker(DURATION_CHIPS)
_QUESTION_COUNT: Picker[int] = Picker(QUESTION_COUNT_WEIGHTS)


def _questions(rng: random.Random, lists: Lists, month: int, visit_id: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    topics = lists.topics_by_month[month]
    seen: set[str] = set()
    for position in range(1, _QUESTION_COUNT.pick(rng) + 1):
        topic = topics.pick(rng)
        for _retry in range(3):  # several questions are about different things
            if topic not in seen:
                break
            topic = topics.pick(rng)
        seen.add(topic)
        subtopic = lists.subtopic[topic].pick(rng) if topic in lists.subtopic else None
        organisation = lists.suggested[topic]
        alternatives = lists.alternatives[topic]
        if alternatives and rng.random() > SUGGESTED_SHARE:
            organisation = alternatives[rng.randrange(len(alternatives))]
        help_id = lists.help.pick(rng)
        referral = None
        if help_id == lists.referred:
            referral = lists.organisation_referral.get(organisation or 0)
            if referral is None or rng.random() > REFER_TO_ORGANISATION:
                referral = lists.services.pick(rng)
        elif help_id == lists.course:
            referral = lists.courses.pick(rng)
        rows.append(
            {
                "visit_id": visit_id,
                "position": position,
                "domain_id": lists.domain_id[topic],
                "topic_id": lists.topic_id[topic],
                "subtopic_id": subtopic,
                "organisation_id": organisation,
                "help_id": help_id,
                "referral_id": referral,
            }
        )
    return rows


def day_rows(
    rng: random.Random,
    lists: Lists,
    places: Picker[int],
    day: date,
    count: int,
    now: datetime,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The visits of one day, in time order, with ids ordered as their start times."""
    hours = _hour_picker(day, now)
    # milliseconds since midnight: the minute the visit started, plus a moment in that minute
    moments = sorted(
        (hours.pick(rng) * 60 + rng.randrange(60)) * 60_000 + rng.randrange(60_000)
        for _ in range(count)
    )
    midnight = datetime.combine(day, time())
    midnight_ms = round(midnight.timestamp() * 1000)
    visits: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    for moment in moments:
        visit_id = new_visit_id(now_ms=midnight_ms + moment)
        started = midnight + timedelta(minutes=moment // 60_000)
        rows = _questions(rng, lists, day.month, visit_id)
        duration = _duration(rng, len(rows))
        entry = Entry.LIVE
        created = started + timedelta(minutes=duration)
        if rng.random() < BACKDATED_SHARE:  # logged hours or days later
            entry = Entry.BACKDATED
            created += timedelta(minutes=rng.randint(60, 3 * 24 * 60))
        created = min(created, now)
        visits.append(
            {
                "id": visit_id,
                "location_id": places.pick(rng),
                "started_at": started,
                "duration_min": duration,
                "channel_id": lists.channel.pick(rng),
                "entry": entry.value,
                "note": None,
                "created_at": created,
                "updated_at": created,
                "revision": 1,
                "question_count": len(rows),
            }
        )
        questions.extend(rows)
    return visits, questions
