"""The months nothing was received for, in the reports: the rule is the exchange overview's
(``missing_months``: an ended month without visits and without an imported file covering
it), counted from the visits a report fetched already."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ido_desk.desk import Desk
from ido_desk.exchange.overview import missing_months
from ido_desk.location import LocationInfo
from ido_desk.periods import Period, month_short, month_starts
from ido_desk.reports.grain import Grain
from ido_desk.reports.model import Matrix, TrendPoint


def not_received(desk: Desk, grain: Grain, span: Period) -> dict[int, tuple[date, ...]]:
    """Per location id, the months of ``span`` nothing was received for."""
    counts = {
        (location_id, unit): n
        for location_id, visits in grain.visits.items()
        for unit, n in visits.months.items()
    }
    return missing_months(desk, month_starts(span.start, span.last_day), counts)


def mark_months(
    points: Sequence[TrendPoint],
    locations: Sequence[LocationInfo],
    missing: dict[int, tuple[date, ...]],
) -> tuple[tuple[TrendPoint, ...], tuple[str, ...]]:
    """The months none of ``locations`` sent anything for marked (not a zero), and a line
    per location with the months it lacks ("Bibliotheek Delft: jan '26, feb '26")."""
    lacking = [set(missing.get(loc.id, ())) for loc in locations]
    marked = tuple(
        replace(p, missing=True)
        if lacking and all(date(p.year, p.month, 1) in months for months in lacking)
        else p
        for p in points
    )
    lines = tuple(
        f"{loc.title}: " + ", ".join(month_short(m.year, m.month) for m in sorted(months))
        for loc, months in zip(locations, lacking, strict=True)
        if months
    )
    return marked, lines


def mark_quarters(matrix: Matrix, points: Sequence[TrendPoint]) -> Matrix:
    """The quarter columns (in the order of ``points``' quarters) whose every month is
    marked: a dash for the visits and questions, not a zero; the year before stays."""
    quarters: dict[tuple[int, int], bool] = {}
    for p in points:
        key = (p.year, (p.month + 2) // 3)
        quarters[key] = quarters.get(key, True) and p.missing
    absent = [n for n, missing in enumerate(quarters.values()) if missing]
    if not absent:
        return matrix
    rows = tuple(
        replace(row, values=tuple(None if n in absent else v for n, v in enumerate(row.values)))
        if row.label in ("Bezoeken", "Vragen")
        else row
        for row in matrix.rows
    )
    return replace(matrix, rows=rows)
