"""``ido-desk edit VISIT_ID``: change a visit, as double-clicking it in the day list does.

What is not given stays as it was. ``--topic`` (repeat it for more questions) replaces the
questions; each keeps the help and referral of the question it replaces unless
``--help-given`` / ``--referral`` are given. The revision goes up and the audit log keeps the
visit as it was; an older visit needs the manager (IDO_DESK_PIN)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from ido_desk.cli.log import parse_at
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_lookup import find_visit_id, short_id
from ido_desk.visit_reading import get_visit
from ido_desk.visits import update_visit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "edit", description="Change a visit; what is not given stays as it was."
    )
    parser.add_argument("visit", metavar="VISIT_ID", help="the id, or the short id of 'visits'")
    parser.add_argument(
        "--topic", action="append", help="topic or sub-topic code; repeat for more questions"
    )
    parser.add_argument("--channel", help="channel code")
    parser.add_argument("--duration", type=int, help="minutes")
    parser.add_argument("--help-given", dest="help_given", help="help code, for every question")
    parser.add_argument("--referral", help="referral code, for every question")
    parser.add_argument("--at", help='when the visit started, "YYYY-MM-DD HH:MM"')
    parser.add_argument("--note", help="the note; refused if it holds personal data")
    parser.set_defaults(handler=run)


def changed_draft(old: VisitDraft, args: argparse.Namespace) -> VisitDraft:
    """The visit's draft with what the options say changed."""
    questions = old.questions
    if args.topic:
        questions = tuple(
            QuestionDraft(
                topic=topic,
                help=questions[n].help if n < len(questions) else None,
                referral=questions[n].referral if n < len(questions) else None,
            )
            for n, topic in enumerate(args.topic)
        )
    if args.help_given is not None or args.referral is not None:
        questions = tuple(
            replace(
                q,
                help=q.help if args.help_given is None else args.help_given,
                referral=q.referral if args.referral is None else args.referral,
            )
            for q in questions
        )
    return replace(
        old,
        questions=questions,
        channel=old.channel if args.channel is None else args.channel,
        duration_min=old.duration_min if args.duration is None else args.duration,
        started_at=old.started_at if args.at is None else parse_at(args.at),
        note=old.note if args.note is None else args.note,
    )


def run(desk: Desk, args: argparse.Namespace) -> int:
    visit_id = find_visit_id(desk, args.visit)
    old = get_visit(desk, visit_id)
    if not update_visit(desk, visit_id, changed_draft(old.draft, args)):
        say(
            QT_TRANSLATE_NOOP(
                "core", "Niets gewijzigd: bezoek {visit_id} is al zo (revisie {revision})."
            ).format(visit_id=short_id(visit_id), revision=old.revision)
        )
        return 0  # as "ido-desk deliver" with nothing to deliver: done, nothing was needed
    say(
        QT_TRANSLATE_NOOP("core", "Bezoek {visit_id} gewijzigd (revisie {revision}).").format(
            visit_id=short_id(visit_id), revision=old.revision + 1
        )
    )
    return 0
