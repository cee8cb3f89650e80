"""``ido-desk deliver``: deliver the ended months not yet delivered (or changed since) into
the delivery folder, and make the monthly PDFs; what every start does by itself, for a
scheduled task or on demand. One line per month delivered or waiting."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ExitCode
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


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
    from ido_desk.delivery import deliver_pending, start_run, unreachable
    from ido_desk.periods import parse_period

    period = parse_period(args.period) if args.period else None
    today = desk.clock().date()
    if period is not None and period.start >= today.replace(day=1):
        return fail(
            QT_TRANSLATE_NOOP(
                "core",
                "periode {period.label} is nog niet voorbij: een maand wordt bezorgd na "
                "haar laatste dag.",
            ).format(period=period),
            ExitCode.USAGE,
        )
    result = deliver_pending(desk, period)
    if not result.configured:
        return fail(
            QT_TRANSLATE_NOOP(
                "core",
                "er is geen bezorgmap ingesteld (of nog geen locatie). Stel die eenmalig "
                "in met 'ido-desk delivery --folder MAP'.",
            ),
            ExitCode.USAGE,
        )
    start = start_run(desk)
    if not result.outcomes and start is not None:  # the start of this command did the work
        result = replace(result, outcomes=start.outcomes, reports=start.reports + result.reports)
    for outcome in result.outcomes:
        if outcome.delivered:
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{outcome.month.label}: bezorgd in {outcome.path} ({visits})",
                ).format(outcome=outcome, visits=counted(outcome.visits, VISIT, VISITS))
            )
        else:
            say(QT_TRANSLATE_NOOP("core", "{outcome.month.label}: wacht").format(outcome=outcome))
    if not result.outcomes:
        say(
            QT_TRANSLATE_NOOP("core", "Niets te bezorgen: elke afgelopen maand is bezorgd.")
            if period is None
            else QT_TRANSLATE_NOOP(
                "core", "Niets te bezorgen: geen afgelopen maand in {label}."
            ).format(label=period.label)
        )
        folder = unreachable(desk)
        if folder is not None and not result.problem:
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "ido-desk: let op: de bezorgmap {folder} is nu niet bereikbaar; de "
                    "volgende maand wacht tot die map er weer is (of kies een andere map "
                    "met 'ido-desk delivery --folder MAP').",
                ).format(folder=folder),
                file=sys.stderr,
            )
    for report_period, path in result.reports:
        say(
            QT_TRANSLATE_NOOP("core", "Maandrapport {report_period.label}: {path}").format(
                report_period=report_period, path=path
            )
        )
    if result.problem:
        say(
            QT_TRANSLATE_NOOP("core", "ido-desk: {result.problem}").format(result=result),
            file=sys.stderr,
        )
        return ExitCode.STORAGE
    return 0
