"""``ido-desk backup``: back up the database now (verified, in rotation), or list backups.
A SQLite file is copied; a PostgreSQL database is dumped with pg_dump (ido_desk.backup), and
without pg_dump on PATH the one line on stderr says what to install."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.backup import list_backups, make_backup
from ido_desk.desk import Desk
from ido_desk.labels import BACKUP, BACKUPS, counted
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("backup", description="Back up the database now.")
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.list:
        backups = list_backups(desk.paths)
        if not backups:
            say(QT_TRANSLATE_NOOP("core", "Er zijn nog geen back-ups."))
        for b in backups:
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{b.made_at:%Y-%m-%d %H:%M}  {size:>8.0f} kB  {kind:<40} {b.path}",
                ).format(b=b, size=b.size / 1024, kind=b.kind_label)
            )
        return 0
    info = make_backup(desk)
    say(
        QT_TRANSLATE_NOOP("core", "Back-up gemaakt en gecontroleerd: {info.path}").format(info=info)
    )
    say(
        QT_TRANSLATE_NOOP("core", "In de map: {count}.").format(
            count=counted(len(list_backups(desk.paths)), BACKUP, BACKUPS)
        )
    )
    return 0
