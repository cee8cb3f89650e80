"""``ido-desk audit``: the audit log (manager only), on screen or as CSV."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ido_desk.audit_log import AuditFilter, export_audit, read_audit
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.speech import in_english, say
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", description="Show or export the audit log (manager).")
    parser.add_argument("--out", help="write the log to this CSV file")
    parser.add_argument("--since", help="from this day, YYYY-MM-DD")
    parser.add_argument("--until", help="up to and including this day, YYYY-MM-DD")
    parser.add_argument("--entity", help="visit, setting, location, topic, ...")
    parser.add_argument("--action", help="edit, delete, undo, ...")
    parser.add_argument(
        "--search", help="only entries with this text in the name, the id or the content (any case)"
    )
    parser.add_argument("--limit", type=int, default=50, help="lines on screen (default 50)")
    parser.set_defaults(handler=run)


def _day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            option,
            QT_TRANSLATE_NOOP("core", "--{option} '{text}' is not a date: use YYYY-MM-DD.").format(
                option=option, text=text
            ),
        ) from None


def run(desk: Desk, args: argparse.Namespace) -> int:
    where = AuditFilter(
        since=_day("since", args.since),
        until=_day("until", args.until),
        entity=args.entity,
        action=args.action,
        text=args.search or None,
    )
    if args.out:
        count = export_audit(desk, Path(args.out), where, english=in_english())
        say(
            QT_TRANSLATE_NOOP(
                "core", "{count} regels uit het auditlogboek geschreven naar {args.out}"
            ).format(count=Count(count), args=args)
        )
        return 0
    for row in read_audit(desk, where, limit=args.limit, english=in_english()):
        say(
            f"{row.at:%Y-%m-%d %H:%M}  {row.who:<10} {row.action_label:<20} {row.description} "
            f" [{row.entity} {row.entity_id}]"
        )
    return 0
