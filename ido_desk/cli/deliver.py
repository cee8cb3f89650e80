"""``ido-desk deliver``: deliver the ended months not yet delivered (or changed since) into
the delivery folder, and make the monthly PDFs; what every start does by itself, for a
scheduled task or on demand. One line per month delivered or waiting."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ExitCode


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "deliver",
        description="Write the signed file of every ended month not yet delivered (or changed "
        "since) into the delivery folder, and the monthly PDF report into the reports folder. "
        "Set the folders once with 'ido-desk delivery --folder DIR'.",
    )
    parser.add_argument(
        "--period",
        help="only the ended months in this period, delivered again even if unchanged: "
        "2026-10 (month), 2026-Q3, 2026 or 2026-01-01..2026-03-15",
    )
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    from ido_desk.cli.main import fail
    from ido_desk.delivery import deliver_pending, latest_run
    from ido_desk.periods import parse_period

    period = parse_period(args.period) if args.period else None
    today = desk.clock().date()
    if period is not None and period.start >= today.replace(day=1):
        return fail(
            f"periode {period.label} is nog niet voorbij: een maand wordt bezorgd na haar "
            "laatste dag.",
            ExitCode.USAGE,
        )
    result = deliver_pending(desk, period)
    if not result.configured:
        return fail(
            "er is geen bezorgmap ingesteld (of nog geen locatie). Stel die eenmalig in met "
            "'ido-desk delivery --folder MAP'.",
            ExitCode.USAGE,
        )
    if result.outcomes:
        for outcome in result.outcomes:
            if outcome.delivered:
                print(
                    f"{outcome.month.label}: bezorgd in {outcome.path} ({outcome.visits} bezoeken)"
                )
            else:
                print(f"{outcome.month.label}: wacht")
    else:  # the start of this command did the work already, or there was nothing to do
        done = latest_run(desk)
        for status in done:
            if status.pending:
                print(f"{status.month.label}: wacht")
            else:
                print(f"{status.month.label}: bezorgd in {status.path} ({status.visits} bezoeken)")
        if not done:
            print("Niets te bezorgen: elke afgelopen maand is bezorgd.")
    for report_period, path in result.reports:
        print(f"Maandrapport {report_period.label}: {path}")
    if result.problem:
        print(f"ido-desk: {result.problem}", file=sys.stderr)
        return ExitCode.STORAGE
    return 0
