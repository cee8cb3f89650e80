"""``ido-desk report``: a report as PDF, CSV or XLSX, through the same services as the
Rapporten tab."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.periods import last_full_month, parse_period
from ido_desk.reports import KINDS, ReportRequest, export_report
from ido_desk.reports.model import PERIOD_HEADINGS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write a report (PDF, CSV or XLSX)",
        description="Write a report; the format follows the extension of --out.",
    )
    parser.add_argument(
        "--period",
        help="2026-10 (month), 2026-Q3 (quarter), 2026 (year) or 2026-01-01..2026-03-15 "
        "(default: the last full month)",
    )
    parser.add_argument(
        "--location", help="location code, or 'all' (default: this branch's own location)"
    )
    parser.add_argument("--kind", default="monthly", choices=sorted(KINDS), help="default: monthly")
    parser.add_argument("--out", required=True, help="the file to write: .pdf, .csv or .xlsx")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    period = parse_period(args.period) if args.period else last_full_month(desk.clock().date())
    out = Path(args.out).expanduser().resolve()
    export_report(desk, ReportRequest(args.kind, period, args.location), out)
    name = KINDS[args.kind]
    if args.kind == "monthly":
        name = PERIOD_HEADINGS.get(period.kind, name)
    print(f"{name} {period.label} geschreven naar {out}")
    return 0
