"""The coordinator's regional overview: all locations side by side, the number of visits per
location and month, with the months for which nothing has arrived marked as missing (so the
coordinator sees whom to chase), and the totals per municipality. A month can only be missing
once it has ended: the current month shows its count so far as running. The counting is SQL.
A month counts as received only when the files in force cover all of it, each file no
further than the hour it was made.

A month nothing arrived for is *pending* rather than missing when the location's newest file
said it still had to deliver it (the manifest's ``pending_months``); a location whose last
ended month has not arrived more than ``late_after_days`` days after its end is *late*, listed
on top with the date of its newest file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from db.models import Location
from db.queries import exchange as q
from db.queries.delivery import newest_files
from db.queries.locations import all_locations
from ido_desk.desk import Desk
from ido_desk.exchange.history import covered_until
from ido_desk.municipalities import names_by_code
from ido_desk.periods import last_months, month, month_starts


@dataclass(frozen=True)
class MonthCell:
    visits: int
    missing: bool  # an ended month nothing arrived for: no visits, and no import covering it
    running: bool = False  # the current month: not over yet, its count is so far
    received: bool = False  # files covering all of the month arrived (own location: visits)
    pending: bool = False  # not arrived, and the location's newest file says it is to come


@dataclass(frozen=True)
class LocationRow:
    code: str
    name: str
    municipality: str
    cbs_code: str
    is_own: bool
    cells: tuple[MonthCell, ...]  # one per month of the overview
    last_file: date | None = None  # when the newest file in force was made
    late: bool = False  # its last ended month had not arrived days after the month's end
    overdue: date | None = None  # that month (its first day), when late

    @property
    def total(self) -> int:
        return sum(cell.visits for cell in self.cells)

    @property
    def missing_months(self) -> int:
        return sum(cell.missing for cell in self.cells)


@dataclass(frozen=True)
class MunicipalityTotal:
    municipality: str
    cbs_code: str
    locations: int
    visits: int


@dataclass(frozen=True)
class Overview:
    months: tuple[date, ...]  # the first day of each month
    locations: tuple[LocationRow, ...]
    municipalities: tuple[MunicipalityTotal, ...]

    @property
    def total(self) -> int:
        return sum(row.total for row in self.locations)


def regional_overview(
    desk: Desk,
    first: date | None = None,
    last: date | None = None,
    late_after_days: int | None = None,
) -> Overview:
    """Every location (own and imported) per month from ``first`` to ``last`` (months; by
    default the twelve up to this month), the late ones first."""
    from ido_desk.delivery_settings import late_days

    today = desk.clock().date()
    days = late_days(desk) if late_after_days is None else late_after_days
    due = _last_due_month(today, days)
    if first is None or last is None:
        default = last_months(today)
        first, last = default.start, default.last_day
    months = month_starts(first, last)
    start = datetime.combine(months[0], time())
    end = datetime.combine(_next_month(months[-1]), time())
    with desk.db.session() as session:
        counts = {
            (row[0], row[1]): int(row[2])
            for row in q.visits_per_location_month(session, start, end)
        }
        covered = coverage(session)
        files = newest_files(session)
        rows = []
        stored = all_locations(session)
        names = names_by_code(stored)  # one name per CBS code, as in every report
        locations = sorted(stored, key=lambda loc: (names[loc.cbs_code], loc.name))
        for loc in locations:
            last_file, said = files.get(loc.id, (None, None))
            to_come = set((said or "").split(","))
            cells = month_cells(
                loc,
                months,
                counts,
                covered.get(loc.id, []),
                to_come,
                today,
            )
            due_start = datetime.combine(due, time())
            due_end = datetime.combine(_next_month(due), time())
            late = not loc.is_own and not covers(covered.get(loc.id, []), due_start, due_end)
            rows.append(
                LocationRow(
                    loc.code,
                    loc.name,
                    names[loc.cbs_code],
                    loc.cbs_code,
                    bool(loc.is_own),
                    tuple(cells),
                    last_file.date() if last_file else None,
                    late,
                    due if late else None,
                )
            )
        rows.sort(key=lambda row: not row.late)  # the late ones on top, in the same order
        totals = q.visits_per_municipality(session, start, end)
        municipalities = tuple(
            MunicipalityTotal(names[cbs], cbs, int(n), int(v))
            for cbs, n, v in sorted(totals, key=lambda t: (-t[2], names[t[0]]))
        )
    return Overview(months, tuple(rows), municipalities)


def month_cells(
    loc: Location,
    months: tuple[date, ...],
    counts: dict[tuple[int, str], int],
    covered: list[tuple[datetime, datetime]],
    to_come: set[str],
    today: date,
) -> list[MonthCell]:
    """One location's cells: ``counts`` (location id, "2026-10") -> visits, ``covered`` the
    periods of its imports in force, ``to_come`` the months its newest file said are pending.
    The own location (logged here, at the hub too) has a month when it has visits in it: an
    ended month without any is nothing received, as for any other location."""
    cells = []
    for first_day in months:
        visits = counts.get((loc.id, f"{first_day:%Y-%m}"), 0)
        month_start = datetime.combine(first_day, time())
        month_end = datetime.combine(_next_month(first_day), time())
        arrived = (loc.is_own and visits > 0) or covers(covered, month_start, month_end)
        ended = _next_month(first_day) <= today
        pending = ended and not arrived and f"{first_day:%Y-%m}" in to_come
        cells.append(
            MonthCell(
                visits,
                missing=ended and visits == 0 and not arrived and not pending,
                running=first_day <= today < _next_month(first_day),
                received=arrived,
                pending=pending,
            )
        )
    return cells


def missing_months(
    desk: Desk, months: tuple[date, ...], counts: dict[tuple[int, str], int]
) -> dict[int, tuple[date, ...]]:
    """Per location id, the months nothing was received for, from (location id, "2026-10")
    -> visits that the caller counted already (the regional report)."""
    today = desk.clock().date()
    with desk.db.session() as session:
        covered = coverage(session)
        files = newest_files(session)
        locations = all_locations(session)
    result = {}
    for loc in locations:
        said = files.get(loc.id, (None, None))[1]
        cells = month_cells(
            loc,
            months,
            counts,
            covered.get(loc.id, []),
            set((said or "").split(",")),
            today,
        )
        result[loc.id] = tuple(m for m, cell in zip(months, cells, strict=True) if cell.missing)
    return result


def coverage(session: Session) -> dict[int, list[tuple[datetime, datetime]]]:
    """Per location id, the periods its imports in force cover: each no further than when
    its file was made (history.covered_until), old files imported before that rule too."""
    covered: dict[int, list[tuple[datetime, datetime]]] = {}
    for location_id, period_start, period_end, created_at in q.import_periods(session):
        end = covered_until(period_end, created_at)
        covered.setdefault(location_id, []).append((period_start, end))
    return covered


def covers(periods: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> bool:
    """The periods together cover all of [start, end): a month is received only whole (a
    file of a running quarter made on 3 December has not brought December)."""
    reached = start
    for s, e in sorted(periods):
        if s > reached:
            break
        reached = max(reached, e)
        if reached >= end:
            return True
    return reached >= end


def _last_due_month(today: date, days: int) -> date:
    """The newest month that ended more than ``days`` days before ``today``."""
    first_day = date(today.year, today.month, 1)
    while _next_month(first_day) + timedelta(days=days) >= today:
        first_day = (first_day - timedelta(days=1)).replace(day=1)
    return first_day


def _next_month(first_day: date) -> date:
    return month(first_day.year, first_day.month).end
