"""``ido-desk restore FILE``: put a backup back. The database it replaces is kept.

Needs the manager (IDO_DESK_PIN) while the database works; a damaged database cannot check a
PIN, so then the restore goes ahead (the damaged file is kept as it was). Refused while the
window is open on the same data folder: close it first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from db.errors import CorruptDatabase, StorageError
from ido_desk.backup import newest_good_backup, restore, window_is_open
from ido_desk.config import Paths
from ido_desk.desk import open_desk
from ido_desk.errors import NotFound, ValidationError
from ido_desk.roles import PermissionDenied, require_manager, sign_in_from_environment

EXIT_USAGE, EXIT_REFUSED, EXIT_STORAGE = 2, 3, 4  # as in ido_desk.cli.main


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="put a backup back (the current database is kept)",
        description="Put a backup back; the database it replaces is kept in the backup folder.",
    )
    parser.add_argument("file", nargs="?", help="the backup file (see 'ido-desk backup --list')")
    parser.add_argument(
        "--newest", action="store_true", help="the newest backup that passes the check"
    )
    parser.set_defaults(handler_without_desk=run)


def _fail(message: str, code: int) -> int:
    print(f"ido-desk: {message}", file=sys.stderr)
    return code


def _authorise(paths: Paths) -> None:
    """The manager's PIN, checked against the current database when it can be opened."""
    try:
        desk = open_desk(paths)
    except CorruptDatabase:
        return
    try:
        sign_in_from_environment(desk)
        require_manager(desk, "Een back-up terugzetten")
    finally:
        desk.close()


def run(paths: Paths, args: argparse.Namespace) -> int:
    if window_is_open(paths):
        return _fail(
            "IDO Desk is geopend op deze gegevens. Sluit het venster en probeer het opnieuw.",
            EXIT_REFUSED,
        )
    try:
        if args.newest:
            good = newest_good_backup(paths)
            if good is None:
                raise NotFound(f"Er is geen bruikbare back-up in {paths.backup_dir}.")
            file = good.path
        elif args.file:
            file = Path(args.file)
        else:
            raise ValidationError("file", "Geef het back-upbestand, of --newest.")
        _authorise(paths)
        result = restore(paths, file)
    except PermissionDenied as exc:
        return _fail(exc.message, EXIT_REFUSED)
    except (ValidationError, NotFound) as exc:
        return _fail(exc.message, EXIT_USAGE)
    except StorageError as exc:
        return _fail(exc.message, EXIT_STORAGE)
    print(f"Teruggezet: {result.restored_from}")
    if result.replaced_copy is not None:
        print(f"De vervangen database is bewaard als {result.replaced_copy}")
    return 0
