"""The window's first read: the Registreren form and today's list before SQLAlchemy is loaded.

``read_for_window`` reads the plain case (a local SQLite file at this program's schema, with
its own location set) with ``db.first_read`` and builds from those rows the same frozen
dataclasses the services return: the lists (``Catalogue``), the own location
(``LocationInfo``) and today's first page with its counts (``DayPage``). It hands them over
with a desk whose database is not opened yet: the window is ready for input with them, then
opens the database the normal way (``Desk.db``, ``ido_desk.desk.connect``) and runs the
start-of-day chores. Whatever needs the database before then (a save pressed at once) opens it
first, and waits for that.

Every other case gives None, and the window opens the database the normal way from the
start: a database on a server, a file that is missing, empty or damaged, one to upgrade (a
backup first) or one that is newer, a lost ``-wal``, a first start without a location."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from db.first_read import read_first
from ido_desk.config import Paths
from ido_desk.desk import Desk, local_now
from ido_desk.lists import catalogue_of
from ido_desk.location_info import LocationInfo, info_of
from ido_desk.visit_reading import DayPage, day_bounds, summaries_of

TODAY_ROWS = 100  # today's first page (``ui.visits_model.PAGE_SIZE``)


@dataclass(frozen=True)
class FirstRead:
    desk: Desk  # its database opened when first needed (``Desk(..., connect=False)``)
    location: LocationInfo
    today: DayPage  # today's first page, with the day's counts


def read_for_window(
    paths: Paths,
    *,
    clock: Callable[[], datetime] = local_now,
    english: bool = False,
    page_size: int = TODAY_ROWS,
) -> FirstRead | None:
    """The first read of the plain case, or None (then open the desk the normal way)."""
    file = paths.database_file
    if file is None or paths.network is not None:  # on a server; on a share (refused)
        return None
    rows = read_first(file, *day_bounds(clock().date()), page_size)
    if rows is None or rows.own_location is None:
        return None
    catalogue = catalogue_of(rows.lists)
    desk = Desk(paths, clock=clock, connect=False)
    desk.keep_catalogue(catalogue)
    today = DayPage(
        summaries_of(catalogue, rows.visits, rows.questions, english),
        rows.visit_count,
        rows.question_count,
    )
    return FirstRead(desk, info_of(rows.own_location), today)
