"""``ido-desk report``: a report as PDF, CSV or XLSX, through the same services as the
Rapporten tab. ReportLab and openpyxl are imported only when a report is written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.reports.kinds import GROUPS, KINDS
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        description="Write a report; the format follows the extension of --out.",
    )
    parser.add_argument(
        "--period",
        help="2026-10 (month), 2026-Q3 (quarter), 2026 (year) or 2026-01-01..2026-03-15 "
        "(default: the last full month)",
    )
    parser.add_argument(
        "--location",
        help="location code, or 'all' (default: the own location; all for --kind region)",
    )
    parser.add_argument(
        "--municipality",
        action="append",
        default=[],
        metavar="GM0603",
        help="only the locations in this municipality (CBS code; repeatable)",
    )
    parser.add_argument(
        "--province", action="append", default=[], help="only this province (repeatable)"
    )
    parser.add_argument(
        "--organisation",
        action="append",
        default=[],
        help="only this library organisation (repeatable)",
    )
    parser.add_argument("--kind", default="monthly", choices=list(KINDS), help="default: monthly")
    parser.add_argument(
        "--group",
        default="municipality",
        choices=list(GROUPS),
        help="the regional report: subtotals per municipality (default), province or organisation",
    )
    parser.add_argument(
        "--format",
        default="readable",
        choices=("readable", "long"),
        help="long: one tidy table for a pivot table (.csv or .xlsx); default: readable",
    )
    parser.add_argument("--out", required=True, help="the file to write: .pdf, .csv or .xlsx")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    from ido_desk.periods import last_full_month, parse_period
    from ido_desk.reports.model import PERIOD_HEADINGS
    from ido_desk.reports.scope import LocationFilter
    from ido_desk.reports.service import ReportRequest, export_report

    period = parse_period(args.period) if args.period else last_full_month(desk.clock().date())
    out = Path(args.out).expanduser().resolve()
    location = args.location
    if location is None and KINDS[args.kind].every_location:
        location = "all"  # the regional report sets every location side by side
    where = LocationFilter(
        location, tuple(args.municipality), tuple(args.province), tuple(args.organisation)
    )
    request = ReportRequest(args.kind, period, where, args.group)
    export_report(desk, request, out, layout=args.format)
    name = KINDS[args.kind].label
    if args.kind == "monthly":
        name = PERIOD_HEADINGS.get(period.kind, name)
    say(
        QT_TRANSLATE_NOOP("core", "{name} {label} geschreven naar {out}").format(
            name=name, label=period.label_on(desk.clock().date()), out=out
        )
    )
    return 0
