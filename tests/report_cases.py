"""A hand-made coordinator database for the regional report and the municipality account,
with the edge cases that have bitten before: deleted, edited, moved, tally-sheet and
back-dated visits, two municipalities, a location that started mid-year, and a running
period. ``sql`` counts with plain SQLite, independently of the report code."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ido_desk.desk import Desk
from tests.db_helpers import connect
from tests.report_data import Q, V, add_location, add_visits

NOW = datetime(2026, 11, 3, 10, 30)  # the test clock: 2026 runs on
COURSE = Q("computer", None, None, "cursus", "digisterker")  # advised, not referred


def build_cases(desk: Desk) -> dict[str, int]:
    """Three locations: the own one (Rijswijk), two in Den Haag, one of those started in
    September 2026. Returns the ids by name."""
    centrale = add_location(desk, "GM0518-centrale", "Centrale Bibliotheek")
    nieuw = add_location(desk, "GM0518-nieuw", "Bibliotheek Nieuw", "Den Haag", "GM0518")
    visits = []
    for month in range(1, 11):  # the own location: all year, and the year before
        for year in (2025, 2026):
            visits.append(V(datetime(year, month, 5, 10), duration=10))
            visits.append(
                V(
                    datetime(year, month, 6, 14),
                    (
                        Q("toeslagen", "huurtoeslag", "toeslagen", "doorverwezen", "toeslagen"),
                        Q("belastingen", None, "belastingdienst", "samen"),
                    ),
                    channel="telefoon",
                    duration=30,
                )
            )
    visits += [
        V(datetime(2026, 3, 9, 10), deleted=True),  # a tombstone never counts
        V(datetime(2026, 3, 10, 10), extra={"revision": 3}),  # edited: counts once, as is
        V(datetime(2026, 4, 1, 12), extra={"entry": "batch"}),  # a tally sheet
        V(datetime(2026, 4, 2, 12), extra={"entry": "batch"}),
        V(datetime(2026, 2, 2, 9), extra={"entry": "backdated"}),  # logged afterwards
        V(datetime(2026, 11, 2, 10), (Q("digid", None, "logius", "doorverwezen"),)),  # running
        V(datetime(2025, 12, 31, 23, 59)),  # the year before, last minute
    ]
    visits += [
        V(datetime(2026, m, 12, 11), location=centrale, channel="buiten", duration=45)
        for m in (1, 2, 5, 8)
    ]
    visits += [
        V(datetime(2025, 5, 12, 11), location=centrale, duration=5),
        # moved: logged on 30 April, its start changed to 1 May (started_at is what counts)
        V(datetime(2026, 5, 1, 9), location=centrale, extra={"revision": 2}),
    ]
    visits += [  # started mid-year: September 2026
        V(datetime(2026, m, d, 10), (COURSE,), location=nieuw) for m in (9, 10) for d in (1, 2, 3)
    ]
    add_visits(desk, visits)
    return {"centrale": centrale, "nieuw": nieuw}


def sql(desk: Desk, query: str, *args: Any) -> list[tuple[Any, ...]]:
    with connect(desk) as con:
        return con.execute(query, args).fetchall()


LIVE = "v.deleted_at IS NULL AND v.started_at >= ? AND v.started_at < ?"


def visits_per_location(desk: Desk, start: str, end: str) -> dict[str, tuple[int, int]]:
    """location code -> (visits, minutes)."""
    rows = sql(
        desk,
        f"SELECT l.code, count(*), coalesce(sum(v.duration_min), 0) FROM visit v "
        f"JOIN location l ON l.id = v.location_id WHERE {LIVE} GROUP BY l.code",
        start,
        end,
    )
    return {code: (n, minutes) for code, n, minutes in rows}


def questions_by(
    desk: Desk, column: str, list_table: str, start: str, end: str, group: str = "l.code"
) -> dict[tuple[str, str], int]:
    """(group, label) -> questions."""
    rows = sql(
        desk,
        f"SELECT {group}, coalesce(t.label_nl, 'Geen'), count(*) FROM question q "
        f"JOIN visit v ON v.id = q.visit_id JOIN location l ON l.id = v.location_id "
        f"LEFT JOIN {list_table} t ON t.id = q.{column} WHERE {LIVE} GROUP BY 1, 2",
        start,
        end,
    )
    return {(g, label): n for g, label, n in rows}
