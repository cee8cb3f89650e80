"""``ido-desk national-form``: the visits still to enter in the national IDO registration form,
with the form's answers in its order and wording (``list``), and ticking them off per visit or
per day (``mark``), as the Landelijk formulier tab does."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.cli.visits import parse_day
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.reports.national_form.transfer import (
    count_untransferred,
    list_untransferred,
    mark_transferred,
)
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_lookup import find_visit_id, short_id


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "national-form",
        description="The visits still to enter in the national IDO registration form.",
    )
    actions = parser.add_subparsers(dest="form_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the visits still to transfer, oldest first")
    listing.add_argument("--limit", type=int, default=50, help="visits on screen (default 50)")
    listing.set_defaults(handler=run_list)
    mark = actions.add_parser("mark", help="mark visits as entered in the national form")
    which = mark.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--visit", action="append", metavar="ID", help="a visit's id (or short id); repeat"
    )
    which.add_argument("--day", metavar="DATE", help="every visit of this day, YYYY-MM-DD")
    mark.set_defaults(handler=run_mark)


def run_list(desk: Desk, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("limit", QT_TRANSLATE_NOOP("core", "--limit moet 1 of meer zijn."))
    say(
        QT_TRANSLATE_NOOP("core", "Nog over te zetten: {count}").format(
            count=counted(count_untransferred(desk), VISIT, VISITS)
        )
    )
    for visit in list_untransferred(desk, limit=args.limit):
        say(f"\n{short_id(visit.id)}  {visit.started_at:%d-%m-%Y %H:%M}")
        for answer in visit.answers:
            say(f"  {answer.question}: {answer.answer}")
        for n, question in enumerate(visit.questions, 1):
            say(QT_TRANSLATE_NOOP("core", "  Vraag {n}").format(n=n))
            for answer in question:
                say(f"    {answer.question}: {answer.answer}")
    return 0


def run_mark(desk: Desk, args: argparse.Namespace) -> int:
    if args.day is not None:
        day = parse_day(args.day, desk, "--day")
        marked = mark_transferred(desk, day)
        say(
            QT_TRANSLATE_NOOP(
                "core", "{marked} van {day:%d-%m-%Y} gemarkeerd als overgezet."
            ).format(marked=counted(marked, VISIT, VISITS), day=day)
        )
    else:
        marked = mark_transferred(desk, [find_visit_id(desk, text) for text in args.visit])
        say(
            QT_TRANSLATE_NOOP("core", "{marked} gemarkeerd als overgezet.").format(
                marked=counted(marked, VISIT, VISITS)
            )
        )
    say(
        QT_TRANSLATE_NOOP("core", "Nog over te zetten: {count}.").format(
            count=counted(count_untransferred(desk), VISIT, VISITS)
        )
    )
    return 0
