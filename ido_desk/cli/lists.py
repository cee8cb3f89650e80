"""``ido-desk lists``: the codes of every list with their labels (English with ``--lang en``):
each list under its name and the code the ``list`` commands take, each topic with its own
sub-topics indented beneath it, and in words what an item is linked to (a topic's suggested
organisation, an organisation's government level, what kind of target a referral is)."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.list_rules import REFERRAL_KINDS
from ido_desk.lists import (
    GOVERNMENT_LEVELS,
    Catalogue,
    Item,
    OrganisationItem,
    ReferralItem,
    TopicItem,
)
from ido_desk.speech import in_english, say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP

CODE_WIDTH = 24
HEADINGS = {
    "channel": QT_TRANSLATE_NOOP("core", "Kanalen"),
    "domain": QT_TRANSLATE_NOOP("core", "Domeinen"),
    "organisation": QT_TRANSLATE_NOOP("core", "Organisaties"),
    "topic": QT_TRANSLATE_NOOP("core", "Onderwerpen"),
    "help": QT_TRANSLATE_NOOP("core", "Soorten hulp"),
    "referral": QT_TRANSLATE_NOOP("core", "Doorverwijzingen"),
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("lists")
    parser.add_argument("--all", action="store_true", help="include retired items")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    catalogue = desk.catalogue
    for kind, items in catalogue.by_kind().items():
        say(f"{spoken(HEADINGS[kind])} [{kind}]")
        shown = [item for item in items if args.all or not item.retired]
        if kind == "topic":
            _topics(catalogue, shown)  # type: ignore[arg-type]
        else:
            for item in shown:
                say(_line(item, _linked(item)))
        say()
    return 0


def _topics(catalogue: Catalogue, shown: list[TopicItem]) -> None:
    """Each topic, then its sub-topics beneath it (in their own order); a sub-topic of a
    retired topic that is not shown comes under that topic's line all the same."""
    beneath: dict[str, list[TopicItem]] = {}
    for topic in shown:
        if topic.parent_code:
            beneath.setdefault(topic.parent_code, []).append(topic)
    tops = [t for t in shown if not t.parent_code]
    tops += [
        parent
        for code in beneath
        if (parent := catalogue.topics.get(code)) is not None and parent not in tops
    ]
    for top in sorted(tops, key=lambda t: (t.sort_order, t.id)):
        say(_line(top, _suggested(catalogue, top)))
        for sub in beneath.get(top.code, []):
            same = sub.organisation_code == top.organisation_code
            say(_line(sub, "" if same else _suggested(catalogue, sub), depth=2))


def _label(item: Item) -> str:
    return item.label_en if in_english() and item.label_en else item.label_nl


def _line(item: Item, linked: str, depth: int = 1) -> str:
    retired = spoken(QT_TRANSLATE_NOOP("core", "  [vervallen]")) if item.retired else ""
    code = f"{'  ' * depth}{item.code:<{CODE_WIDTH - 2 * (depth - 1)}}"
    return f"{code} {_label(item)}{linked}{retired}"


def _linked(item: Item) -> str:
    """An organisation's government level or a referral's kind, in words."""
    words = None
    if isinstance(item, OrganisationItem):
        words = GOVERNMENT_LEVELS.get(item.level)
    elif isinstance(item, ReferralItem):
        words = REFERRAL_KINDS.get(item.kind)
    said = None if words is None else words[1 if in_english() else 0].lower()
    if said is None or f"({said})" in _label(item).lower():  # "Digisterker (course)"
        return ""
    return f"  ({said})"


def _suggested(catalogue: Catalogue, topic: TopicItem) -> str:
    organisation = catalogue.organisations.get(topic.organisation_code or "")
    if organisation is None:
        return ""
    suggestion = QT_TRANSLATE_NOOP("core", " — voorgestelde organisatie: {organisation}")
    return spoken(suggestion.format(organisation=_label(organisation)))
