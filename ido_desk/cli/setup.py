"""``ido-desk setup``: set this installation's location, as the first-start dialog does."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.location import SETUPS, LocationInput, set_location
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("setup", description="Set this branch's location.")
    parser.add_argument("--location-name", required=True, help='e.g. "Huis van de Stad"')
    parser.add_argument("--municipality", required=True, help="e.g. Rijswijk")
    parser.add_argument("--cbs-code", required=True, help="the CBS municipality code, GMxxxx")
    parser.add_argument("--province", default="", help="e.g. Zuid-Holland")
    parser.add_argument("--organisation", default="", help="the library organisation")
    parser.add_argument(
        "--setup",
        default="basis",
        choices=sorted(SETUPS),
        help="kind of help point (IDO set-up): basis, altijd (always available), "
        "breed (broad service)",
    )
    parser.add_argument("--code", help="a stable location code (default: from CBS code + name)")
    parser.add_argument(
        "--change",
        action="store_true",
        help="on a shared database: change the location it already has (for everyone)",
    )
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    info = set_location(
        desk,
        LocationInput(
            name=args.location_name,
            municipality=args.municipality,
            cbs_code=args.cbs_code,
            province=args.province,
            organisation=args.organisation,
            setup=args.setup,
            code=args.code,
        ),
        for_everyone=args.change,  # a shared database's location: else SharedLocation
    )
    say(
        QT_TRANSLATE_NOOP(
            "core",
            "Locatie ingesteld: {info.title} ({info.municipality}, {info.cbs_code}), "
            "code {info.code}",
        ).format(info=info)
    )
    return 0
