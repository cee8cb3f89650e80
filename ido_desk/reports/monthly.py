"""The monthly report (also for a quarter, a year or any range): SQL aggregates in, a
MonthlyReport out.

``fetch_monthly`` runs every query the report needs (and nothing else), ``build_monthly``
turns those grouped rows into the report model without touching the database again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from db.queries import reports as q
from ido_desk import __version__
from ido_desk.desk import Desk
from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue
from ido_desk.periods import Period, dutch_date, minus_year, month
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import (
    CountRow,
    Header,
    Heatmap,
    KeyFigure,
    MonthlyReport,
    TrendPoint,
)
from ido_desk.reports.scope import Selection

Progress = Callable[[int, int, str], None]
REFERRED_HELP = "doorverwezen"
OPENING_HOURS = range(9, 18)  # the heatmap always shows at least these hours
TITLE = "Rapportage Informatiepunt Digitale Overheid"

DEFINITIONS = (
    "Bezoek: één persoon die één keer is geholpen. Een bezoek kan meer vragen hebben; "
    "onderwerp, organisatie en hulp worden per vraag geteld.",
    "Doorverwezen: een vraag waarbij 'Doorverwezen' is gekozen of een doorverwijzing "
    "(ook naar een cursus) is vastgelegd. Direct geholpen: de overige vragen.",
    "Mediane duur: de middelste duur van de bezoeken waarvan de duur is vastgelegd.",
    "Vergelijking: met de vorige periode van dezelfde lengte en met dezelfde periode een jaar "
    "eerder. pp = procentpunt.",
    "Turflijsten tellen mee in de aantallen, niet in het tijdstip-overzicht (drukste dag en "
    "uur, bezoeken per dag en uur): hun bezoeken hebben geen echt tijdstip.",
    "Tijden zijn plaatselijke tijd, zoals de klok ze aangaf (ook rond de zomertijdwissel). "
    "Verwijderde registraties tellen niet mee; notities staan nooit in een rapport.",
)


@dataclass(frozen=True)
class PeriodData:
    """The grouped rows of one period, as plain tuples."""

    # channel, weekday, hour, n, minutes; weekday and hour None for tally-sheet visits
    visit_cube: tuple[tuple[int | None, int | None, int | None, int, int], ...]
    question_cube: tuple[tuple[int | None, ...], ...]  # ids ..., questions (last)
    question_keys: tuple[str, ...]
    median: float | None

    def column(self, name: str) -> int:
        return self.question_keys.index(name)

    @property
    def visits(self) -> int:
        return sum(row[3] for row in self.visit_cube)

    @property
    def questions(self) -> int:
        return sum(int(row[-1] or 0) for row in self.question_cube)


@dataclass(frozen=True)
class MonthlyData:
    period: Period
    selection: Selection
    current: PeriodData
    previous: PeriodData
    year_ago: PeriodData
    trend_months: tuple[tuple[int, int], ...]
    trend_visits: dict[str, int]
    trend_questions: dict[str, int]
    until: date | None = None  # the period runs on: its figures go up to this day
    compared: tuple[Period, Period] | None = None  # the previous / year-ago ranges compared


FULL_KEYS = ("topic", "subtopic", "organisation", "help", "referral")
REFERRAL_KEYS = ("help", "referral")


def _period_data(
    desk: Desk, selection: Selection, period: Period, keys: tuple[str, ...]
) -> PeriodData:
    scope = selection.scope(period)
    with desk.db.session() as session:
        visits = tuple(
            (_maybe(r.channel_id), _maybe(r.weekday), _maybe(r.hour), int(r.visits), int(r.minutes))
            for r in q.visit_cube(session, scope)
        )
        questions = tuple(tuple(row) for row in q.question_cube(session, scope, by=keys))
        median = q.median_duration(session, scope)
    return PeriodData(visits, questions, keys, median)


def _maybe(value: int | None) -> int | None:
    return None if value is None else int(value)


def trend_months(period: Period, today: date | None = None) -> tuple[tuple[int, int], ...]:
    """The twelve months up to and including the period's last month, or today's month when
    the period runs on (no months in the future)."""
    last_day = period.last_day if today is None else min(period.last_day, today)
    last = month(last_day.year, last_day.month)
    months = [(last.start.year, last.start.month)]
    current = last
    for _ in range(11):
        current = current.previous()
        months.insert(0, (current.start.year, current.start.month))
    return tuple(months)


def fetch_monthly(
    desk: Desk, period: Period, selection: Selection, progress: Progress | None = None
) -> MonthlyData:
    """Every aggregate the report needs, straight from SQL."""
    step = progress or (lambda done, total, text: None)
    today = desk.clock().date()
    until, counted, before, earlier = None, period, period.previous(), period.year_earlier()
    if period.runs_on(today):  # compare the days so far with the same days before
        until = today
        days = (today - period.start).days + 1
        counted, before = period.cut(days), before.cut(days)
        earlier = Period("range", earlier.start, minus_year(today) + timedelta(days=1))
    step(0, 5, "Cijfers van de periode")
    current = _period_data(desk, selection, counted, FULL_KEYS)
    step(1, 5, "Vorige periode")
    previous = _period_data(desk, selection, before, REFERRAL_KEYS)
    step(2, 5, "Een jaar eerder")
    year_ago = (
        previous if earlier == before else _period_data(desk, selection, earlier, REFERRAL_KEYS)
    )
    step(3, 5, "Verloop over twaalf maanden")
    months = trend_months(period, today)
    first, last = month(*months[0]), month(*months[-1])
    trend = Period("range", first.start, min(period.end, last.end))
    with desk.db.session() as session:
        scope = selection.scope(trend)
        visits = {r.unit: int(r.visits) for r in q.visits_per(session, scope, "month")}
        questions = {r.unit: int(r.questions) for r in q.questions_per(session, scope, "month")}
    step(4, 5, "Rapport opmaken")
    return MonthlyData(
        period,
        selection,
        current,
        previous,
        year_ago,
        months,
        visits,
        questions,
        until,
        (before, earlier),
    )


def monthly_report(
    desk: Desk, period: Period, selection: Selection, progress: Progress | None = None
) -> MonthlyReport:
    data = fetch_monthly(desk, period, selection, progress)
    return build_monthly(data, desk.catalogue, desk.clock().date())


# -- building the model -------------------------------------------------------------------


def build_monthly(data: MonthlyData, catalogue: Catalogue, produced: date) -> MonthlyReport:
    current = data.current
    header = Header(
        title=TITLE,
        location=data.selection.label,
        organisation=data.selection.organisation,
        municipality=data.selection.municipality,
        period=data.period,
        produced=produced,
        version=__version__,
        until=data.until,
    )
    before, earlier = data.compared or (data.period.previous(), data.period.year_earlier())
    definitions: tuple[str, ...] = DEFINITIONS
    if data.until is not None:
        definitions += (
            f"Deze periode loopt nog: de cijfers gaan t/m {dutch_date(data.until)} en worden "
            f"vergeleken met dezelfde dagen ervoor ({before.label}) en een jaar eerder "
            f"({earlier.label}).",
        )
    return MonthlyReport(
        header=header,
        visits=current.visits,
        questions=current.questions,
        key_figures=key_figures(data, catalogue),
        topics=_topics(current, catalogue),
        organisations=_organisations(current, catalogue),
        helps=_helps(current, catalogue),
        channels=_channels(current, catalogue),
        referrals=_referrals(current, catalogue),
        heatmap=_heatmap(current),
        trend=tuple(
            TrendPoint(
                year,
                month_,
                fmt.month_short(year, month_),
                data.trend_visits.get(f"{year}-{month_:02d}", 0),
                data.trend_questions.get(f"{year}-{month_:02d}", 0),
            )
            for year, month_ in data.trend_months
        ),
        definitions=definitions,
        compared=(before.label, earlier.label),
    )


def _sum_by(data: PeriodData, key: str) -> Counter[int | None]:
    column = data.column(key)
    totals: Counter[int | None] = Counter()
    for row in data.question_cube:
        totals[row[column]] += int(row[-1] or 0)
    return totals


def _referred(data: PeriodData, catalogue: Catalogue) -> int:
    referred = catalogue.help_kinds.get(REFERRED_HELP)
    help_col, referral_col = data.column("help"), data.column("referral")
    return sum(
        int(row[-1] or 0)
        for row in data.question_cube
        if row[referral_col] is not None or (referred and row[help_col] == referred.id)
    )


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


def key_figures(data: MonthlyData, catalogue: Catalogue) -> tuple[KeyFigure, ...]:
    periods = (data.current, data.previous, data.year_ago)
    visits = [p.visits for p in periods]
    questions = [p.questions for p in periods]
    per_visit = [fmt.ratio(qn, v) for qn, v in zip(questions, visits, strict=True)]
    referred = [fmt.ratio(_referred(p, catalogue), p.questions) for p in periods]
    spot = [None if r is None else 1 - r for r in referred]
    medians = [p.median for p in periods]
    busiest = [_busiest(p) for p in periods]

    def counted(label: str, values: list[int]) -> KeyFigure:
        now, before, earlier = values
        return KeyFigure(
            label,
            now,
            fmt.number(now),
            f"{fmt.number(before)} ({fmt.change(now, before)})",
            f"{fmt.number(earlier)} ({fmt.change(now, earlier)})",
            before,
            earlier,
            kind="count",
            previous_change=fmt.change(now, before),
            year_ago_change=fmt.change(now, earlier),
        )

    def measured(
        label: str,
        values: list[float | None],
        show: Callable[[float | None], str],
        relative: bool,
        kind: str,
    ) -> KeyFigure:
        now, before, earlier = values
        delta = fmt.change if relative else fmt.points
        return KeyFigure(
            label,
            now,
            show(now),
            f"{show(before)} ({delta(now, before)})" if before is not None else fmt.DASH,
            f"{show(earlier)} ({delta(now, earlier)})" if earlier is not None else fmt.DASH,
            before,
            earlier,
            kind=kind,
            previous_change=delta(now, before),
            year_ago_change=delta(now, earlier),
        )

    def per_visit_text(value: float | None) -> str:
        return fmt.DASH if value is None else fmt.decimal(value, 2)

    def named(label: str, values: list[int | None], show: Callable[[int], str]) -> KeyFigure:
        now, before, earlier = values
        return KeyFigure(
            label,
            None if now is None else float(now),
            fmt.DASH if now is None else show(now),
            fmt.DASH if before is None else show(before),
            fmt.DASH if earlier is None else show(earlier),
            None if before is None else float(before),
            None if earlier is None else float(earlier),
        )

    return (
        counted("Bezoeken", visits),
        counted("Vragen", questions),
        measured("Vragen per bezoek", per_visit, per_visit_text, True, "decimal"),
        measured("Direct geholpen", spot, fmt.percent, False, "percent"),
        measured("Doorverwezen", referred, fmt.percent, False, "percent"),
        measured("Mediane duur", medians, fmt.minutes, True, "minutes"),
        named("Drukste dag", [b[0] for b in busiest], lambda d: fmt.WEEKDAYS_NL[d]),
        named("Drukste uur", [b[1] for b in busiest], fmt.hour_span),
    )


def _ranked(counts: Counter[int | None], label: Callable[[int | None], str]) -> list[int | None]:
    """The keys with a count, most first (ties by label)."""
    return [k for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], label(kv[0]))) if n]


def _rows(
    counts: Counter[int | None],
    label: Callable[[int | None], str],
    level: int = 0,
    total: int | None = None,
) -> list[CountRow]:
    whole = sum(counts.values()) if total is None else total
    return [
        CountRow(label(key), counts[key], fmt.ratio(counts[key], whole), level)
        for key in _ranked(counts, label)
    ]


def _topics(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    topic_col, sub_col = data.column("topic"), data.column("subtopic")
    per_topic: Counter[int | None] = Counter()
    per_sub: dict[int | None, Counter[int | None]] = {}
    for row in data.question_cube:
        n = int(row[-1] or 0)
        per_topic[row[topic_col]] += n
        per_sub.setdefault(row[topic_col], Counter())[row[sub_col]] += n
    whole = data.questions
    label = _label(catalogue.topics)
    result: list[CountRow] = []
    for topic_id in _ranked(per_topic, label):
        result.append(
            CountRow(label(topic_id), per_topic[topic_id], fmt.ratio(per_topic[topic_id], whole))
        )
        subs = per_sub.get(topic_id, Counter())
        if any(key is not None for key in subs):
            named: Counter[int | None] = Counter({k: v for k, v in subs.items() if k is not None})
            result += _rows(named, label, 1, whole)
            if subs.get(None):
                result.append(
                    CountRow("zonder sub-onderwerp", subs[None], fmt.ratio(subs[None], whole), 1)
                )
    return tuple(result)


def _organisations(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    per_org = _sum_by(data, "organisation")
    whole = data.questions
    per_level: Counter[str] = Counter()
    for org_id, n in per_org.items():
        level = catalogue.organisations.by_id(org_id).level if org_id is not None else ""
        per_level[level] += n
    result: list[CountRow] = []
    for level, n in sorted(per_level.items(), key=lambda kv: (-kv[1], kv[0])):
        if not n:
            continue
        name = GOVERNMENT_LEVELS.get(level, (level or "Geen organisatie", ""))[0]
        result.append(CountRow(name, n, fmt.ratio(n, whole)))
        if level:
            members: Counter[int | None] = Counter(
                {
                    k: v
                    for k, v in per_org.items()
                    if k is not None and catalogue.organisations.by_id(k).level == level
                }
            )
            result += _rows(members, _label(catalogue.organisations), 1, whole)
    return tuple(result)


def _helps(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    counts = _sum_by(data, "help")
    return tuple(_rows(counts, _label(catalogue.help_kinds, "Niet ingevuld")))


def _channels(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    counts: Counter[int | None] = Counter()
    for channel, _day, _hour, visits, _minutes in data.visit_cube:
        counts[channel] += visits
    return tuple(_rows(counts, _label(catalogue.channels)))


REFERRAL_KINDS = {"organisation": "organisatie", "course": "cursus", "service": "dienst"}


def _referrals(data: PeriodData, catalogue: Catalogue) -> tuple[CountRow, ...]:
    counts = _sum_by(data, "referral")
    counts.pop(None, None)
    rows = _rows(counts, _label(catalogue.referrals))
    by_label = {r.label_nl: r for r in catalogue.referrals}
    return tuple(
        CountRow(
            row.label,
            row.count,
            row.share,
            note=REFERRAL_KINDS.get(by_label[row.label].kind, "") if row.label in by_label else "",
        )
        for row in rows
    )


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


def _label(items: Iterable[object], missing: str = "Geen") -> Callable[[int | None], str]:
    by_id = {item.id: item.label_nl for item in items}  # type: ignore[attr-defined]

    def label(key: int | None) -> str:
        return missing if key is None else by_id.get(key, f"#{key}")

    return label
