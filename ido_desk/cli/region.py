"""``ido-desk region``: the coordinator's regional overview, as the Regio tab shows it: every
location per month side by side, months nothing arrived for marked, totals per municipality."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.exchange.overview import MonthCell, regional_overview
from ido_desk.labels import LOCATION, LOCATIONS, VISIT, VISITS, counted
from ido_desk.periods import parse_period
from ido_desk.speech import say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text

MISSING = "—"  # an ended month nothing arrived for: as in the Regio tab
RUNNING = "*"  # the current month: its count so far
CELL = 8
LOCATION_HEAD = QT_TRANSLATE_NOOP("core", "Locatie")
MUNICIPALITY_HEAD = QT_TRANSLATE_NOOP("core", "Gemeente")
TOTAL_HEAD = QT_TRANSLATE_NOOP("core", "Totaal")
OWN = QT_TRANSLATE_NOOP("core", "(eigen)")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "region",
        description=f"Every location per month; {MISSING} marks an ended month nothing arrived "
        f"for, {RUNNING} the running month.",
    )
    parser.add_argument(
        "--period",
        help="the months of 2026-10 (month), 2026-Q3, 2026 or 2026-01-01..2026-03-15 "
        "(default: the last twelve months)",
    )
    parser.set_defaults(handler=run)


def cell_text(cell: MonthCell) -> str:
    if cell.missing:
        return MISSING
    return f"{cell.visits}{RUNNING if cell.running else ''}"


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.period:
        period = parse_period(args.period)
        overview = regional_overview(desk, period.start, period.last_day)
    else:
        overview = regional_overview(desk)
    where, town, overall = (spoken(w) for w in (LOCATION_HEAD, MUNICIPALITY_HEAD, TOTAL_HEAD))
    own = spoken(OWN)
    width = max([len(where), *(len(row.name) + len(own) + 1 for row in overview.locations)])
    months = "".join(f"{month:%Y-%m}".rjust(CELL) for month in overview.months)
    say(f"{where:<{width}}  {town:<20}{months}{overall:>{CELL + 1}}")
    for row in overview.locations:
        name = row.name + (f" {own}" if row.is_own else "")
        cells = "".join(cell_text(cell).rjust(CELL) for cell in row.cells)
        say(f"{name:<{width}}  {row.municipality:<20}{cells}{row.total:>{CELL + 1}}")
    locations = counted(len(overview.locations), LOCATION, LOCATIONS)
    say(
        Text(
            "core",
            "\n{locations}, {total}.",
            (),
            {"locations": locations, "total": counted(overview.total, VISIT, VISITS)},
        )
    )
    chase = [row.name for row in overview.locations if row.missing_months]
    if chase:
        say(
            QT_TRANSLATE_NOOP("core", "Ontbrekende maanden bij: {chase}.").format(
                chase=", ".join(chase)
            )
        )
    say(QT_TRANSLATE_NOOP("core", "\nTotalen per gemeente"))
    for total in overview.municipalities:
        say(
            QT_TRANSLATE_NOOP(
                "core",
                "  {total.municipality:<24} {total.cbs_code:<7} {locations:>12} {visits:>17}",
            ).format(
                total=total,
                locations=counted(total.locations, LOCATION, LOCATIONS),
                visits=counted(total.visits, VISIT, VISITS),
            )
        )
    return 0
