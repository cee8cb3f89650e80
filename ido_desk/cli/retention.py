"""``ido-desk retention``: show or change how long notes are kept; erase the old ones now."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.retention import erase_old_notes, retention_days, set_retention_days
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "retention", description="How long notes are kept (default 30 days); erase older ones now."
    )
    parser.add_argument("--days", type=int, help="set the retention period (manager)")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    days = args.days
    erased = erase_old_notes(desk) if days is None else set_retention_days(desk, days)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Notities worden {days} dagen bewaard. Nu gewist: {erased}."
        ).format(days=retention_days(desk), erased=erased)
    )
    return 0
