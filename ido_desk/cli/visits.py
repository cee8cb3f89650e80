"""``ido-desk visits``: the visits of a day, as the day list in the window shows them."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.errors import ValidationError
from ido_desk.labels import entry_label
from ido_desk.visits import day_totals, list_visits


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("visits", help="list the visits of a day")
    parser.add_argument("--date", help="YYYY-MM-DD (default: today)")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date) if args.date else desk.clock().date()
    except ValueError:
        raise ValidationError(
            "date", f"--date '{args.date}' is geen datum: gebruik JJJJ-MM-DD."
        ) from None
    visits, questions = day_totals(desk, day)
    print(f"{day:%Y-%m-%d}: {visits} bezoeken, {questions} vragen")
    offset = 0
    while page := list_visits(desk, day, offset=offset, limit=500):
        for v in page:
            duration = f"{v.duration_min} min" if v.duration_min else "-"
            mark = "" if v.entry is Entry.LIVE else f" [{entry_label(v.entry)}]"
            print(
                f"{v.started_at:%H:%M}  {v.channel:<32} {v.topics:<40} {v.help:<30} "
                f"{duration:>7}  {v.id}{mark}"
            )
        offset += len(page)
    return 0
