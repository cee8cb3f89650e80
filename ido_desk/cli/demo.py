"""``ido-desk demo``: fill the database with realistic synthetic visits."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.demo import DemoSpec, make_demo
from ido_desk.desk import Desk


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo", help="fill the database with synthetic visits")
    parser.add_argument("--visits", type=int, required=True, help="how many visits in all")
    parser.add_argument("--locations", type=int, default=1, help="spread over K locations")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.add_argument("--months", type=int, default=24, help="how many months back")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    result = make_demo(
        desk,
        DemoSpec(visits=args.visits, locations=args.locations, seed=args.seed, months=args.months),
    )
    print(result.summary())
    return 0
