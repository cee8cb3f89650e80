"""``ido-desk delivery``: the delivery folder and the reports folder (set once), the days
after which a coordinator counts a location as late, and each month's delivery."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.desk import Desk
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "delivery",
        description="Without options: show the folders. The months are delivered at every "
        "start and by 'ido-desk deliver'.",
    )
    parser.add_argument(
        "--folder", help="the delivery folder (shared, synced or a USB stick); '' to stop"
    )
    parser.add_argument(
        "--reports-folder",
        help="where the monthly PDF reports go (default: Documents/IDO Desk rapporten)",
    )
    parser.add_argument(
        "--late-days",
        type=int,
        help="at the coordinator: a location is late when its last month has not arrived "
        "this many days after the month's end (default 10)",
    )
    parser.add_argument("--status", action="store_true", help="each month: delivered or waiting")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    from ido_desk import delivery, delivery_settings

    if args.folder is not None:
        delivery_settings.set_delivery_folder(desk, args.folder)
    if args.reports_folder is not None:
        delivery_settings.set_reports_folder(desk, args.reports_folder)
    if args.late_days is not None:
        delivery_settings.set_late_days(desk, args.late_days)
    folder = delivery.delivery_folder(desk)
    if folder is None:
        say(QT_TRANSLATE_NOOP("core", "Bezorgmap: niet ingesteld (ido-desk delivery --folder MAP)"))
    else:
        reach = (
            QT_TRANSLATE_NOOP("core", "bereikbaar")
            if folder.is_dir()
            else QT_TRANSLATE_NOOP("core", "nu niet bereikbaar")
        )
        say(
            QT_TRANSLATE_NOOP("core", "Bezorgmap: {folder} ({reach})").format(
                folder=folder, reach=reach
            )
        )
    say(
        QT_TRANSLATE_NOOP("core", "Map voor maandrapporten: {reports_folder}").format(
            reports_folder=delivery.reports_folder(desk)
        )
    )
    say(
        QT_TRANSLATE_NOOP(
            "core", "Te laat na: {late_days} dagen na het einde van een maand"
        ).format(late_days=delivery_settings.late_days(desk))
    )
    changed = (args.folder, args.reports_folder, args.late_days) != (None, None, None)
    if args.status or not changed:  # "show what was delivered", unless a setting was just set
        for line in status_lines(desk):
            say(line)
    return 0


def status_lines(desk: Desk) -> list[str]:
    """ "2026-10  bezorgd 02-11-2026 08:45 in PAD, 3 bezoeken" or "2026-11  wacht: ..."."""
    from ido_desk.delivery import delivery_status

    lines: list[str] = []
    for status in delivery_status(desk):
        if status.delivered_at is not None and not status.changed:
            lines.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{status.month.code}  bezorgd {status.delivered_at:%d-%m-%Y %H:%M} in "
                    "{status.path}, {visits}",
                ).format(status=status, visits=counted(status.visits, VISIT, VISITS))
            )
        elif status.changed:
            problem = (
                QT_TRANSLATE_NOOP("core", " ({problem})").format(problem=status.problem)
                if status.problem
                else ""
            )
            lines.append(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{status.month.code}  gewijzigd na bezorging op "
                    "{status.delivered_at:%d-%m-%Y %H:%M}: wacht om opnieuw te gaan{problem}",
                ).format(status=status, problem=problem)
            )
        else:
            waits = status.problem or QT_TRANSLATE_NOOP("core", "nog niet geprobeerd")
            lines.append(
                QT_TRANSLATE_NOOP("core", "{code}  wacht: {waits}").format(
                    code=status.month.code, waits=waits
                )
            )
    if not lines:
        lines.append(QT_TRANSLATE_NOOP("core", "Nog geen afgelopen maand om te bezorgen."))
    return lines
