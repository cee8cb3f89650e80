"""The regional report: for a period every location side by side (visits, questions, per
domain, the top topics, help given, channel, median duration, total help time, months with
nothing received), grouped and subtotalled by municipality, province or library
organisation, with a grand total."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from ido_desk.desk import Desk
from ido_desk.lists import Catalogue
from ido_desk.location import LocationInfo
from ido_desk.periods import month_short, month_starts
from ido_desk.reports import counts as c
from ido_desk.reports.compare import Counted
from ido_desk.reports.grain import Grain, fetch_grain
from ido_desk.reports.kinds import GROUPS
from ido_desk.reports.model import Header
from ido_desk.reports.received import not_received
from ido_desk.reports.scope import Selection

Progress = Callable[[int, int, str], None]
TITLE = "Regio-overzicht Informatiepunt Digitale Overheid"
TOP_TOPICS = 6
KEYS = ("domain", "topic", "help")
LOCATION, SUBTOTAL, TOTAL = 0, 1, 2


@dataclass(frozen=True)
class LocationFigures:
    """One location's counts; ``counts`` holds (dimension, label, number) for every value."""

    location: LocationInfo
    visits: int
    questions: int
    minutes: int
    median: float | None
    counts: tuple[tuple[str, str, int], ...]
    missing: tuple[str, ...]  # months with nothing received ("mrt '26")
    nothing_received: bool = False  # for any month of the period: its figures are dashes


@dataclass(frozen=True)
class RegionRow:
    label: str
    code: str  # the location code; a subtotal: the group; the total: ""
    level: int  # LOCATION, SUBTOTAL or TOTAL
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class RegionTable:
    title: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # per column: count | minutes | hours
    rows: tuple[RegionRow, ...]


@dataclass(frozen=True)
class RegionReport:
    kind: ClassVar[str] = "region"
    header: Header
    group: str  # municipality | province | organisation
    tables: tuple[RegionTable, ...]
    figures: tuple[LocationFigures, ...]
    definitions: tuple[str, ...]

    @property
    def visits(self) -> int:
        return sum(f.visits for f in self.figures)

    @property
    def empty(self) -> bool:
        return self.visits == 0


@dataclass(frozen=True)
class RegionData:
    grain: Grain  # visits and questions (KEYS) per location
    missing: dict[int, tuple[str, ...]]  # location id -> months with nothing received
    months: int  # the months of the period


def fetch_region(desk: Desk, counted: Counted, selection: Selection) -> RegionData:
    """One pass over the visits, one over the questions; the months with nothing received
    from the same visit counts."""
    span = counted.counted
    with desk.db.session() as session:
        grain = fetch_grain(session, selection.scope(span), KEYS)
    missing = {
        location_id: tuple(month_short(m.year, m.month) for m in months)
        for location_id, months in not_received(desk, grain, span).items()
    }
    return RegionData(grain, missing, len(month_starts(span.start, span.last_day)))


def build(
    desk: Desk,
    counted: Counted,
    selection: Selection,
    request: Any,
    progress: Progress | None = None,
) -> RegionReport:
    step = progress or (lambda done, total, text: None)
    step(0, 2, "Cijfers per locatie")
    data = fetch_region(desk, counted, selection)
    step(1, 2, "Rapport opmaken")
    header = selection.header(TITLE, counted, desk.clock().date())
    return build_region(data, selection, desk.catalogue, header, request.group)


def group_of(location: LocationInfo, group: str) -> str:
    if group == "province":
        return location.province or "Provincie onbekend"
    if group == "organisation":
        return location.organisation or "Organisatie onbekend"
    return f"{location.municipality} ({location.cbs_code})"


def build_region(
    data: RegionData, selection: Selection, catalogue: Catalogue, header: Header, group: str
) -> RegionReport:
    channel_label = c.label_of(catalogue.channels)
    grain = data.grain
    figures = []
    for loc in sorted(selection.locations, key=lambda x: (group_of(x, group), x.name, x.code)):
        visits = grain.visits_of([loc.id])
        cube = grain.questions_of([loc.id])
        counts = _ranked("kanaal", channel_label, visits.channels)
        for dimension, key, items, missing in (
            ("domein", "domain", catalogue.domains, "Geen"),
            ("onderwerp", "topic", catalogue.topics, "Geen"),
            ("hulp", "help", catalogue.help_kinds, "Niet ingevuld"),
        ):
            label = c.label_of(items, missing)
            counts += _ranked(dimension, label, cube.sum_by(key))
        lacking = data.missing.get(loc.id, ())
        figures.append(
            LocationFigures(
                loc,
                visits.visits,
                cube.total,
                visits.minutes,
                c.median(visits.durations),
                tuple(counts),
                lacking,
                nothing_received=not visits.visits and len(lacking) == data.months,
            )
        )
    tables = _tables(figures, grain, group)
    return RegionReport(header, group, tables, tuple(figures), DEFINITIONS)


def _ranked(
    dimension: str, label: Callable[[Any], str], numbers: Mapping[Any, int]
) -> list[tuple[str, str, int]]:
    """The values of one dimension, most first and by label among equals: the same order on
    every database, whatever order its GROUP BY returned."""
    labelled = [(label(key), n) for key, n in numbers.items() if n]
    return [(dimension, name, n) for name, n in sorted(labelled, key=lambda p: (-p[1], p[0]))]


DEFINITIONS = (
    "Bezoek: één persoon die één keer is geholpen; onderwerp, domein en hulp worden per vraag "
    "geteld (een bezoek kan meer vragen hebben).",
    "Hulptijd: de opgetelde duur van de bezoeken waarvan de duur is vastgelegd; mediane duur: "
    "de middelste duur. Een subtotaal rekent de mediaan over alle bezoeken van de groep.",
    "Niets ontvangen: een afgelopen maand zonder bezoeken en zonder export die de maand dekt.",
    "Verwijderde registraties tellen niet mee; notities staan nooit in een rapport.",
)


def _columns(figures: list[LocationFigures], dimension: str, top: int | None) -> tuple[str, ...]:
    totals: Counter[str] = Counter()
    for figure in figures:
        for dim, label, n in figure.counts:
            if dim == dimension:
                totals[label] += n
    ordered = [label for label, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    return tuple(ordered[:top] if top else ordered)


def _tables(figures: list[LocationFigures], grain: Grain, group: str) -> tuple[RegionTable, ...]:
    groups: dict[str, list[LocationFigures]] = {}
    for figure in figures:
        groups.setdefault(group_of(figure.location, group), []).append(figure)
    word = GROUPS[group]

    def rows(
        values: Callable[[list[LocationFigures]], tuple[float | None, ...]],
        kept: int | None = None,  # the column that is a figure even with nothing received
    ) -> tuple[RegionRow, ...]:
        def marked(members: list[LocationFigures]) -> tuple[float | None, ...]:
            """Nothing received from any of them: dashes, not zeros that read as figures."""
            shown = values(members)
            if members and all(f.nothing_received for f in members):
                return tuple(v if n == kept else None for n, v in enumerate(shown))
            return shown

        result = []
        for name, members in groups.items():
            for f in members:
                label = f.location.title if len(members) > 1 else f"{f.location.title} · {name}"
                result.append(RegionRow(label, f.location.code, LOCATION, marked([f])))
            if len(members) > 1:  # one location: its row is its group's total, named so
                result.append(
                    RegionRow(f"Subtotaal {word} {name}", name, SUBTOTAL, marked(members))
                )
        result.append(RegionRow("Totaal", "", TOTAL, marked(figures)))
        return tuple(result)

    def median_of(members: list[LocationFigures]) -> float | None:
        return c.median(grain.visits_of(f.location.id for f in members).durations)

    def dimension(
        members: list[LocationFigures], dim: str, labels: tuple[str, ...]
    ) -> tuple[float | None, ...]:
        totals: Counter[str] = Counter()
        for f in members:
            for d, label, n in f.counts:
                if d == dim:
                    totals[label] += n
        return tuple(float(totals[label]) for label in labels)

    domains = _columns(figures, "domein", None)
    topics = _columns(figures, "onderwerp", TOP_TOPICS)
    helps = _columns(figures, "hulp", None)
    channels = _columns(figures, "kanaal", None)
    main = RegionTable(
        "Bezoeken, vragen en hulptijd",
        ("Bezoeken", "Vragen", "Mediane duur", "Hulptijd", "Maanden niets ontvangen"),
        ("count", "count", "minutes", "hours", "count"),
        rows(
            lambda m: (
                float(sum(f.visits for f in m)),
                float(sum(f.questions for f in m)),
                median_of(m),
                float(sum(f.minutes for f in m)),
                float(sum(len(f.missing) for f in m)),
            ),
            kept=4,
        ),
    )
    return (
        main,
        RegionTable(
            "Vragen per domein",
            domains,
            ("count",) * len(domains),
            rows(lambda m: dimension(m, "domein", domains)),
        ),
        RegionTable(
            f"Vragen over de {len(topics)} meest gevraagde onderwerpen",
            topics,
            ("count",) * len(topics),
            rows(lambda m: dimension(m, "onderwerp", topics)),
        ),
        RegionTable(
            "Vragen per soort hulp",
            helps,
            ("count",) * len(helps),
            rows(lambda m: dimension(m, "hulp", helps)),
        ),
        RegionTable(
            "Bezoeken per kanaal",
            channels,
            ("count",) * len(channels),
            rows(lambda m: dimension(m, "kanaal", channels)),
        ),
    )
