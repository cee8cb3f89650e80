"""``ido-desk tally``: enter a paper tally sheet ("12 x DigiD activeren on 3 November"), as
Ctrl+T does: the visits alike, all marked as from a tally sheet, in one go."""

from __future__ import annotations

import argparse
from datetime import datetime, time
from typing import Any

from ido_desk.cli.visits import parse_day
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.form_rules import load_remembered
from ido_desk.labels import topics_text
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_reading import get_visit
from ido_desk.visits import record_batch

NOON = time(12)  # a tally sheet's visits are put at noon, or now when that is earlier today


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tally", description="Enter a paper tally sheet: COUNT visits alike on one day."
    )
    parser.add_argument("--count", type=int, required=True, help="how many visits")
    parser.add_argument("--date", help="the day, YYYY-MM-DD (default: today)")
    parser.add_argument("--topic", required=True, help="topic or sub-topic code")
    parser.add_argument("--channel", help="channel code (default: the one this desk remembers)")
    parser.add_argument("--duration", type=int, help="minutes, for each visit")
    parser.add_argument("--help-given", dest="help_given", help="help code")
    parser.add_argument("--referral", help="referral code")
    parser.add_argument("--at", help="the time of day, HH:MM (default 12:00, or now if earlier)")
    parser.set_defaults(handler=run)


def time_of_day(desk: Desk, args: argparse.Namespace, today: bool) -> time:
    if args.at is None:
        now = desk.clock()
        return min(NOON, now.time().replace(second=0, microsecond=0)) if today else NOON
    try:
        return datetime.strptime(args.at.strip(), "%H:%M").time()
    except ValueError:
        raise ValidationError(
            "at",
            QT_TRANSLATE_NOOP(
                "core", '--at "{args.at}" is geen tijd: gebruik UU:MM, bijvoorbeeld 14:30.'
            ).format(args=args),
        ) from None


def run(desk: Desk, args: argparse.Namespace) -> int:
    day = parse_day(args.date, desk)
    at = time_of_day(desk, args, day == desk.clock().date())
    draft = VisitDraft(
        questions=(QuestionDraft(topic=args.topic, help=args.help_given, referral=args.referral),),
        channel=args.channel or load_remembered(desk).channel,
        duration_min=args.duration,
    )
    ids = record_batch(desk, args.count, day, draft, at)
    saved = topics_text(desk.catalogue, get_visit(desk, ids[0]).draft)  # "DigiD > Activeren"
    say(
        QT_TRANSLATE_NOOP(
            "core", "Turflijst opgeslagen: {count} x {topic} op {day:%d-%m-%Y} om {at:%H:%M}."
        ).format(count=len(ids), topic=saved, day=day, at=at)
    )
    return 0
