"""``ido-desk visits``: the visits of a day, as the day list in the window shows them, each with
the short id that ``edit``, ``delete`` and ``national-form mark`` take."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.errors import ValidationError
from ido_desk.labels import QUESTION, QUESTIONS, VISIT, VISITS, counted, entry_label
from ido_desk.speech import in_english, say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text
from ido_desk.visit_lookup import short_id
from ido_desk.visit_reading import VisitSummary, day_totals, list_visits


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("visits")
    parser.add_argument("--date", help="YYYY-MM-DD (default: today)")
    parser.set_defaults(handler=run)


def parse_day(text: str | None, desk: Desk, option: str = "--date") -> date:
    """A day typed as YYYY-MM-DD; today when not given."""
    try:
        return date.fromisoformat(text) if text else desk.clock().date()
    except ValueError:
        raise ValidationError(
            option.lstrip("-"),
            QT_TRANSLATE_NOOP(
                "core", "{option} '{text}' is geen datum: gebruik JJJJ-MM-DD."
            ).format(option=option, text=text),
        ) from None


def visit_line(v: VisitSummary) -> str:
    duration = f"{v.duration_min} min" if v.duration_min else "-"
    mark = "" if v.entry is Entry.LIVE else f" [{spoken(entry_label(v.entry))}]"
    return (
        f"{short_id(v.id)}  {v.started_at:%H:%M}  {v.channel:<32} {v.topics:<40} {v.help:<30} "
        f"{duration:>7}{mark}"
    )


def run(desk: Desk, args: argparse.Namespace) -> int:
    day = parse_day(args.date, desk)
    visits, questions = day_totals(desk, day)
    say(
        Text(
            "core",
            "{day:%Y-%m-%d}: {visits}, {questions}",
            (),
            {
                "day": day,
                "visits": counted(visits, VISIT, VISITS),
                "questions": counted(questions, QUESTION, QUESTIONS),
            },
        )
    )
    offset = 0
    while page := list_visits(desk, day, offset=offset, limit=500, english=in_english()):
        for v in page:
            say(visit_line(v))
        offset += len(page)
    return 0
