"""The municipality report ("gemeenteverantwoording"): per municipality, per quarter of the
period, the visits and questions by topic and by government level, and the locations that
were counted. For the yearly accounting of the IDO grant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from db.queries import reports as q
from ido_desk import __version__
from ido_desk.desk import Desk
from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue
from ido_desk.location import LocationInfo
from ido_desk.periods import Period, quarter, quarter_of
from ido_desk.reports.model import (
    Header,
    Matrix,
    MatrixRow,
    MunicipalityReport,
    MunicipalitySection,
)
from ido_desk.reports.scope import Selection

Progress = Callable[[int, int, str], None]
TITLE = "Verantwoording van het Informatiepunt Digitale Overheid aan de gemeente"
TOTAL = "Totaal"


@dataclass(frozen=True)
class MunicipalityData:
    period: Period
    selection: Selection
    visits: tuple[tuple[str, int, int], ...]  # quarter key, location_id, visits
    questions: tuple[tuple[str, int, int | None, int | None, int], ...]  # + topic, org, n


def quarter_keys(period: Period) -> tuple[str, ...]:
    """ "2026-1" ... for every quarter the period touches."""
    keys = []
    current = quarter(period.start.year, quarter_of(period.start))
    while current.start < period.end:
        keys.append(f"{current.start.year}-{quarter_of(current.start)}")
        current = quarter(*_next_quarter(current))
    return tuple(keys)


def _next_quarter(current: Period) -> tuple[int, int]:
    number = quarter_of(current.start)
    return (current.start.year + 1, 1) if number == 4 else (current.start.year, number + 1)


def fetch_municipality(
    desk: Desk, period: Period, selection: Selection, progress: Progress | None = None
) -> MunicipalityData:
    step = progress or (lambda done, total, text: None)
    scope = selection.scope(period)
    step(0, 3, "Bezoeken per kwartaal")
    with desk.db.session() as session:
        visits = tuple(
            (r.unit, int(r.location_id), int(r.visits))
            for r in q.visits_per(session, scope, "quarter", per_location=True)
        )
        step(1, 3, "Vragen per kwartaal")
        questions = tuple(
            (r.unit, int(r.location_id), r.topic_id, r.organisation_id, int(r.questions))
            for r in q.question_cube(
                session, scope, by=("topic", "organisation"), per="quarter", per_location=True
            )
        )
    step(2, 3, "Rapport opmaken")
    return MunicipalityData(period, selection, visits, questions)


def municipality_report(
    desk: Desk, period: Period, selection: Selection, progress: Progress | None = None
) -> MunicipalityReport:
    data = fetch_municipality(desk, period, selection, progress)
    header = Header(
        title=TITLE,
        location=selection.label,
        organisation=selection.organisation,
        municipality=selection.municipality,
        period=period,
        produced=desk.clock().date(),
        version=__version__,
    )
    return build_municipality(data, desk.catalogue, header)


def build_municipality(
    data: MunicipalityData, catalogue: Catalogue, header: Header
) -> MunicipalityReport:
    keys = quarter_keys(data.period)
    columns = (*(_quarter_label(k) for k in keys), TOTAL)
    by_municipality: dict[str, list[LocationInfo]] = {}
    for location in sorted(data.selection.locations, key=lambda loc: (loc.municipality, loc.name)):
        by_municipality.setdefault(location.cbs_code, []).append(location)
    sections = []
    for cbs_code, members in by_municipality.items():
        ids = {loc.id for loc in members}
        visits = [(k, loc, n) for k, loc, n in data.visits if loc in ids]
        questions = [row for row in data.questions if row[1] in ids]
        sections.append(
            MunicipalitySection(
                municipality=members[0].municipality,
                cbs_code=cbs_code,
                locations=tuple(f"{loc.title} ({loc.code})" for loc in members),
                totals=_totals(keys, columns, members, visits, questions),
                topics=_by_topic(keys, columns, questions, catalogue),
                levels=_by_level(keys, columns, questions, catalogue),
            )
        )
    return MunicipalityReport(header=header, sections=tuple(sections))


def _quarter_label(key: str) -> str:
    year, number = key.split("-")
    return f"K{number} {year}"


def _row(label: str, keys: tuple[str, ...], counts: Counter[str], level: int = 0) -> MatrixRow:
    values = tuple(counts.get(k, 0) for k in keys)
    return MatrixRow(label, (*values, sum(values)), level)


def _totals(
    keys: tuple[str, ...],
    columns: tuple[str, ...],
    members: list[LocationInfo],
    visits: list[tuple[str, int, int]],
    questions: list[tuple[str, int, int | None, int | None, int]],
) -> Matrix:
    all_visits: Counter[str] = Counter()
    all_questions: Counter[str] = Counter()
    per_location: dict[int, Counter[str]] = {loc.id: Counter() for loc in members}
    for key, location_id, n in visits:
        all_visits[key] += n
        per_location[location_id][key] += n
    for key, _location, _topic, _org, n in questions:
        all_questions[key] += n
    rows = [_row("Bezoeken", keys, all_visits), _row("Vragen", keys, all_questions)]
    if len(members) > 1:
        rows += [_row(f"bezoeken {loc.name}", keys, per_location[loc.id], 1) for loc in members]
    return Matrix("Bezoeken en vragen", columns, tuple(rows))


def _ordered(rows: list[MatrixRow]) -> tuple[MatrixRow, ...]:
    return tuple(sorted((r for r in rows if r.values[-1]), key=lambda r: (-r.values[-1], r.label)))


def _by_topic(
    keys: tuple[str, ...],
    columns: tuple[str, ...],
    questions: list[tuple[str, int, int | None, int | None, int]],
    catalogue: Catalogue,
) -> Matrix:
    counts: dict[int | None, Counter[str]] = {}
    for key, _location, topic_id, _org, n in questions:
        counts.setdefault(topic_id, Counter())[key] += n
    rows = [
        _row(catalogue.topics.by_id(t).label_nl if t is not None else "Geen", keys, c)
        for t, c in counts.items()
    ]
    return Matrix("Vragen per onderwerp", columns, _ordered(rows))


def _by_level(
    keys: tuple[str, ...],
    columns: tuple[str, ...],
    questions: list[tuple[str, int, int | None, int | None, int]],
    catalogue: Catalogue,
) -> Matrix:
    counts: dict[str, Counter[str]] = {}
    for key, _location, _topic, org_id, n in questions:
        level = catalogue.organisations.by_id(org_id).level if org_id is not None else ""
        counts.setdefault(level, Counter())[key] += n
    rows = [
        _row(GOVERNMENT_LEVELS.get(level, (level or "Geen organisatie", ""))[0], keys, c)
        for level, c in counts.items()
    ]
    return Matrix("Vragen per overheidslaag", columns, _ordered(rows))
