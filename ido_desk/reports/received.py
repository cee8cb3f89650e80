"""The months nothing was received for, in the reports: the rule is the exchange overview's
(``missing_months``: an ended month without visits and without an imported file covering
it), counted from the visits a report fetched already."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ido_desk.desk import Desk
from ido_desk.exchange.overview import missing_months
from ido_desk.location import LocationInfo
from ido_desk.periods import Period, month_short, month_starts
from ido_desk.reports.grain import Grain
from ido_desk.reports.model import Matrix, MatrixRow, TrendPoint


def not_received(desk: Desk, grain: Grain, span: Period) -> dict[int, tuple[date, ...]]:
    """Per location id, the months of ``span`` nothing was received for."""
    return months_not_received(
        desk, {location_id: visits.months for location_id, visits in grain.visits.items()}, span
    )


def months_not_received(
    desk: Desk, months: Mapping[int, Mapping[str, int]], span: Period
) -> dict[int, tuple[date, ...]]:
    """The same from visits per location id and month ("2026-10")."""
    counts = {
        (location_id, unit): n for location_id, per in months.items() for unit, n in per.items()
    }
    return missing_months(desk, month_starts(span.start, span.last_day), counts)


def mark_months(
    points: Sequence[TrendPoint],
    locations: Sequence[LocationInfo],
    missing: dict[int, tuple[date, ...]],
    missing_before: dict[int, tuple[date, ...]] | None = None,
) -> tuple[tuple[TrendPoint, ...], tuple[str, ...]]:
    """The months none of ``locations`` sent anything for marked (not a zero), the same for
    the month a year earlier (``missing_before``: a dash beside the month, not a zero that
    reads as a figure), and a line per location with the months it lacks ("Bibliotheek
    Delft: jan '26, feb '26")."""
    lacking = [set(missing.get(loc.id, ())) for loc in locations]
    lacking_before = [set((missing_before or {}).get(loc.id, ())) for loc in locations]

    def none_from(lacks: list[set[date]], year: int, month: int) -> bool:
        return bool(lacks) and all(date(year, month, 1) in months for months in lacks)

    marked = tuple(
        replace(
            p,
            missing=none_from(lacking, p.year, p.month),
            before_missing=missing_before is not None
            and p.before is not None
            and none_from(lacking_before, p.year - 1, p.month),
        )
        for p in points
    )
    lines = tuple(
        f"{loc.title}: " + ", ".join(month_short(m.year, m.month) for m in sorted(months))
        for loc, months in zip(locations, lacking, strict=True)
        if months
    )
    return marked, lines


def mark_quarters(matrix: Matrix, points: Sequence[TrendPoint], year_before: str) -> Matrix:
    """The quarter columns (in the order of ``points``' quarters) whose every month is
    marked: a dash for the visits and questions, not a zero; the same for the row of the
    year before (labelled ``year_before``) where every month a year earlier is marked."""
    now: dict[tuple[int, int], bool] = {}
    then: dict[tuple[int, int], bool] = {}
    for p in points:
        key = (p.year, (p.month + 2) // 3)
        now[key] = now.get(key, True) and p.missing
        then[key] = then.get(key, True) and p.before_missing
    absent = {n for n, missing in enumerate(now.values()) if missing}
    absent_before = {n for n, missing in enumerate(then.values()) if missing}
    for columns in (absent, absent_before):  # every quarter a dash: so is the total after them
        if now and len(columns) == len(now):
            columns.add(len(now))

    def dashed(row: MatrixRow, columns: set[int]) -> MatrixRow:
        return replace(
            row, values=tuple(None if n in columns else v for n, v in enumerate(row.values))
        )

    rows = tuple(
        dashed(row, absent)
        if row.label in ("Bezoeken", "Vragen")
        else dashed(row, absent_before)
        if row.label == year_before
        else row
        for row in matrix.rows
    )
    return replace(matrix, rows=rows)
