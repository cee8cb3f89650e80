"""``ido-desk delete VISIT_ID``: delete a visit, as the day list's Verwijderen does. A tombstone
stays (so an export passes the delete on), the note goes, the audit log keeps the visit. Asks
first when a person is typing; a script says ``--yes``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.speech import say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_lookup import find_visit_id, short_id
from ido_desk.visit_reading import get_visit
from ido_desk.visits import delete_visit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("delete", description="Delete a visit (audited).")
    parser.add_argument("visit", metavar="VISIT_ID", help="the id, or the short id of 'visits'")
    parser.add_argument("--yes", action="store_true", help="delete without asking")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    visit_id = find_visit_id(desk, args.visit)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                "yes", QT_TRANSLATE_NOOP("core", "Verwijderen vraagt om bevestiging: geef --yes.")
            )
        visit = get_visit(desk, visit_id).draft
        topics = ", ".join(q.subtopic or q.topic for q in visit.questions)
        when = f"{visit.started_at:%d-%m-%Y %H:%M}" if visit.started_at else ""
        question = QT_TRANSLATE_NOOP(
            "core", "Bezoek {id} van {when} ({topics}) verwijderen? [j/N] "
        )
        answer = input(spoken(question.format(id=short_id(visit_id), when=when, topics=topics)))
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            say(QT_TRANSLATE_NOOP("core", "Niet verwijderd."))
            return 0
    delete_visit(desk, visit_id)
    say(
        QT_TRANSLATE_NOOP("core", "Bezoek {visit_id} verwijderd.").format(
            visit_id=short_id(visit_id)
        )
    )
    return 0
