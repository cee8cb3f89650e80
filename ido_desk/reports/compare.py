"""Honest periods and comparisons, for every report kind.

- A period in the future is refused; a period that has begun but not ended (today is not
  over yet, so a month runs on its last day too) is counted up to today and labelled so.
- A figure is compared only with a period of the same length and the same weekdays: a
  running period or a range with the same days whole weeks earlier (the previous period)
  and 52 weeks earlier (a year earlier). A whole calendar month or quarter is compared with
  the one before and the one a year earlier, and the column says when its length differs.
  A year is compared with the year before only (previous period and "a year earlier" would
  be the same), a running year with the same dates a year earlier, so that the key figure and
  the months beside those of the year before count the same days.
- A compared period with far less data (fewer than half as many location-months, or
  location-days for a short period, with any visit) is "niet vergelijkbaar"."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ido_desk.periods import Period, refuse_future
from ido_desk.reports.model import Change, Comparison

WEEK = 7
YEAR_OF_WEEKS = 364
COMPARABLE_SHARE = 0.5  # a compared period needs at least half the data units


@dataclass(frozen=True)
class Counted:
    """The period asked for, the days actually counted, and what they are compared with."""

    period: Period
    counted: Period
    until: date | None  # the period runs on: counted up to and including this day
    comparisons: tuple[Comparison, ...]

    @property
    def coverage_unit(self) -> str:
        """What "data" means for "niet vergelijkbaar": months for longer periods."""
        return "month" if self.counted.days >= 56 else "day"


def counted_period(period: Period, today: date) -> Counted:
    refuse_future(period, today)
    running = period.runs_on(today)
    counted = period.until(today) if running else period
    return Counted(
        period, counted, today if running else None, comparisons(period, counted, running)
    )


def comparisons(period: Period, counted: Period, running: bool) -> tuple[Comparison, ...]:
    if period.kind == "year":
        if running:  # the same dates, as the months beside it count them (not 52 weeks)
            same = counted.year_earlier()
            return (Comparison("Vorig jaar", same, "dezelfde datums een jaar eerder"),)
        return (Comparison("Vorig jaar", period.previous()),)
    if running or period.kind == "range":
        weeks = -(-counted.days // WEEK)
        return (
            Comparison("Vorige periode", counted.shifted(weeks * WEEK), "zelfde weekdagen"),
            Comparison("Een jaar eerder", counted.shifted(YEAR_OF_WEEKS), "zelfde weekdagen"),
        )
    result = []
    for name, other in (
        ("Vorige periode", period.previous()),
        ("Een jaar eerder", period.year_earlier()),
    ):
        note = f"{other.days} dagen; nu {period.days}" if other.days != period.days else ""
        result.append(Comparison(name, other, note))
    return tuple(result)


def comparable(now_units: int, then_units: int) -> bool:
    """The rule: a compared period needs at least COMPARABLE_SHARE of the data units (months
    with visits, per location) that now has."""
    return not now_units or then_units >= COMPARABLE_SHARE * now_units


def judged(comparison: Comparison, now_units: int, then_units: int) -> Comparison:
    """``comparison``, marked not comparable when it holds far less data than now."""
    if not comparable(now_units, then_units):
        return replace(
            comparison, comparable=False, note="niet vergelijkbaar: veel minder gegevens"
        )
    return comparison


def change(now: float | None, before: float | None, comparable: bool = True) -> Change:
    """The relative change of a count or a measure."""
    if now is None or before is None:
        return Change(None, "none")
    if not comparable:
        return Change(None, "incomparable")
    if before == 0:
        return Change(None, "none" if now == 0 else "new")
    return Change((now - before) / before)


def points(now: float | None, before: float | None, comparable: bool = True) -> Change:
    """The change of a share, in percentage points."""
    if now is None or before is None:
        return Change(None, "none", points=True)
    if not comparable:
        return Change(None, "incomparable", points=True)
    return Change((now - before) * 100, points=True)
