"""``ido-desk log``: log a visit headless, through the same service as the Save button."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.form_rules import load_remembered
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visits import record_visit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "log", description="Log one visit; see 'ido-desk lists' for codes."
    )
    parser.add_argument(
        "--topic",
        action="append",
        required=True,
        help="topic or sub-topic code; repeat for more questions (e.g. --topic digid_activeren)",
    )
    parser.add_argument("--channel", help="channel code (default: the one this desk remembers)")
    parser.add_argument("--duration", type=int, help="minutes")
    parser.add_argument("--help-given", dest="help_given", help="help code, for every question")
    parser.add_argument("--referral", help="referral code, for every question")
    parser.add_argument("--at", help='when the visit started, "YYYY-MM-DD HH:MM" (default now)')
    parser.add_argument("--note", help="optional note; refused if it holds personal data")
    parser.set_defaults(handler=run)


def parse_at(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            "at",
            QT_TRANSLATE_NOOP(
                "core",
                '--at "{text}" is geen tijdstip: gebruik "JJJJ-MM-DD UU:MM", bijvoorbeeld '
                '"2026-11-03 10:15".',
            ).format(text=text),
        ) from None


def run(desk: Desk, args: argparse.Namespace) -> int:
    draft = VisitDraft(
        questions=tuple(
            QuestionDraft(topic=topic, help=args.help_given, referral=args.referral)
            for topic in args.topic
        ),
        channel=args.channel or load_remembered(desk).channel,
        duration_min=args.duration,
        started_at=parse_at(args.at),
        note=args.note,
    )
    visit_id = record_visit(desk, draft)
    say(visit_id)
    return 0
