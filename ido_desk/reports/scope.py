"""Which locations a report covers: the own location, one by code, or all, narrowed by
municipality (CBS code), province or library organisation. The title block says which."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from db.queries.report_scope import Scope
from ido_desk import __version__
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.location import LocationInfo, all_locations
from ido_desk.periods import Period
from ido_desk.reports.compare import Counted
from ido_desk.reports.model import Header
from ido_desk.translatable import QT_TRANSLATE_NOOP

ALL = "all"
ALL_WORDS = {"all", "alle", "*"}


@dataclass(frozen=True)
class LocationFilter:
    """``location``: a code, "all", or None (the own location; all when a narrowing filter
    is given or no own location is set). The others narrow, each matching any of its values."""

    location: str | None = None
    municipalities: tuple[str, ...] = ()  # CBS codes: GM0603
    provinces: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    @property
    def narrows(self) -> bool:
        return bool(self.municipalities or self.provinces or self.organisations)


@dataclass(frozen=True)
class Selection:
    locations: tuple[LocationInfo, ...]
    everything: bool  # all locations in the database (also those added later)
    covers: str = ""  # what the filter kept, for the title block

    @property
    def ids(self) -> tuple[int, ...] | None:
        return None if self.everything else tuple(loc.id for loc in self.locations)

    @property
    def label(self) -> str:
        if not self.everything and len(self.locations) == 1:
            return self.locations[0].title
        if self.covers:
            return f"{len(self.locations)} locaties"
        return f"Alle locaties ({len(self.locations)})"

    @property
    def codes(self) -> str:
        return ", ".join(loc.code for loc in self.locations)

    @property
    def organisation(self) -> str:
        return _common(loc.organisation for loc in self.locations)

    @property
    def municipality(self) -> str:
        return _common(f"{loc.municipality} ({loc.cbs_code})" for loc in self.locations)

    def scope(self, period: Period) -> Scope:
        return Scope(period.start_at, period.end_at, self.ids)

    def header(self, title: str, counted: Counted, produced: date) -> Header:
        return Header(
            title=title,
            location=self.label,
            organisation=self.organisation,
            municipality=self.municipality,
            period=counted.period,
            produced=produced,
            version=__version__,
            until=counted.until,
            covers=self.covers,
            location_codes=self.codes,
            municipality_codes=", ".join(dict.fromkeys(loc.cbs_code for loc in self.locations)),
        )


def _common(values: Iterable[str]) -> str:
    distinct = list(dict.fromkeys(v for v in values if v))
    if len(distinct) <= 3:
        return ", ".join(distinct)
    return QT_TRANSLATE_NOOP("core", "{first} en {count} andere").format(
        first=", ".join(distinct[:3]), count=len(distinct) - 3
    )


def select_locations(desk: Desk, chosen: LocationFilter | str | None = None) -> Selection:
    """The locations a report covers; a ValidationError names what does not exist."""
    where = chosen if isinstance(chosen, LocationFilter) else LocationFilter(chosen)
    choices = all_locations(desk)
    code = where.location
    if code is not None and code.strip().lower() not in ALL_WORDS:
        picked = [c for c in choices if c.code == code.strip()]
        if not picked:
            raise ValidationError(
                "location",
                _unknown(QT_TRANSLATE_NOOP("core", "locatie"), code, [c.code for c in choices]),
            )
    elif code is None and not where.narrows and any(c.is_own for c in choices):
        picked = [c for c in choices if c.is_own]
    else:
        picked = list(choices)
    kept, covers = _narrowed(picked, choices, where)
    is_all = code is not None and code.strip().lower() in ALL_WORDS
    has_own = any(c.is_own for c in choices)
    everything = not where.narrows and (is_all or (code is None and not has_own))
    if not kept:
        raise ValidationError(
            "location",
            QT_TRANSLATE_NOOP("core", "Geen locatie past bij dit filter: {covers}.").format(
                covers=covers
            ),
        )
    return Selection(tuple(kept), everything, covers)


def _narrowed(
    picked: list[LocationInfo], choices: list[LocationInfo], where: LocationFilter
) -> tuple[list[LocationInfo], str]:
    parts = []
    tests = (
        (
            QT_TRANSLATE_NOOP("core", "gemeente"),
            where.municipalities,
            "cbs_code",
            lambda c: c.cbs_code,
            str.upper,
        ),
        (
            QT_TRANSLATE_NOOP("core", "provincie"),
            where.provinces,
            "province",
            lambda c: c.province,
            str.casefold,
        ),
        (
            QT_TRANSLATE_NOOP("core", "organisatie"),
            where.organisations,
            "organisation",
            lambda c: c.organisation,
            str.casefold,
        ),
    )
    kept = picked
    for word, wanted, _field, value, norm in tests:
        if not wanted:
            continue
        known = {norm(value(c)): value(c) for c in choices if value(c)}
        for item in wanted:
            if norm(item.strip()) not in known:
                raise ValidationError(word, _unknown(word, item, sorted(known.values())))
        normalised = {norm(item.strip()) for item in wanted}
        kept = [c for c in kept if norm(value(c)) in normalised]
        if word == "gemeente":
            names = {c.cbs_code: c.municipality for c in choices}
            shown = [f"{names[known[n]]} ({known[n]})" for n in sorted(normalised)]
        else:
            shown = [known[n] for n in sorted(normalised)]
        parts.append(
            QT_TRANSLATE_NOOP("core", "{word} {names}").format(word=word, names=", ".join(shown))
        )
    return kept, _joined(parts)


def _joined(parts: Sequence[str]) -> str:
    """ "gemeente Rijswijk (GM0603); provincie Zuid-Holland", each part said again in the
    reader's language (a plain join would keep only the Dutch)."""
    if not parts:
        return ""
    first, *rest = parts
    if not rest:
        return first
    return QT_TRANSLATE_NOOP("core", "{first}; {rest}").format(first=first, rest=_joined(rest))


def _unknown(word: str, value: str, known: list[str]) -> str:
    listed = ", ".join(known[:10]) or QT_TRANSLATE_NOOP("core", "(nog geen)")
    more = (
        QT_TRANSLATE_NOOP("core", " en {count} andere").format(count=len(known) - 10)
        if len(known) > 10
        else ""
    )
    tail = QT_TRANSLATE_NOOP("core", "; of 'all' voor alle locaties") if word == "locatie" else ""
    return QT_TRANSLATE_NOOP(
        "core", "Onbekende {word} '{value}'. Bekend: {listed}{more}{tail}."
    ).format(word=word, value=value, listed=listed, more=more, tail=tail)
