"""``ido-desk demo``: fill the database with realistic synthetic visits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ido_desk.demo import DemoSpec, make_demo
from ido_desk.desk import Desk
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count

SHOW_PROGRESS_FROM = 100_000  # visits: below this the demo is done before anyone looks


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo")
    parser.add_argument("--visits", type=int, required=True, help="how many visits in all")
    parser.add_argument("--locations", type=int, default=1, help="spread over K locations")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.add_argument("--months", type=int, default=24, help="how many months back")
    parser.set_defaults(handler=run)


def progress_lines() -> Callable[[int, int], None]:
    """Progress as a line on stderr at every tenth of the way."""
    shown = -1

    def show(done: int, total: int) -> None:
        nonlocal shown
        tenth = done * 10 // max(total, 1)
        if tenth != shown:
            shown = tenth
            say(
                QT_TRANSLATE_NOOP("core", "  {done:>12} / {total} bezoeken").format(
                    done=Count(done), total=Count(total)
                ),
                file=sys.stderr,
                flush=True,
            )

    return show


def run(desk: Desk, args: argparse.Namespace) -> int:
    result = make_demo(
        desk,
        DemoSpec(visits=args.visits, locations=args.locations, seed=args.seed, months=args.months),
        progress=progress_lines() if args.visits >= SHOW_PROGRESS_FROM else None,
    )
    for line in result.lines():
        say(line)
    return 0
