"""The monthly report (also for a quarter, a year or any range): SQL aggregates in, a
MonthlyReport out.

``fetch_monthly`` runs every query the report needs (and nothing else), ``build_monthly``
turns those grouped rows into the report model without touching the database again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, ClassVar

from db.queries import reports as q
from ido_desk.desk import Desk
from ido_desk.lists import Catalogue
from ido_desk.periods import Period, dutch_date, minus_year, month
from ido_desk.reports import compare
from ido_desk.reports import counts as c
from ido_desk.reports import formatting as fmt
from ido_desk.reports.compare import Counted
from ido_desk.reports.grain import month_visits
from ido_desk.reports.model import (
    Comparison,
    CountRow,
    Header,
    Heatmap,
    KeyFigure,
    TrendPoint,
)
from ido_desk.reports.received import mark_months, months_not_received
from ido_desk.reports.referral import DEFINITION as REFERRAL_DEFINITION
from ido_desk.reports.scope import Selection

Progress = Callable[[int, int, str], None]
OPENING_HOURS = range(9, 18)  # the heatmap always shows at least these hours
TITLE = "Rapportage Informatiepunt Digitale Overheid"

DEFINITIONS = (
    "Bezoek: één persoon die één keer is geholpen. Een bezoek kan meer vragen hebben; "
    "onderwerp, organisatie en hulp worden per vraag geteld.",
    REFERRAL_DEFINITION,
    "Mediane duur: de middelste duur van de bezoeken waarvan de duur is vastgelegd.",
    "Vergelijking: een lopende periode of een reeks dagen met evenveel dagen met dezelfde "
    "weekdagen ervoor en 52 weken eerder; een hele maand of een heel kwartaal met de vorige "
    "en met die van een jaar eerder; een jaar met het jaar ervoor (een lopend jaar: dezelfde "
    "datums een jaar eerder). 'Niet vergelijkbaar': de "
    "vergeleken periode heeft veel minder gegevens (minder dan half zoveel maanden of dagen "
    "met bezoeken per locatie). pp = procentpunt.",
    "Turflijsten tellen mee in de aantallen, niet in het tijdstip-overzicht (drukste dag en "
    "uur, bezoeken per dag en uur): hun bezoeken hebben geen echt tijdstip.",
    "Tijden zijn plaatselijke tijd, zoals de klok ze aangaf (ook rond de zomertijdwissel). "
    "Verwijderde registraties tellen niet mee; notities staan nooit in een rapport.",
)
FULL_KEYS = ("topic", "subtopic", "organisation", "help", "referral")
REFERRAL_KEYS = ("help",)


@dataclass(frozen=True)
class MonthlyReport:
    kind: ClassVar[str] = "monthly"
    header: Header
    visits: int
    questions: int
    comparisons: tuple[Comparison, ...]  # what the earlier columns of the key figures cover
    key_figures: tuple[KeyFigure, ...]
    topics: tuple[CountRow, ...]  # main topics, each followed by its sub-topics (level 1)
    organisations: tuple[CountRow, ...]  # government levels, each followed by organisations
    helps: tuple[CountRow, ...]
    channels: tuple[CountRow, ...]
    referrals: tuple[CountRow, ...]
    heatmap: Heatmap
    trend: tuple[TrendPoint, ...]  # twelve months; a year report: its months, the year before
    definitions: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return self.visits == 0


@dataclass(frozen=True)
class PeriodData:
    """The grouped rows of one period, as plain tuples."""

    # channel, weekday, hour, n, minutes; weekday and hour None for tally-sheet visits
    visit_cube: tuple[tuple[int | None, int | None, int | None, int, int], ...]
    questions: c.Cube
    durations: Counter[int]
    units: int  # location-months or location-days with any visit

    @property
    def visits(self) -> int:
        return sum(row[3] for row in self.visit_cube)


@dataclass(frozen=True)
class MonthlyData:
    counted: Counted
    selection: Selection
    current: PeriodData
    earlier: tuple[PeriodData, ...]  # one per comparison
    trend_months: tuple[tuple[int, int], ...]
    trend_visits: dict[str, int]
    trend_questions: dict[str, int]
    # per location id, the trend's months (and a year report's months a year earlier)
    # nothing was received for
    trend_missing: dict[int, tuple[date, ...]]
    before_missing: dict[int, tuple[date, ...]] | None


def _period_data(
    desk: Desk, selection: Selection, period: Period, keys: tuple[str, ...], unit: str
) -> PeriodData:
    scope = selection.scope(period)
    with desk.db.session() as session:
        visits = tuple(
            (_maybe(r.channel_id), _maybe(r.weekday), _maybe(r.hour), int(r.visits), int(r.minutes))
            for r in q.visit_cube(session, scope)
        )
        questions = c.Cube.of(keys, q.question_cube(session, scope, by=keys))
        durations: Counter[int] = Counter()
        for row in q.duration_cube(session, scope):
            if row.duration_min is not None:
                durations[int(row.duration_min)] += int(row.visits)
        units = q.active_units(session, scope, unit)
    return PeriodData(visits, questions, durations, units)


def _maybe(value: int | None) -> int | None:
    return None if value is None else int(value)


def trend_months(counted: Counted) -> tuple[tuple[int, int], ...]:
    """A year report: its months (up to today's). Otherwise the twelve months up to and
    including the period's last counted month (never a month in the future)."""
    if counted.period.kind == "year":
        return tuple(counted.counted.months())
    last_day = counted.counted.last_day
    months = [(last_day.year, last_day.month)]
    current = month(last_day.year, last_day.month)
    for _ in range(11):
        current = current.previous()
        months.insert(0, (current.start.year, current.start.month))
    return tuple(months)


def fetch_monthly(
    desk: Desk, counted: Counted, selection: Selection, progress: Progress | None = None
) -> MonthlyData:
    """Every aggregate the report needs, straight from SQL."""
    step = progress or (lambda done, total, text: None)
    unit = counted.coverage_unit
    step(0, 4, "Cijfers van de periode")
    current = _period_data(desk, selection, counted.counted, FULL_KEYS, unit)
    step(1, 4, "Vergelijking")
    earlier = tuple(
        _period_data(desk, selection, cmp.period, REFERRAL_KEYS, unit)
        for cmp in counted.comparisons
    )
    step(2, 4, "Verloop per maand")
    months = trend_months(counted)
    first, last = month(*months[0]), month(*months[-1])
    trend = Period("range", first.start, min(counted.counted.end, last.end))
    before = None
    with desk.db.session() as session:
        scope = selection.scope(trend)
        per_location = month_visits(session, scope)
        questions = {r.unit: int(r.questions) for r in q.questions_per(session, scope, "month")}
        if counted.period.kind == "year":  # the year before, up to the same day
            before = Period("range", first.year_earlier().start, minus_year(trend.end))
            per_location_before = month_visits(session, selection.scope(before))
    visits: Counter[str] = Counter()
    for counts in per_location.values():
        visits.update(counts)
    missing = months_not_received(desk, per_location, trend)
    missing_before = None
    if before is not None:
        for counts in per_location_before.values():
            visits.update(counts)
        missing_before = months_not_received(desk, per_location_before, before)
    step(3, 4, "Rapport opmaken")
    return MonthlyData(
        counted, selection, current, earlier, months, visits, questions, missing, missing_before
    )


def build(
    desk: Desk,
    counted: Counted,
    selection: Selection,
    request: Any = None,
    progress: Progress | None = None,
) -> MonthlyReport:
    data = fetch_monthly(desk, counted, selection, progress)
    return build_monthly(data, desk.catalogue, desk.clock().date())


# -- building the model -------------------------------------------------------------------


def build_monthly(data: MonthlyData, catalogue: Catalogue, produced: date) -> MonthlyReport:
    current, counted = data.current, data.counted
    judged = tuple(
        compare.judged(cmp, current.units, then.units)
        for cmp, then in zip(counted.comparisons, data.earlier, strict=True)
    )
    definitions: tuple[str, ...] = DEFINITIONS
    if counted.until is not None:
        definitions += (
            f"Deze periode loopt nog: de cijfers gaan t/m {dutch_date(counted.until)} en worden "
            "vergeleken met "
            + " en ".join(f"{cmp.name.lower()} ({cmp.period.label})" for cmp in judged)
            + ".",
        )
    running_month = (counted.until.year, counted.until.month) if counted.until else None
    report = MonthlyReport(
        header=data.selection.header(TITLE, counted, produced),
        visits=current.visits,
        questions=current.questions.total,
        comparisons=judged,
        key_figures=key_figures(current, data.earlier, judged, catalogue),
        topics=c.topic_rows(current.questions, catalogue),
        organisations=c.organisation_rows(current.questions, catalogue),
        helps=c.help_rows(current.questions, catalogue),
        channels=_channels(current, catalogue),
        referrals=c.referral_rows(current.questions, catalogue),
        heatmap=_heatmap(current),
        trend=tuple(
            TrendPoint(
                year,
                month_,
                data.trend_visits.get(f"{year}-{month_:02d}", 0),
                data.trend_questions.get(f"{year}-{month_:02d}", 0),
                running=(year, month_) == running_month,
                before=data.trend_visits.get(f"{year - 1}-{month_:02d}", 0)
                if counted.period.kind == "year"
                else None,
            )
            for year, month_ in data.trend_months
        ),
        definitions=definitions,
    )
    points, _lines = mark_months(
        report.trend, data.selection.locations, data.trend_missing, data.before_missing
    )
    return replace(report, trend=points)


def _busiest(data: PeriodData) -> tuple[int | None, int | None]:
    days: Counter[int] = Counter()
    hours: Counter[int] = Counter()
    for _channel, weekday, hour, visits, _minutes in data.visit_cube:
        if weekday is None or hour is None:
            continue  # a tally sheet: no real time of day
        days[weekday] += visits
        hours[hour] += visits
    day = max(fmt.MONDAY_FIRST, key=lambda d: (days[d], -fmt.MONDAY_FIRST.index(d)))
    busiest_hour = max(sorted(hours), key=lambda h: (hours[h], -h), default=None)
    return (day if days[day] else None), busiest_hour


def key_figures(
    current: PeriodData,
    earlier: tuple[PeriodData, ...],
    comparisons: tuple[Comparison, ...],
    catalogue: Catalogue,
) -> tuple[KeyFigure, ...]:
    periods = (current, *earlier)
    ok = [cmp.comparable for cmp in comparisons]
    visits = [float(p.visits) for p in periods]
    questions = [float(p.questions.total) for p in periods]
    per_visit = [fmt.ratio(int(qn), int(v)) for qn, v in zip(questions, visits, strict=True)]
    referred = [
        fmt.ratio(c.referred_count(p.questions, catalogue), p.questions.total) for p in periods
    ]
    spot = [fmt.ratio(c.direct_count(p.questions, catalogue), p.questions.total) for p in periods]
    medians = [c.median(p.durations) for p in periods]
    minutes = [float(sum(row[4] for row in p.visit_cube)) for p in periods]
    busiest = [_busiest(p) for p in periods]

    def figure(
        label: str, kind: str, values: list[float | None], points: bool = False
    ) -> KeyFigure:
        now, *before = values
        delta = compare.points if points else compare.change
        return KeyFigure(
            label,
            kind,
            now,
            tuple(before),
            tuple(delta(now, b, comparable) for b, comparable in zip(before, ok, strict=True)),
        )

    def named(label: str, kind: str, values: list[int | None]) -> KeyFigure:
        now, *before = (None if v is None else float(v) for v in values)
        return KeyFigure(label, kind, now, tuple(before), tuple(None for _ in before))

    return (
        figure("Bezoeken", "count", list(visits)),
        figure("Vragen", "count", list(questions)),
        figure("Vragen per bezoek", "decimal", list(per_visit)),
        figure("Direct geholpen", "percent", list(spot), points=True),
        figure("Doorverwezen", "percent", list(referred), points=True),
        figure("Mediane duur", "minutes", list(medians)),
        figure("Totale hulptijd", "hours", list(minutes)),
        named("Drukste dag", "weekday", [b[0] for b in busiest]),
        named("Drukste uur", "hour", [b[1] for b in busiest]),
    )


def _channels(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    counts: Counter[int | None] = Counter()
    for channel, _day, _hour, visits, _minutes in data.visit_cube:
        counts[channel] += visits
    return c.channel_rows(counts, catalogue)


def _heatmap(data: PeriodData) -> Heatmap:
    cells: Counter[tuple[int, int]] = Counter()
    for _channel, weekday, hour, visits, _minutes in data.visit_cube:
        if weekday is not None and hour is not None:  # tally sheets have no time of day
            cells[(weekday, hour)] += visits
    used_hours = {hour for (_day, hour), n in cells.items() if n}
    hours = tuple(
        range(
            min(used_hours | {OPENING_HOURS.start}), max(used_hours | {OPENING_HOURS.stop - 1}) + 1
        )
    )
    days = [d for d in fmt.MONDAY_FIRST if d != 0 or any(cells[(0, h)] for h in hours)]
    return Heatmap(
        days=tuple(fmt.WEEKDAYS_SHORT[d] for d in days),
        hours=hours,
        cells=tuple(tuple(cells[(d, h)] for h in hours) for d in days),
    )
