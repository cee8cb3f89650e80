"""``ido-desk name``: show or save who works at this PC, the name the audit log gives beside
the role (``ido_desk.who``). ``--name`` before any command gives another for that one run."""

from __future__ import annotations

import argparse
from typing import Any

from ido_desk.config import Paths
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.who import name_file, read_name, save_name


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "name",
        help="show or save who works at this PC (for the audit log)",
        description="Without NAME: the name saved on this PC. Not a password: anyone at the PC "
        "is taken for it.",
    )
    parser.add_argument("new_name", nargs="?", metavar="NAME", help="the name to save")
    parser.set_defaults(handler_without_desk=run)


def run(paths: Paths, args: argparse.Namespace) -> int:
    if args.new_name is not None:
        name = save_name(paths, args.new_name)
        say(
            QT_TRANSLATE_NOOP("core", "Naam opgeslagen op deze pc: {name} ({paths})").format(
                name=name, paths=name_file(paths)
            )
        )
        return 0
    saved = read_name(paths)
    say(
        saved
        or QT_TRANSLATE_NOOP("core", "Nog geen naam opgeslagen op deze pc (ido-desk name NAAM).")
    )
    return 0
