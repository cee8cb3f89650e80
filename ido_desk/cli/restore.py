"""``ido-desk restore FILE``: put a backup back. The database it replaces is kept.

It first says how many visits of the database are not in the backup (they leave the live
database) and asks; ``--yes`` answers for a script. Needs the manager (IDO_DESK_PIN) while the
database can be opened; a database that cannot be opened (damaged, half upgraded, empty) cannot
check a PIN, so then the restore goes ahead (the old file is kept as it was). Refused while the
window is open on the same data folder: close it first. On PostgreSQL FILE is a pg_dump
(``.dump``), put back with pg_restore (ido_desk.restore_server)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from db.errors import ExitCode, UserError
from ido_desk.backup import newest_good_backup, window_is_open
from ido_desk.config import Paths
from ido_desk.desk import open_desk
from ido_desk.errors import NotFound, Refused, ValidationError
from ido_desk.restore import RestorePlan, plan_restore, restore_closed
from ido_desk.roles import require_manager, sign_in_from_environment
from ido_desk.speech import say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore",
        description="Put a backup back; the database it replaces is kept in the backup folder.",
    )
    parser.add_argument("file", nargs="?", help="the backup file (see 'ido-desk backup --list')")
    parser.add_argument(
        "--newest", action="store_true", help="the newest backup that passes the check"
    )
    parser.add_argument(
        "--yes", action="store_true", help="do not ask (the visits that will be lost are shown)"
    )
    parser.set_defaults(handler_without_desk=run)


def _authorise(paths: Paths, plan: RestorePlan) -> None:
    """The manager's PIN, checked against the current database when it can be opened."""
    if not plan.live_usable:
        return
    try:
        desk = open_desk(paths)
    except (UserError, SQLAlchemyError):  # it cannot be opened, so it cannot check a PIN
        return
    try:
        sign_in_from_environment(desk)
        require_manager(desk, QT_TRANSLATE_NOOP("core", "Een back-up terugzetten"))
    finally:
        desk.close()


def _confirmed(plan: RestorePlan, yes: bool) -> bool:
    say(plan.consequence())
    if yes:
        return True
    if not sys.stdin.isatty():
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core", "Er is niets teruggezet: bevestig met --yes (of antwoord in een terminal)."
            )
        )
    typed = input(spoken(QT_TRANSLATE_NOOP("core", "Terugzetten? Typ 'ja' om terug te zetten: ")))
    return typed.strip().lower() in ("ja", "j", "yes", "y")


def run(paths: Paths, args: argparse.Namespace) -> int:
    if window_is_open(paths):
        raise Refused(
            QT_TRANSLATE_NOOP(
                "core",
                "IDO Desk is geopend op deze gegevens. Sluit het venster en probeer het opnieuw.",
            )
        )
    if args.newest:
        good = newest_good_backup(paths)
        if good is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "core", "Er is geen bruikbare back-up in {paths.backup_dir}."
                ).format(paths=paths)
            )
        file = good.path
    elif args.file:
        file = Path(args.file)
    else:
        raise ValidationError(
            "file", QT_TRANSLATE_NOOP("core", "Geef het back-upbestand, of --newest.")
        )
    plan = plan_restore(paths, file)
    _authorise(paths, plan)
    if not _confirmed(plan, args.yes):
        say(QT_TRANSLATE_NOOP("core", "Er is niets teruggezet."))
        return int(ExitCode.REFUSED)
    result = restore_closed(
        paths, file, accept_lost=plan.lost_visits, name=args.name, sign_in=sign_in_from_environment
    )
    say(QT_TRANSLATE_NOOP("core", "Teruggezet: {result.restored_from}").format(result=result))
    if result.replaced_copy is not None:
        say(
            QT_TRANSLATE_NOOP(
                "core", "De vervangen gegevens zijn bewaard als {result.replaced_copy}"
            ).format(result=result)
        )
    return 0
