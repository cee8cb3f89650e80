"""``ido-desk list ACTION KIND CODE``: keep the lists current, as the lists editor in the
settings does. ``ido-desk lists`` prints them."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.list_admin import (
    KINDS,
    REFERRAL_KINDS,
    NewItem,
    add_item,
    move_item,
    rename_item,
    restore_item,
    retire_item,
    set_suggested_organisation,
)
from ido_desk.lists import GOVERNMENT_LEVELS
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "list",
        description="Change a list. Items are never deleted: a retired item leaves the desk's "
        "choices but old visits keep it. See 'ido-desk lists --all' for the codes.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = _action(actions, "add", "add an item at the end of a list", run_add)
    add.add_argument("--label", required=True, help="the Dutch label")
    add.add_argument("--label-en", default="", help="the English label (default: the Dutch)")
    add.add_argument("--parent", help="topic: the main topic this is a sub-topic of")
    add.add_argument("--domain", help="topic: its domain (default: the parent's, else the first)")
    add.add_argument(
        "--organisation",
        help="topic: the organisation suggested with it; referral: the organisation referred to",
    )
    add.add_argument("--level", choices=sorted(GOVERNMENT_LEVELS), help="organisation: level")
    add.add_argument(
        "--referral-kind", choices=sorted(REFERRAL_KINDS), help="referral: what kind of target"
    )

    rename = _action(actions, "rename", "change the Dutch and/or English label", run_rename)
    rename.add_argument("--label", help="the new Dutch label")
    rename.add_argument("--label-en", help="the new English label")

    _action(actions, "retire", "take an item out of the desk's choices", run_retire)
    _action(actions, "restore", "bring a retired item back", run_restore)

    move = _action(actions, "move", "put an item at another place in its list", run_move)
    move.add_argument(
        "--to", type=int, required=True, help="position among its siblings, 1 is first"
    )

    suggest = actions.add_parser("suggest", help="change the organisation suggested with a topic")
    suggest.add_argument("code", metavar="TOPIC", help="the topic's code")
    suggest.add_argument("organisation", metavar="ORGANISATION", help="a code, or 'none'")
    suggest.set_defaults(handler=run_suggest)


def _action(actions: Any, name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
    parser.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    parser.add_argument("code", metavar="CODE", help="the item's code")
    parser.set_defaults(handler=handler)
    return parser


def run_add(desk: Desk, args: argparse.Namespace) -> int:
    item = add_item(
        desk,
        args.kind,
        NewItem(
            code=args.code,
            label_nl=args.label,
            label_en=args.label_en,
            parent=args.parent,
            domain=args.domain,
            organisation=args.organisation,
            level=args.level,
            referral_kind=args.referral_kind,
        ),
    )
    from ido_desk.audit_setup_text import LIST_NAMES

    which = LIST_NAMES.get(args.kind, args.kind)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Toegevoegd aan de lijst {which}: {item.code}  {item.label_nl}"
        ).format(which=which, item=item)
    )
    return 0


def run_rename(desk: Desk, args: argparse.Namespace) -> int:
    if args.label is None and args.label_en is None:
        raise ValidationError(
            "label", QT_TRANSLATE_NOOP("core", "rename needs --label and/or --label-en")
        )
    item = rename_item(desk, args.kind, args.code, args.label, args.label_en)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Hernoemd: {item.code}  {item.label_nl} / {item.label_en}"
        ).format(item=item)
    )
    return 0


def run_retire(desk: Desk, args: argparse.Namespace) -> int:
    retire_item(desk, args.kind, args.code)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Vervallen: {args.kind} {args.code} (oude bezoeken houden het)"
        ).format(args=args)
    )
    return 0


def run_restore(desk: Desk, args: argparse.Namespace) -> int:
    restore_item(desk, args.kind, args.code)
    say(QT_TRANSLATE_NOOP("core", "Teruggezet: {args.kind} {args.code}").format(args=args))
    return 0


def run_move(desk: Desk, args: argparse.Namespace) -> int:
    move_item(desk, args.kind, args.code, args.to)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Verplaatst: {args.kind} {args.code} naar plaats {args.to}"
        ).format(args=args)
    )
    return 0


def run_suggest(desk: Desk, args: argparse.Namespace) -> int:
    organisation = None if args.organisation.lower() == "none" else args.organisation
    set_suggested_organisation(desk, args.code, organisation)
    say(
        QT_TRANSLATE_NOOP(
            "core", "Voorgestelde organisatie bij {args.code}: {organisation}"
        ).format(args=args, organisation=organisation or "geen")
    )
    return 0
