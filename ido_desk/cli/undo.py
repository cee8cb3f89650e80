"""``ido-desk undo``: take back the visit saved last, as Ctrl+Z does after a save: only just
after saving (a minute), only when it was not changed since, only once, and not a tally sheet
(Ctrl+Z does not take one back either: delete its visits)."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.errors import NotFound, ValidationError
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.visit_lookup import last_saved_visit_id, short_id
from ido_desk.visit_reading import get_visit
from ido_desk.visits import undo_visit


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "undo", description="Take back the visit saved last, just after saving it."
    )
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    visit_id = last_saved_visit_id(desk)
    if visit_id is None:
        whose = QT_TRANSLATE_NOOP("core", " van {name}").format(name=desk.name) if desk.name else ""
        raise NotFound(
            QT_TRANSLATE_NOOP("core", "Er is geen registratie{whose} om ongedaan te maken.").format(
                whose=whose
            )
        )
    if get_visit(desk, visit_id).entry == Entry.BATCH:
        raise ValidationError(
            "undo",
            QT_TRANSLATE_NOOP(
                "core",
                "Een turflijst maak je niet ongedaan: verwijder de bezoeken met 'ido-desk delete'.",
            ),
        )
    undo_visit(desk, visit_id)
    say(
        QT_TRANSLATE_NOOP("core", "Bezoek {visit_id} ongedaan gemaakt.").format(
            visit_id=short_id(visit_id)
        )
    )
    return 0
