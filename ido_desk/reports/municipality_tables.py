"""The municipality account's key figures and tables (domain, topic and sub-topic,
organisation, government level, help given, referrals, channel, in or outside the library),
each row beside the count of the year before; ``municipality`` builds the sections from them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ido_desk.lists import Catalogue
from ido_desk.reports import compare
from ido_desk.reports import counts as c
from ido_desk.reports import formatting as fmt
from ido_desk.reports.grain import LocationVisits
from ido_desk.reports.model import CountRow, KeyFigure

WHERE = {
    "buiten": "Op locatie buiten de bibliotheek",
    "telefoon": "Op afstand",
    "online": "Op afstand",
}
IN_LIBRARY = "In de bibliotheek"


@dataclass(frozen=True)
class AccountTable:
    title: str
    first: str  # the heading of the label column
    rows: tuple[CountRow, ...]  # each with the count of the compared period (``before``)


def _totals(visits: LocationVisits | None) -> tuple[int, int, float | None]:
    if visits is None:
        return 0, 0, None
    return visits.visits, visits.minutes, c.median(visits.durations)


def key_figures(
    now: LocationVisits,
    before: LocationVisits | None,
    cube: c.Cube,
    then_cube: c.Cube | None,
    comparable: bool,
    catalogue: Catalogue,
) -> tuple[KeyFigure, ...]:
    visits, minutes, median = _totals(now)
    then_visits, then_minutes, then_median = _totals(before)
    questions, then_questions = cube.total, then_cube.total if then_cube else 0
    referred = fmt.ratio(c.referred_count(cube, catalogue), questions)
    then_referred = (
        fmt.ratio(c.referred_count(then_cube, catalogue), then_questions) if then_cube else None
    )
    has_before = before is not None

    def figure(
        label: str, kind: str, value: float | None, earlier: float | None, points: bool = False
    ) -> KeyFigure:
        if not has_before:
            return KeyFigure(label, kind, value, (), ())
        delta = compare.points if points else compare.change
        return KeyFigure(label, kind, value, (earlier,), (delta(value, earlier, comparable),))

    return (
        figure("Bezoeken", "count", float(visits), float(then_visits)),
        figure("Vragen", "count", float(questions), float(then_questions)),
        figure(
            "Vragen per bezoek",
            "decimal",
            fmt.ratio(questions, visits),
            fmt.ratio(then_questions, then_visits),
        ),
        figure("Doorverwezen", "percent", referred, then_referred, points=True),
        figure("Totale hulptijd", "hours", float(minutes), float(then_minutes)),
        figure("Mediane duur", "minutes", median, then_median),
    )


def _with_before(
    rows: tuple[CountRow, ...], earlier: tuple[CountRow, ...] | None
) -> tuple[CountRow, ...]:
    if earlier is None:
        return rows
    before: dict[tuple[str, int], int] = {}
    parent = ""
    for row in earlier:
        parent = row.label if row.level == 0 else parent
        before[(f"{parent}>{row.label}" if row.level else row.label, row.level)] = row.count
    result, parent = [], ""
    for row in rows:
        parent = row.label if row.level == 0 else parent
        key = (f"{parent}>{row.label}" if row.level else row.label, row.level)
        result.append(
            CountRow(row.label, row.count, row.share, row.level, row.note, before.get(key, 0))
        )
    return tuple(result)


def _where(counts: Counter[int | None], catalogue: Catalogue) -> tuple[CountRow, ...]:
    code = {ch.id: ch.code for ch in catalogue.channels}
    places: Counter[str] = Counter()
    for channel, n in counts.items():
        places[WHERE.get(code.get(channel, "") if channel is not None else "", IN_LIBRARY)] += n
    return tuple(c.rows_of(places, lambda label: label))


def account_tables(
    cube: c.Cube,
    then: c.Cube | None,
    channels: list[Counter[int | None]],
    catalogue: Catalogue,
) -> tuple[AccountTable, ...]:
    def both(make: Callable[[c.Cube], tuple[CountRow, ...]]) -> tuple[CountRow, ...]:
        return _with_before(make(cube), make(then) if then is not None else None)

    organisations = {
        id(d): c.organisation_rows(d, catalogue) for d in (cube, then) if d is not None
    }

    def levels(data: c.Cube) -> tuple[CountRow, ...]:
        return tuple(r for r in organisations[id(data)] if r.level == 0)

    then_channels = channels[1] if len(channels) > 1 else None
    channel_rows = _with_before(
        c.channel_rows(channels[0], catalogue),
        c.channel_rows(then_channels, catalogue) if then_channels is not None else None,
    )
    where_rows = _with_before(
        _where(channels[0], catalogue),
        _where(then_channels, catalogue) if then_channels is not None else None,
    )
    return (
        AccountTable("Vragen per domein", "Domein", both(lambda d: c.domain_rows(d, catalogue))),
        AccountTable(
            "Vragen per onderwerp en subonderwerp",
            "Onderwerp",
            both(lambda d: c.topic_rows(d, catalogue)),
        ),
        AccountTable("Vragen per overheidslaag", "Overheidslaag", both(levels)),
        AccountTable(
            "Vragen per organisatie, naar overheidslaag",
            "Overheidslaag > organisatie",
            both(lambda d: organisations[id(d)]),
        ),
        AccountTable("Vragen per soort hulp", "Hulp", both(lambda d: c.help_rows(d, catalogue))),
        AccountTable(
            "Doorverwijzingen", "Doorverwezen naar", both(lambda d: c.referral_rows(d, catalogue))
        ),
        AccountTable("Bezoeken per kanaal", "Kanaal", channel_rows),
        AccountTable("Bezoeken in of buiten de bibliotheek", "Waar", where_rows),
    )
