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
The figures are ``ido_desk.demo_figures``; the rows are made by ``ido_desk.demo_visits``.
"""

from __future__ import annotations

import random
import time as timer
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select

from db.models import Location, Question, Visit
from ido_desk.demo_figures import MUNICIPALITIES, SIZE_WEIGHT, Picker, months_back
from ido_desk.demo_visits import day_counts, day_rows, resolve_lists
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.location import LocationInput, own_location, set_location, validate
from ido_desk.municipalities import Municipality
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count

Progress = Callable[[int, int], None]

MAX_VISITS = 20_000_000
MAX_MONTHS = 120
CHUNK = 10_000  # visits a transaction
SHOWN_LOCATIONS = 5  # in the summary


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

    def lines(self) -> list[str]:
        """What was made, a line each (marked texts: the CLI says them in its language)."""
        lines: list[str] = [
            QT_TRANSLATE_NOOP(
                "core",
                "Demo: {visits} bezoeken met {questions} vragen toegevoegd, {first:%Y-%m-%d} "
                "t/m {last:%Y-%m-%d} ({seconds:.1f} s).",
            ).format(
                visits=Count(self.visits),
                questions=Count(self.questions),
                first=self.first_day,
                last=self.last_day,
                seconds=self.seconds,
            ),
            QT_TRANSLATE_NOOP("core", "Locaties ({count}, de eerste is de eigen locatie):").format(
                count=Count(len(self.locations))
            ),
        ]
        lines += [f"  {title}" for title in self.locations[:SHOWN_LOCATIONS]]
        if len(self.locations) > SHOWN_LOCATIONS:
            lines.append(
                QT_TRANSLATE_NOOP("core", "  ... en {count} andere").format(
                    count=Count(len(self.locations) - SHOWN_LOCATIONS)
                )
            )
        return lines

    def summary(self) -> str:
        return "\n".join(self.lines())


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
            "locations",
            QT_TRANSLATE_NOOP(
                "core", "--locations {count} kan niet: de demo kent {pool} gemeenten."
            ).format(count=count, pool=len(pool) + 1),
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


# -- the service --------------------------------------------------------------------------


def _check(spec: DemoSpec) -> None:
    if not 1 <= spec.visits <= MAX_VISITS:
        raise ValidationError(
            "visits",
            QT_TRANSLATE_NOOP(
                "core", "--visits {spec.visits} kan niet: kies 1 tot {MAX_VISITS}."
            ).format(spec=spec, MAX_VISITS=MAX_VISITS),
        )
    if spec.locations < 1:
        raise ValidationError(
            "locations",
            QT_TRANSLATE_NOOP("core", "--locations {spec.locations} kan niet: minstens 1.").format(
                spec=spec
            ),
        )
    if not 1 <= spec.months <= MAX_MONTHS:
        raise ValidationError(
            "months",
            QT_TRANSLATE_NOOP(
                "core", "--months {spec.months} kan niet: kies 1 tot {MAX_MONTHS}."
            ).format(spec=spec, MAX_MONTHS=MAX_MONTHS),
        )


def make_demo(desk: Desk, spec: DemoSpec, progress: Progress | None = None) -> DemoResult:
    """Add ``spec.visits`` synthetic visits over ``spec.months`` months up to now, spread over
    ``spec.locations`` locations. ``progress(done, total)`` is called after every chunk."""
    _check(spec)
    began = timer.perf_counter()
    rng = random.Random(spec.seed)
    now = desk.clock().replace(second=0, microsecond=0)
    places = _places(desk, spec.locations, rng)
    lists = resolve_lists(desk.catalogue)
    place_picker = Picker({p.id: p.weight for p in places})
    first = months_back(now.date(), spec.months)
    days = [first + timedelta(days=n) for n in range((now.date() - first).days + 1)]
    counts = day_counts(rng, days, spec.visits, now)
    done = questions = 0
    visit_rows: list[dict[str, Any]] = []
    question_rows: list[dict[str, Any]] = []
    for day, count in zip(days, counts, strict=True):
        if count:
            day_visits, day_questions = day_rows(rng, lists, place_picker, day, count, now)
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
