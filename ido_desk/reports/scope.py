"""Which locations a report covers: one (by code), or all in the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from db.queries import reports as q
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.location import LocationInfo, all_locations
from ido_desk.periods import Period

ALL = "all"
ALL_WORDS = {"all", "alle", "*"}


@dataclass(frozen=True)
class Selection:
    locations: tuple[LocationInfo, ...]
    everything: bool  # all locations in the database (also those added later)

    @property
    def ids(self) -> tuple[int, ...] | None:
        return None if self.everything else tuple(loc.id for loc in self.locations)

    @property
    def label(self) -> str:
        if not self.everything and len(self.locations) == 1:
            return self.locations[0].title
        return f"Alle locaties ({len(self.locations)})"

    @property
    def organisation(self) -> str:
        return _common(loc.organisation for loc in self.locations)

    @property
    def municipality(self) -> str:
        return _common(f"{loc.municipality} ({loc.cbs_code})" for loc in self.locations)

    def scope(self, period: Period) -> q.Scope:
        return q.Scope(period.start_at, period.end_at, self.ids)


def _common(values: Iterable[str]) -> str:
    distinct = list(dict.fromkeys(v for v in values if v))
    if len(distinct) <= 3:
        return ", ".join(distinct)
    return f"{', '.join(distinct[:3])} en {len(distinct) - 3} andere"


def select_locations(desk: Desk, code: str | None) -> Selection:
    """``code`` None: the own location (all locations when none is set); "all": every
    location; otherwise the location with that code, or a ValidationError naming the codes
    that exist."""
    choices = all_locations(desk)
    if code is None:
        own = [c for c in choices if c.is_own]
        return Selection(tuple(own), False) if own else Selection(tuple(choices), True)
    if code.strip().lower() in ALL_WORDS:
        return Selection(tuple(choices), True)
    for choice in choices:
        if choice.code == code.strip():
            return Selection((choice,), False)
    known = ", ".join(c.code for c in choices[:10]) or "(nog geen locaties)"
    more = f" en {len(choices) - 10} andere" if len(choices) > 10 else ""
    raise ValidationError(
        "location",
        f"Onbekende locatie '{code}'. Bekende codes: {known}{more}; of 'all' voor alle locaties.",
    )
