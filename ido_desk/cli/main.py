"""``ido-desk``: the window without arguments, a headless command with one.

Every command is a thin wrapper over an ``ido_desk`` service. Errors the user can put right are
printed as one clear line on stderr, with a non-zero exit code; never a traceback."""

from __future__ import annotations

import argparse
import os
import pkgutil
import sys
from collections.abc import Sequence
from importlib import import_module

import ido_desk.cli
from db.errors import ExitCode  # the one table of exit codes
from ido_desk import __version__
from ido_desk.config import Paths, resolve_paths

EXIT_USAGE = ExitCode.USAGE
EXIT_REFUSED = ExitCode.REFUSED
EXIT_STORAGE = ExitCode.STORAGE


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir", help="folder for the database and backups (env IDO_DESK_DATA_DIR)"
    )
    parser.add_argument(
        "--database-url", help="any SQLAlchemy URL instead of the file in the data folder"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ido-desk",
        description="IDO Desk: log and report the help given at an Informatiepunt Digitale "
        "Overheid. Without a command, opens the window.",
    )
    add_global_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        import_module(f"ido_desk.cli.{name}").register(subparsers)
    return parser


def command_modules() -> list[str]:
    """Every module in ido_desk.cli but this one registers one sub-command:
    ``register(subparsers)`` adds its parser and sets ``handler(desk, args) -> int``."""
    return sorted(m.name for m in pkgutil.iter_modules(ido_desk.cli.__path__) if m.name != "main")


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when no command is given (the window opens), else None.

    Read without importing every command, so that the window starts quickly."""
    light = argparse.ArgumentParser(prog="ido-desk", add_help=False)
    add_global_options(light)
    args, rest = light.parse_known_args(argv)
    return None if rest else args


def fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"ido-desk: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    light = window_options(argv)
    if light is not None:
        from ui.app import run_window  # the one place the core reaches for the window

        return run_window(resolve_paths(light.data_dir, light.database_url))
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir, args.database_url)
    try:
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
    from ido_desk.roles import sign_in_from_environment
    from ido_desk.startup import open_desk_for_the_day

    try:
        if getattr(args, "handler_without_desk", None) is not None:  # e.g. restore a broken file
            return int(args.handler_without_desk(paths, args) or 0)
        desk = open_desk_for_the_day(paths)
        for notice in desk.notices:  # e.g. a -wal deleted after an unclean stop
            print(f"ido-desk: {notice}", file=sys.stderr)
        try:
            sign_in_from_environment(desk)  # IDO_DESK_PIN: the manager's commands
            return int(args.handler(desk, args) or 0)
        finally:
            desk.close()
    except (UserError, OSError, SQLAlchemyError, sqlite3.Error) as exc:
        told = describe(exc)
        return fail(told.message, told.exit_code)


if __name__ == "__main__":
    sys.exit(main())
