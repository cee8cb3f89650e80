"""``ido-desk demo``: fill the database with realistic synthetic visits, so a newcomer can try
every screen and the benchmarks have something to chew on.

What "realistic" means here:

- DigiD is asked about most (about 40%, with its sub-topics), then Toeslagen, Belastingen, ...
- Visits follow a library's opening hours: Monday to Saturday, mostly 10-17, busier on Monday
  and Tuesday mornings, a few on Saturday, none on Sunday or on public holidays.
- The seasons show: tax season (March-May) for Belastingen, the benefit letters (autumn and
  January) for Toeslagen, a quiet summer.
- About a fifth of the visits have more than one question; the organisation is mostly the one
  the topic suggests; "Samen gedaan" is the help given most, about one in ten is referred.
- Locations lie in different real municipalities (with their CBS codes); busy city branches
  get many more visits than village ones. Location 1 is the desk's own location.
- Never a note.

The same seed, clock and own location give the same data; only the random bits of the visit
ids differ (ids are made fresh, as at a real desk, so running the demo twice adds visits
instead of failing). Rows go in with Core ``insert()`` in chunks, one transaction a chunk.
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
import time as timer
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from typing import Any, Generic, TypeVar

from sqlalchemy import insert, select

from db.models import Location, Question, Visit
from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.errors import ValidationError
from ido_desk.ids import new_visit_id
from ido_desk.lists import Catalogue
from ido_desk.location import LocationInput, own_location, set_location, validate

Progress = Callable[[int, int], None]

MAX_VISITS = 20_000_000
MAX_MONTHS = 120
CHUNK = 10_000  # visits a transaction
SHOWN_LOCATIONS = 5  # in the summary

T = TypeVar("T")


@dataclass(frozen=True)
class DemoSpec:
    visits: int
    locations: int = 1
    seed: int = 1
    months: int = 24


@dataclass(frozen=True)
class DemoResult:
    visits: int
    questions: int
    locations: tuple[str, ...]  # "Bibliotheek Delft (Delft, GM0503)"
    first_day: date
    last_day: date
    seconds: float

    def summary(self) -> str:
        lines = [
            f"Demo: {self.visits} bezoeken met {self.questions} vragen toegevoegd, "
            f"{self.first_day:%Y-%m-%d} t/m {self.last_day:%Y-%m-%d} ({self.seconds:.1f} s).",
            f"Locaties ({len(self.locations)}, de eerste is de eigen locatie):",
        ]
        lines += [f"  {title}" for title in self.locations[:SHOWN_LOCATIONS]]
        if len(self.locations) > SHOWN_LOCATIONS:
            lines.append(f"  ... en {len(self.locations) - SHOWN_LOCATIONS} andere")
        return "\n".join(lines)


# -- the municipalities ---------------------------------------------------------------------


@dataclass(frozen=True)
class Municipality:
    cbs_code: str
    name: str
    province: str
    size: int  # 1 village ... 5 big city


def _read_municipalities() -> tuple[Municipality, ...]:
    """The table shipped in ido_desk/data/municipalities.txt."""
    text = resources.files("ido_desk").joinpath("data/municipalities.txt").read_text("utf-8")
    rows = (line.split("|") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(
        Municipality(code.strip(), name.strip(), province.strip(), int(size))
        for code, name, province, size in rows
    )


MUNICIPALITIES = _read_municipalities()

SIZE_WEIGHT = {1: 1.0, 2: 2.0, 3: 3.5, 4: 6.0, 5: 10.0}

# -- when: opening hours, weekdays, seasons ---------------------------------------------------

WEEKDAY_VOLUME = (1.35, 1.25, 1.0, 1.05, 0.85, 0.3, 0.0)  # Monday ... Sunday
MONTH_VOLUME = {
    1: 1.10, 2: 1.00, 3: 1.15, 4: 1.20, 5: 1.05, 6: 0.90,
    7: 0.60, 8: 0.55, 9: 1.00, 10: 1.05, 11: 1.05, 12: 0.80,
}  # fmt: skip
WEEKDAY_HOURS = {9: 0.15, 10: 1.0, 11: 1.2, 12: 0.8, 13: 0.85, 14: 1.0, 15: 0.9, 16: 0.65, 17: 0.15}
EVENING_HOURS = {18: 0.1, 19: 0.1}  # Thursday's late opening
SATURDAY_HOURS = {10: 0.9, 11: 1.0, 12: 0.8, 13: 0.5, 14: 0.35, 15: 0.2}
BUSY_MORNING = {10: 1.6, 11: 1.5}  # Monday and Tuesday

# -- what: topics and their seasons, help, channels ------------------------------------------

TOPIC_WEIGHTS = {
    "digid": 53, "toeslagen": 11, "belastingen": 8, "werk_uitkering": 6, "aow_pensioen": 5,
    "zorg_wmo": 5, "onderwijs": 2.5, "boetes": 3, "rijbewijs": 2, "identiteit": 3, "wonen": 2,
    "gemeentezaken": 3, "mijnoverheid": 4, "computer": 3, "overig": 2,
}  # fmt: skip
TOPIC_SEASONS = {
    "belastingen": {2: 1.3, 3: 3.0, 4: 3.2, 5: 2.2, 6: 1.2},  # the income tax return
    "toeslagen": {1: 2.0, 9: 1.4, 10: 1.8, 11: 1.8, 12: 1.5},  # provisional awards, settlements
    "zorg_wmo": {11: 1.3, 12: 1.6},  # changing health insurer
    "onderwijs": {8: 1.8, 9: 1.8},  # student finance before the school year
}
SUBTOPIC_WEIGHTS = {
    "digid": {
        None: 8, "digid_aanvragen": 24, "digid_activeren": 28, "digid_app": 20,
        "digid_inloggen": 14, "digid_machtigen": 6,
    },
    "toeslagen": {
        None: 15, "zorgtoeslag": 35, "huurtoeslag": 30, "kinderopvangtoeslag": 10,
        "kindgebonden_budget": 10,
    },
}  # fmt: skip
ORGANISATION_ALTERNATIVES = {
    "digid": ("svb", "belastingdienst", "uwv", "gemeente"),
    "belastingen": ("gemeente", "toeslagen"),
    "toeslagen": ("belastingdienst",),
    "werk_uitkering": ("gemeente",),
    "aow_pensioen": ("pensioenfonds",),
    "zorg_wmo": ("cak", "ciz", "zorgverzekeraar"),
    "onderwijs": ("gemeente",),
    "boetes": ("belastingdienst", "gemeente", "rdw"),
    "rijbewijs": ("cbr", "gemeente"),
    "identiteit": ("rvig",),
    "wonen": ("gemeente",),
    "mijnoverheid": ("belastingdienst", "rdw", "svb"),
    "overig": ("overig", "juridisch_loket"),
}
SUGGESTED_SHARE = 0.87
CHANNEL_WEIGHTS = {"balie": 76, "afspraak": 12, "telefoon": 7, "online": 3, "buiten": 2}
HELP_WEIGHTS = {"samen": 38, "informatie": 27, "voorgedaan": 17, "doorverwezen": 10, "cursus": 8}
REFER_TO_ORGANISATION = 0.55  # "Doorverwezen": to the question's organisation, else a service
SERVICE_WEIGHTS = {
    "geldzaken": 25, "sociaal_raadslieden": 25, "juridisch_loket": 20, "welzijn": 15,
    "taalhuis": 15,
}  # fmt: skip
COURSE_WEIGHTS = {"digisterker": 55, "klik_tik": 45}
QUESTION_COUNT_WEIGHTS = {1: 80, 2: 14.5, 3: 4.5, 4: 1}
DURATION_CHIPS = {5: 20, 10: 35, 15: 25, 30: 15, 45: 5}
CHIP_SHARE = 0.45  # the rest is timed to the minute
BACKDATED_SHARE = 0.04


class Picker(Generic[T]):
    """Draws from weighted choices with one random number and a bisect."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        chosen = [(item, w) for item, w in weights.items() if w > 0]
        if not chosen:
            raise ValueError("nothing to choose from")
        self.items = [item for item, _w in chosen]
        self.cumulative = list(itertools.accumulate(w for _item, w in chosen))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    L = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * L) // 451
    month, day = divmod(h + L - 7 * m + 114, 31)
    return date(year, month, day + 1)


def closed_days(year: int) -> set[date]:
    """The public holidays on which libraries are closed."""
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day -= timedelta(days=1)
    return {
        date(year, 1, 1),
        sunday + timedelta(days=1),  # Easter Monday
        kings_day,
        sunday + timedelta(days=39),  # Ascension Day
        sunday + timedelta(days=50),  # Whit Monday
        date(year, 12, 25),
        date(year, 12, 26),
    }


def hour_weights(weekday: int) -> dict[int, float]:
    if weekday == 6:
        return {}
    if weekday == 5:
        return dict(SATURDAY_HOURS)
    hours = dict(WEEKDAY_HOURS)
    if weekday in (0, 1):
        hours = {h: w * BUSY_MORNING.get(h, 1.0) for h, w in hours.items()}
    if weekday == 3:
        hours.update(EVENING_HOURS)
    return hours


def months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# -- the lists, resolved once ----------------------------------------------------------------


@dataclass(frozen=True)
class _Lists:
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


def _resolve_lists(cat: Catalogue) -> _Lists:
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
    return _Lists(
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


# -- the locations ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Place:
    id: int
    title: str
    weight: float  # relative number of visits


def _location_input(m: Municipality) -> LocationInput:
    return LocationInput(
        name="Centrale Bibliotheek" if m.size >= 4 else f"Bibliotheek {m.name}",
        organisation=f"Bibliotheek {m.name}",
        municipality=m.name,
        cbs_code=m.cbs_code,
        province=m.province,
        setup={5: "breed", 4: "breed", 3: "altijd"}.get(m.size, "basis"),
    )


def _places(desk: Desk, count: int, rng: random.Random) -> list[_Place]:
    """The desk's own location (set up from the table when there is none yet) and
    ``count - 1`` others in different municipalities, created when missing."""
    own = own_location(desk)
    if own is None:
        own = set_location(desk, _location_input(rng.choice(MUNICIPALITIES)))
    pool = [m for m in MUNICIPALITIES if m.cbs_code != own.cbs_code]
    if count - 1 > len(pool):
        raise ValidationError(
            "locations", f"--locations {count} kan niet: de demo kent {len(pool) + 1} gemeenten."
        )
    sizes = {m.cbs_code: m.size for m in MUNICIPALITIES}
    chosen = [(own.id, f"{own.title} ({own.municipality}, {own.cbs_code})", own.cbs_code)]
    with desk.db.session() as session:
        for m in rng.sample(pool, count - 1):
            data = validate(_location_input(m))
            location_id = session.scalar(select(Location.id).where(Location.code == data.code))
            if location_id is None:
                row = Location(
                    code=data.code,
                    name=data.name,
                    organisation=data.organisation,
                    municipality=data.municipality,
                    cbs_code=data.cbs_code,
                    province=data.province,
                    setup=data.setup,
                    is_own=False,
                    created_at=desk.clock(),
                )
                session.add(row)
                session.flush()
                location_id = row.id
            title = (
                data.name if data.organisation in data.name else f"{data.organisation}, {data.name}"
            )
            title += f" ({m.name}, {m.cbs_code})"
            chosen.append((location_id, title, m.cbs_code))
    return [
        _Place(location_id, title, SIZE_WEIGHT[sizes.get(cbs, 2)] * rng.uniform(0.75, 1.25))
        for location_id, title, cbs in chosen
    ]


# -- the days -----------------------------------------------------------------------------


def _day_counts(rng: random.Random, days: Sequence[date], visits: int, now: datetime) -> list[int]:
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
        raise ValidationError("months", "In deze periode was de bibliotheek nergens open.")
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


def _questions(
    rng: random.Random, lists: _Lists, month: int, visit_id: str
) -> list[dict[str, Any]]:
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


def _day_rows(
    rng: random.Random,
    lists: _Lists,
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
            }
        )
        questions.extend(rows)
    return visits, questions


# -- the service --------------------------------------------------------------------------


def _check(spec: DemoSpec) -> None:
    if not 1 <= spec.visits <= MAX_VISITS:
        raise ValidationError(
            "visits", f"--visits {spec.visits} kan niet: kies 1 tot {MAX_VISITS}."
        )
    if spec.locations < 1:
        raise ValidationError("locations", f"--locations {spec.locations} kan niet: minstens 1.")
    if not 1 <= spec.months <= MAX_MONTHS:
        raise ValidationError(
            "months", f"--months {spec.months} kan niet: kies 1 tot {MAX_MONTHS}."
        )


def make_demo(desk: Desk, spec: DemoSpec, progress: Progress | None = None) -> DemoResult:
    """Add ``spec.visits`` synthetic visits over ``spec.months`` months up to now, spread over
    ``spec.locations`` locations. ``progress(done, total)`` is called after every chunk."""
    _check(spec)
    began = timer.perf_counter()
    rng = random.Random(spec.seed)
    now = desk.clock().replace(second=0, microsecond=0)
    places = _places(desk, spec.locations, rng)
    lists = _resolve_lists(desk.catalogue)
    place_picker = Picker({p.id: p.weight for p in places})
    first = months_back(now.date(), spec.months)
    days = [first + timedelta(days=n) for n in range((now.date() - first).days + 1)]
    counts = _day_counts(rng, days, spec.visits, now)
    done = questions = 0
    visit_rows: list[dict[str, Any]] = []
    question_rows: list[dict[str, Any]] = []
    for day, count in zip(days, counts, strict=True):
        if count:
            day_visits, day_questions = _day_rows(rng, lists, place_picker, day, count, now)
            visit_rows += day_visits
            question_rows += day_questions
        if len(visit_rows) >= CHUNK or (day == days[-1] and visit_rows):
            _write(desk, visit_rows, question_rows)
            done += len(visit_rows)
            questions += len(question_rows)
            visit_rows, question_rows = [], []
            if progress is not None:
                progress(done, spec.visits)
    return DemoResult(
        visits=done,
        questions=questions,
        locations=tuple(p.title for p in places),
        first_day=first,
        last_day=now.date(),
        seconds=timer.perf_counter() - began,
    )


def _write(desk: Desk, visits: list[dict[str, Any]], questions: list[dict[str, Any]]) -> None:
    """One transaction: many rows a statement, through Core (no ORM objects)."""
    with desk.db.session() as session:
        connection = session.connection()
        connection.execute(insert(Visit), visits)
        connection.execute(insert(Question), questions)
