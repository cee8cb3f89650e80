"""Column headings for figures per month or quarter that say when a column is partial: a
quarter the period covers only in part, or the running month ("K4 2026 t/m 2 dec")."""

from __future__ import annotations

from datetime import date, timedelta

from ido_desk.periods import MONTHS_SHORT_NL, Period, month, month_short, quarter_of


def _day(day_: date) -> str:
    return f"{day_.day} {MONTHS_SHORT_NL[day_.month - 1]}"


def partial(unit: Period, counted: Period) -> str:
    """ "", " t/m 2 dec", " vanaf 3 aug", " 3 aug t/m 2 dec": the part of ``unit`` counted."""
    first, last = max(unit.start, counted.start), min(unit.end, counted.end) - timedelta(days=1)
    starts, ends = first > unit.start, last < unit.last_day
    if starts and ends:
        return f" {_day(first)} t/m {_day(last)}"
    if ends:
        return f" t/m {_day(last)}"
    if starts:
        return f" vanaf {_day(first)}"
    return ""


def quarter_key(unit: Period) -> str:
    """ "2026-3": as SQL's quarter_key gives it."""
    return f"{unit.start.year}-{quarter_of(unit.start)}"


def quarter_columns(counted: Period) -> tuple[tuple[str, str], ...]:
    """(key, heading) per quarter the counted days touch."""
    return tuple(
        (quarter_key(unit), f"K{quarter_of(unit.start)} {unit.start.year}{partial(unit, counted)}")
        for unit in counted.quarters()
    )


def month_columns(counted: Period) -> tuple[tuple[str, str], ...]:
    """(key, heading) per month the counted days touch: ("2026-03", "mrt '26")."""
    result = []
    for year_, month_ in counted.months():
        unit = month(year_, month_)
        result.append(
            (f"{year_}-{month_:02d}", month_short(year_, month_) + partial(unit, counted))
        )
    return tuple(result)
