"""The municipality account ("gemeenteverantwoording"), fit to hand to the municipality that
pays for its IDOs: per municipality the visits and questions of the period with the months
and the quarters, every table beside the year before (domain, topic and sub-topic,
organisation, government level, help given, referrals, channel, in or outside the library),
help time, the locations counted; and a grand total across the municipalities."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Concatenate, ParamSpec, TypeVar

from ido_desk.desk import Desk
from ido_desk.lists import Catalogue
from ido_desk.location import LocationInfo
from ido_desk.reports import compare
from ido_desk.reports.columns import month_columns, quarter_columns
from ido_desk.reports.compare import Counted
from ido_desk.reports.gc_paused import gc_paused
from ido_desk.reports.grain import Grain, fetch_grain, fetch_questions, fetch_visits, month_visits
from ido_desk.reports.model import (
    YEAR_BEFORE,
    Change,
    Comparison,
    Header,
    KeyFigure,
    Matrix,
    MatrixRow,
    TrendPoint,
)
from ido_desk.reports.municipality_tables import AccountTable, account_tables, key_figures
from ido_desk.reports.received import (
    mark_months,
    mark_quarters,
    months_not_received,
    not_received,
)
from ido_desk.reports.referral import DEFINITION as REFERRAL_DEFINITION
from ido_desk.reports.scope import Selection

Progress = Callable[[int, int, str], None]
P = ParamSpec("P")
T = TypeVar("T")
TITLE = "Verantwoording van het Informatiepunt Digitale Overheid aan de gemeente"
KEYS = ("domain", "topic", "subtopic", "organisation", "help", "referral")
DEFINITIONS = (
    "Bezoek: één persoon die één keer is geholpen. Een bezoek kan meer vragen hebben; "
    "domein, onderwerp, organisatie en hulp worden per vraag geteld.",
    REFERRAL_DEFINITION,
    "Hulptijd: de opgetelde duur van de bezoeken waarvan de duur is vastgelegd. Mediane "
    "duur: de middelste duur van die bezoeken.",
    "In of buiten de bibliotheek: volgens het kanaal van het bezoek (balie en afspraak in de "
    "bibliotheek, 'op locatie' erbuiten, telefoon en online op afstand).",
    "Vergelijking: met dezelfde periode een jaar eerder (een lopend jaar: dezelfde datums een "
    "jaar eerder; een andere lopende periode: dezelfde dagen, 52 weken eerder). 'Niet "
    "vergelijkbaar': toen waren er veel minder maanden met bezoeken. De maanden en kwartalen "
    "volgen de kalender: een hele maand staat naast dezelfde maand een jaar eerder, een lopende "
    "maand naast dezelfde dagen van die maand een jaar eerder.",
    "Er worden geen persoonsgegevens vastgelegd; verwijderde registraties tellen niet mee.",
)


@dataclass(frozen=True)
class MunicipalitySection:
    municipality: str
    cbs_code: str
    locations: tuple[LocationInfo, ...]
    comparable: bool
    key_figures: tuple[KeyFigure, ...]
    months: tuple[TrendPoint, ...]  # with the same month of the compared period (before)
    month_labels: tuple[str, ...]
    quarters: Matrix
    tables: tuple[AccountTable, ...]
    not_received: tuple[str, ...] = ()  # "Bibliotheek Delft: jan '26, feb '26"
    silent: frozenset[int] = frozenset()  # the ids of its locations without visits
    nothing_before: bool = False  # nothing was received for any month a year earlier

    @property
    def visits(self) -> int:
        return int(self.key_figures[0].value or 0)


@dataclass(frozen=True)
class MunicipalityReport:
    kind: ClassVar[str] = "municipality"
    header: Header
    comparison: Comparison | None
    sections: tuple[MunicipalitySection, ...]
    total: MunicipalitySection | None  # across the municipalities, when there are several
    definitions: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not any(section.visits for section in self.sections)


def _on_own_connection(
    desk: Desk, fetch: Callable[Concatenate[Any, P], T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``fetch(session, ...)`` in a session of its own: one per thread of ``build``."""
    with desk.db.session() as session:
        return fetch(session, *args, **kwargs)


def compared_with(counted: Counted) -> Comparison | None:
    """The year before: "Vorig jaar" or "Een jaar eerder"."""
    for comparison in counted.comparisons:
        if comparison.name in ("Vorig jaar", "Een jaar eerder"):
            return comparison
    return None


def build(
    desk: Desk,
    counted: Counted,
    selection: Selection,
    request: Any,
    progress: Progress | None = None,
) -> MunicipalityReport:
    step = progress or (lambda done, total, text: None)
    comparison = compared_with(counted)
    step(0, 3, "Cijfers van de periode")
    # the period's questions and the year before fetched beside the period's visits, each on
    # its own connection: SQLite and the server count without holding the interpreter, so
    # on two cores or more the passes run side by side while this thread waits for its rows
    # and shapes them
    scope = selection.scope(counted.counted)
    with ThreadPoolExecutor(max_workers=2) as pool:
        questions = pool.submit(_on_own_connection, desk, fetch_questions, scope, KEYS)
        earlier = None
        if comparison is not None:
            then = selection.scope(comparison.period)
            earlier = pool.submit(_on_own_connection, desk, fetch_grain, then, KEYS)
        visits = _on_own_connection(desk, fetch_visits, scope)
        now = Grain.of(visits, questions.result(), KEYS)
        step(1, 3, "Een jaar eerder")
        before = earlier.result() if earlier is not None else None
    calendar = calendar_months(desk, selection, counted, comparison, before)
    step(2, 3, "Rapport opmaken")
    header = selection.header(TITLE, counted, desk.clock().date())
    with gc_paused():
        report = build_municipality(
            now, before, counted, comparison, selection, desk.catalogue, header, calendar
        )
    missing = not_received(desk, now, counted.counted)
    missing_before = None
    if calendar is not None:  # the months a year earlier, as the month columns count them
        missing_before = months_not_received(desk, calendar, counted.counted.year_earlier())

    def marked(section: MunicipalitySection) -> MunicipalitySection:
        points, lines = mark_months(section.months, section.locations, missing, missing_before)
        quarters = mark_quarters(section.quarters, points, YEAR_BEFORE)
        section = replace(section, months=points, quarters=quarters, not_received=lines)
        if missing_before is not None and points and all(p.before_missing for p in points):
            section = _nothing_before(section)
        return section

    return replace(
        report,
        sections=tuple(marked(s) for s in report.sections),
        total=marked(report.total) if report.total else None,
    )


def calendar_months(
    desk: Desk,
    selection: Selection,
    counted: Counted,
    comparison: Comparison | None,
    before: Grain | None,
) -> dict[int, Counter[str]] | None:
    """The visits per location and month a year earlier by the calendar, for the month and
    quarter columns: a whole month beside the same month a year earlier, a running (or cut)
    month beside the same days. The compared period's figures when it is just that (a year,
    a whole month or quarter, a running year), otherwise one more pass over the visits."""
    if comparison is None or before is None:
        return None
    same_dates = counted.counted.year_earlier()
    if (comparison.period.start, comparison.period.end) == (same_dates.start, same_dates.end):
        return {location_id: v.months for location_id, v in before.visits.items()}
    with desk.db.session() as session:
        return month_visits(session, selection.scope(same_dates))


def build_municipality(
    now: Grain,
    before: Grain | None,
    counted: Counted,
    comparison: Comparison | None,
    selection: Selection,
    catalogue: Catalogue,
    header: Header,
    calendar: dict[int, Counter[str]] | None = None,
) -> MunicipalityReport:
    by_code: dict[str, list[LocationInfo]] = {}
    for loc in sorted(selection.locations, key=lambda loc: (loc.municipality, loc.name)):
        by_code.setdefault(loc.cbs_code, []).append(loc)

    def section(name: str, code: str, members: list[LocationInfo]) -> MunicipalitySection:
        return _section(name, code, members, (now, before, calendar), counted, catalogue)

    sections = tuple(section(m[0].municipality, code, m) for code, m in by_code.items())
    total = None
    if len(sections) > 1:
        total = section(f"Alle {len(sections)} gemeenten samen", "", list(selection.locations))
    return MunicipalityReport(header, comparison, sections, total, DEFINITIONS)


def _section(
    name: str,
    code: str,
    members: list[LocationInfo],
    figures_of: tuple[Grain, Grain | None, dict[int, Counter[str]] | None],
    counted: Counted,
    catalogue: Catalogue,
) -> MunicipalitySection:
    now, before, calendar = figures_of
    ids = [loc.id for loc in members]
    then_months: Counter[str] | None = None
    if calendar is not None:
        then_months = Counter()
        for location_id in ids:
            then_months.update(calendar.get(location_id, Counter()))
    visits, cube = now.visits_of(ids), now.questions_of(ids)
    then_visits = before.visits_of(ids) if before else None
    then_cube = before.questions_of(ids) if before else None
    months_now = _months(now, ids)
    comparable = before is not None and compare.comparable(
        _active_units(now, ids), _active_units(before, ids)
    )
    channels = [v.channels for v in (visits, then_visits) if v is not None]
    figures = key_figures(visits, then_visits, cube, then_cube, comparable, catalogue)
    columns = month_columns(counted.counted)
    month_values = {key: months_now.get(key, (0, 0)) for key, _ in columns}
    trend = tuple(
        TrendPoint(
            int(key[:4]),
            int(key[5:]),
            month_values[key][0],
            month_values[key][1],
            running=counted.until is not None and key == columns[-1][0],
            before=then_months[_year_before(key)] if then_months is not None else None,
        )
        for key, _ in columns
    )
    return MunicipalitySection(
        municipality=name,
        cbs_code=code,
        locations=tuple(members),
        comparable=comparable,
        key_figures=figures,
        months=trend,
        month_labels=tuple(label for _, label in columns),
        quarters=_quarters(counted, month_values, then_months),
        tables=account_tables(cube, then_cube, channels, catalogue),
        silent=frozenset(i for i in ids if not (i in now.visits and now.visits[i].visits)),
    )


def _months(grain: Grain, ids: list[int]) -> dict[str, tuple[int, int]]:
    """Month key -> (visits, questions) of the locations, only months with a visit."""
    visits = grain.visits_of(ids).months
    questions = grain.question_months_of(ids)
    return {key: (n, questions[key]) for key, n in visits.items() if n}


def _active_units(grain: Grain, ids: list[int]) -> int:
    """The data units of the comparison rule: months with a visit, counted per location (a
    location busy every month does not make a thin year of the others comparable)."""
    return sum(
        1
        for location_id in ids
        if location_id in grain.visits
        for n in grain.visits[location_id].months.values()
        if n
    )


def _year_before(key: str) -> str:
    """ "2025-10" for "2026-10"."""
    return f"{int(key[:4]) - 1}{key[4:]}"


def _quarters(
    counted: Counted, months: dict[str, tuple[int, int]], before: Counter[str] | None
) -> Matrix:
    columns = quarter_columns(counted.counted)
    visits: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    earlier: Counter[str] = Counter()  # the same months (days) a year earlier, per quarter
    for key, (v, qn) in months.items():
        visits[_quarter(key)] += v
        questions[_quarter(key)] += qn
    for key, n in (before or {}).items():
        earlier[_quarter(f"{int(key[:4]) + 1}{key[4:]}")] += n
    rows = []
    named = [("Bezoeken", visits), ("Vragen", questions)]
    if before is not None:
        named.append((YEAR_BEFORE, earlier))
    for label, counts in named:
        values = tuple(counts.get(key, 0) for key, _ in columns)
        rows.append(MatrixRow(label, (*values, sum(values))))
    return Matrix("Per kwartaal", (*(h for _, h in columns), "Totaal"), tuple(rows))


def _quarter(key: str) -> str:
    """ "2026-4" for "2026-11"."""
    return f"{key[:4]}-{(int(key[5:]) + 2) // 3}"


def _nothing_before(section: MunicipalitySection) -> MunicipalitySection:
    """Nothing was received for any month a year earlier: the year before's figures are
    dashes, not zeros that read as counts, and no change is computed against them."""
    figures = tuple(
        replace(
            f,
            earlier=tuple(None for _ in f.earlier),
            changes=tuple(None if c is None else Change(None, "none") for c in f.changes),
        )
        for f in section.key_figures
    )
    return replace(section, key_figures=figures, nothing_before=True)
