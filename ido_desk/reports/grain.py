"""One pass over the visits and one over the questions, shaped per location once: what the
regional report and the municipality account roll up for any group of locations (a
municipality, a province, all of them) without going back to the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from db.queries import reports as q
from db.queries.report_scope import Scope, room_to_group
from ido_desk.reports.counts import Cube
from ido_desk.reports.gc_paused import gc_paused


@dataclass
class LocationVisits:
    """The visits of one location (or of several, merged)."""

    months: Counter[str] = field(default_factory=Counter)  # "2026-10" -> visits
    channels: Counter[int | None] = field(default_factory=Counter)
    durations: Counter[int] = field(default_factory=Counter)  # minutes -> visits
    minutes: int = 0

    @property
    def visits(self) -> int:
        return sum(self.months.values())

    def add(self, other: LocationVisits) -> None:
        self.months.update(other.months)
        self.channels.update(other.channels)
        self.durations.update(other.durations)
        self.minutes += other.minutes


@dataclass(frozen=True)
class Grain:
    """A period's visits and questions per location id."""

    visits: dict[int, LocationVisits]
    questions: dict[int, Cube]  # the question keys, then the count
    question_months: dict[int, Counter[str]]  # "2026-10" -> questions
    keys: tuple[str, ...]

    @classmethod
    def of(cls, visits: VisitPart, questions: dict[int, Cube], keys: Sequence[str]) -> Grain:
        return cls(visits[0], questions, visits[1], tuple(keys))

    def visits_of(self, ids: Iterable[int]) -> LocationVisits:
        total = LocationVisits()
        for location_id in ids:
            if location_id in self.visits:
                total.add(self.visits[location_id])
        return total

    def questions_of(self, ids: Iterable[int]) -> Cube:
        parts = (self.questions[i] for i in ids if i in self.questions)
        return Cube.joined(self.keys, parts)

    def question_months_of(self, ids: Iterable[int]) -> Counter[str]:
        total: Counter[str] = Counter()
        for location_id in ids:
            total.update(self.question_months.get(location_id, Counter()))
        return total


def fetch_grain(session: Any, scope: Scope, keys: Sequence[str]) -> Grain:
    """Visits and their questions by (location, month, channel, duration), questions by
    (location, ``keys``): one pass over the visits, one over the questions."""
    return Grain.of(fetch_visits(session, scope), fetch_questions(session, scope, keys), keys)


VisitPart = tuple[dict[int, LocationVisits], dict[int, Counter[str]]]


def fetch_visits(session: Any, scope: Scope) -> VisitPart:
    """The visit half of a grain: per location its visits, and its questions per month.
    Apart from the questions' half so that the two can be fetched side by side, each on
    its own connection."""
    room_to_group(session)
    rows = q.visit_grain(session, scope)
    with gc_paused():  # the rows shaped (the SQL above runs as the bench's bare SQL does)
        return _shaped_visits(rows)


def fetch_questions(session: Any, scope: Scope, keys: Sequence[str]) -> dict[int, Cube]:
    """The question half of a grain: per location its questions by ``keys``."""
    room_to_group(session)
    rows = q.question_cube(session, scope, keys, per_location=True)
    with gc_paused():
        return _shaped_questions(rows, keys)


def _shaped_visits(visit_rows: Sequence[Sequence[Any]]) -> VisitPart:
    visits: dict[int, LocationVisits] = {}
    months: dict[int, Counter[str]] = {}
    for location_id, unit, channel, duration, n, asked in visit_rows:
        entry = visits.get(location_id)
        if entry is None:
            entry = visits[location_id] = LocationVisits()
            months[location_id] = Counter()
        entry.months[unit] += n
        months[location_id][unit] += asked
        entry.channels[channel] += n
        if duration is not None:
            entry.durations[duration] += n
            entry.minutes += duration * n
    return visits, months


def _shaped_questions(per_key: Sequence[Sequence[Any]], keys: Sequence[str]) -> dict[int, Cube]:
    counts: dict[int, list[tuple[Any, ...]]] = {}
    for location_id, *values, n in per_key:
        rows = counts.get(location_id)
        if rows is None:
            rows = counts[location_id] = []
        rows.append((*values, n))
    return {location_id: Cube(tuple(keys), tuple(rows)) for location_id, rows in counts.items()}


def month_visits(session: Any, scope: Scope) -> dict[int, Counter[str]]:
    """Visits per location id and month ("2026-10"), nothing else."""
    result: dict[int, Counter[str]] = {}
    for unit, location_id, n in q.visits_per(session, scope, "month", per_location=True):
        result.setdefault(location_id, Counter())[unit] += n
    return result
