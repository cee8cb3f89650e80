"""``ido-desk lists``: the codes of every list, with their Dutch labels."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.lists import OrganisationItem, ReferralItem, TopicItem
from ido_desk.speech import say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lists")
    parser.add_argument("--all", action="store_true", help="include retired items")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    for kind, items in desk.catalogue.by_kind().items():
        say(f"[{kind}]")
        for item in items:
            if item.retired and not args.all:
                continue
            extra = ""
            if isinstance(item, TopicItem) and item.parent_code:
                extra = QT_TRANSLATE_NOOP("core", "  (sub-onderwerp van {parent_code})").format(
                    parent_code=item.parent_code
                )
            elif isinstance(item, OrganisationItem):
                extra = f"  ({item.level})"
            elif isinstance(item, ReferralItem):
                extra = f"  ({item.kind})"
            retired = spoken(QT_TRANSLATE_NOOP("core", "  [vervallen]")) if item.retired else ""
            say(f"  {item.code:<24} {item.label_nl}{extra}{retired}")
        say()
    return 0
