"""``ido-desk``: the window without arguments, a headless command with one.

Every command is a thin wrapper over an ``ido_desk`` service. Errors the user can put right are
printed as one clear line on stderr, with a non-zero exit code; never a traceback.

Only the chosen command's module is imported: ``COMMANDS`` names every command's module and
one-line help, so that ``ido-desk --help`` lists them all without importing any."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import NamedTuple

from db.errors import ExitCode  # the one table of exit codes
from ido_desk import __version__
from ido_desk.config import ENV_PIN, Paths, resolve_paths
from ido_desk.console import make_output_safe
from ido_desk.speech import cli_language, say, speaking


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="folder for the database and backups (env IDO_DESK_DATA_DIR)"
    )
    parser.add_argument(
        "--database-url", help="any SQLAlchemy URL instead of the file in the data folder"
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        help="language of the window and of the messages (env IDO_DESK_LANG)",
    )
    parser.add_argument(
        "--name", help="who is working, for the audit log (default: the name saved on this PC)"
    )


class Command(NamedTuple):
    module: str  # in ido_desk.cli: ``register(subparsers)`` adds the command's parser and sets
    help: str  # ``handler(desk, args) -> int`` (or ``handler_without_desk(paths, args)``); this
    # line is the one ``ido-desk --help`` shows, so a command's own parser takes no ``help=``


# One line a command, in the order ``ido-desk --help`` lists them.
COMMANDS: dict[str, Command] = {
    "setup": Command("setup", "set this branch's location"),
    "log": Command("log", "log a visit"),
    "visits": Command("visits", "list the visits of a day, with their ids"),
    "edit": Command("edit", "change a visit (its id as 'ido-desk visits' shows it)"),
    "delete": Command("delete", "delete a visit (a tombstone stays, the audit log keeps it)"),
    "undo": Command("undo", "take back the visit just saved, as Ctrl+Z does"),
    "tally": Command("tally", "enter a paper tally sheet: N visits alike on one day"),
    "national-form": Command("national_form", "the visits still to enter in the national form"),
    "lists": Command("lists", "print the codes of every list"),
    "list": Command("list_cmd", "add, rename, move, retire or restore a list item (manager)"),
    "report": Command("report", "write a report (PDF, CSV or XLSX)"),
    "export": Command("export", "export a period's visits to a signed file for the coordinator"),
    "import": Command("import_cmd", "import exchange files from branches"),
    "region": Command("region", "the regional overview: every location per month"),
    "deliver": Command("deliver", "deliver the ended months to the coordinator's folder now"),
    "delivery": Command("delivery", "set or show the delivery folder and what was delivered"),
    "backup": Command("backup", "back up the database now"),
    "restore": Command("restore", "put a backup back (the current database is kept)"),
    "audit": Command("audit", "show or export the audit log (manager)"),
    "dump": Command("transparency", "export everything stored about visits as CSV (manager)"),
    "retention": Command(
        "retention", "how long notes are kept (default 30 days); erase older ones now"
    ),
    "pin": Command("pin", "set or check the manager PIN"),
    "name": Command("name", "show or save who works at this PC (for the audit log)"),
    "demo": Command("demo", "fill the database with synthetic visits"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``ido-desk``: with a ``command``, that command's sub-parser alone (its
    module is imported); without, every command as a name and its help (``--help``, a
    mistyped command)."""
    parser = argparse.ArgumentParser(
        prog="ido-desk",
        description="IDO Desk: log and report the help given at an Informatiepunt Digitale "
        "Overheid. Without a command, opens the window.",
    )
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is not None:
        import_module(f"ido_desk.cli.{COMMANDS[command].module}").register(subparsers)
        return parser
    for name, entry in COMMANDS.items():
        subparsers.add_parser(name, help=entry.help, add_help=False)
    return parser


def global_options(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options and the rest of ``argv``, read without importing any command, so
    that the window (no command) and ``--help`` start quickly."""
    light = argparse.ArgumentParser(prog="ido-desk", add_help=False)
    add_global_options(light)
    return light.parse_known_args(argv)


def fail(message: str, code: int = ExitCode.USAGE) -> int:
    say("ido-desk:", message, file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    make_output_safe()
    argv = list(sys.argv[1:] if argv is None else argv)
    light, rest = global_options(argv)
    if not rest:
        from ui.app import run_window  # the one place the core reaches for the window

        return run_window(resolve_paths(light.data_dir, light.database_url))
    args = build_parser(rest[0] if rest[0] in COMMANDS else None).parse_args(argv)
    paths = resolve_paths(args.data_dir, args.database_url)
    try:
        with speaking(cli_language(args.lang, os.environ)):  # its lines and its errors
            return run_command(paths, args)
    except BrokenPipeError:  # e.g. "ido-desk visits | head": the reader has gone, fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run_command(paths: Paths, args: argparse.Namespace) -> int:
    """Run one command. Every error is told by ``ido_desk.errors.describe`` as one line with
    its exit code; a bug too (its kind says so), never a traceback."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from ido_desk.errors import UserError, describe
    from ido_desk.startup import open_desk_for_the_day
    from ido_desk.who import clean_name

    try:
        if getattr(args, "handler_without_desk", None) is not None:  # e.g. restore a broken file
            return int(args.handler_without_desk(paths, args) or 0)
        desk = open_desk_for_the_day(paths)
        for notice in desk.notices:  # e.g. a -wal deleted after an unclean stop
            say("ido-desk:", notice, file=sys.stderr)
        try:
            if args.name is not None:  # instead of the name saved on this PC (naam.txt)
                desk.name = clean_name(args.name)
            if os.environ.get(ENV_PIN):  # the manager's commands; roles (and the ORM) only then
                from ido_desk.roles import sign_in_from_environment

                sign_in_from_environment(desk)
            return int(args.handler(desk, args) or 0)
        finally:
            desk.close()
    except BrokenPipeError:
        raise  # the reader of the output has gone: main() ends quietly
    except (UserError, OSError, SQLAlchemyError, sqlite3.Error) as exc:
        told = describe(exc)
        return fail(told.message, told.exit_code)


if __name__ == "__main__":
    sys.exit(main())
