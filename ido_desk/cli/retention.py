"""``ido-desk retention``: show or change how long notes are kept; erase the old ones now."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.retention import erase_old_notes, retention_days, set_retention_days


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "retention", description="How long notes are kept (default 30 days); erase older ones now."
    )
    parser.add_argument("--days", type=int, help="set the retention period (manager)")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    days = args.days
    erased = erase_old_notes(desk) if days is None else set_retention_days(desk, days)
    print(f"Notities worden {retention_days(desk)} dagen bewaard. Nu gewist: {erased}.")
    return 0
