"""``ido-desk pin``: set, change or check the manager PIN.

The CLI proves the manager role with the environment variable IDO_DESK_PIN (read by every
command, see ``roles.sign_in_from_environment``): ``IDO_DESK_PIN=1234 ido-desk audit``. An
environment variable stays out of the shell history and the process list, unlike ``--pin``.
``ido-desk pin check`` asks for the PIN when IDO_DESK_PIN is not set and a person is typing."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from ido_desk.config import ENV_PIN
from ido_desk.desk import Desk
from ido_desk.errors import PinRefused, ValidationError
from ido_desk.roles import is_manager, pin_is_set, pin_wait, set_pin, sign_in
from ido_desk.speech import say, spoken
from ido_desk.translatable import QT_TRANSLATE_NOOP


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pin",
        description=f"Manager commands need the PIN in the environment variable {ENV_PIN}.",
    )
    actions = parser.add_subparsers(dest="pin_action", metavar="ACTION", required=True)
    setter = actions.add_parser(
        "set", help=f"set the PIN (changing one that is set needs {ENV_PIN})"
    )
    setter.add_argument(
        "--new-pin-stdin",
        action="store_true",
        help="read the new PIN from the first line of standard input (for scripts)",
    )
    actions.add_parser("check", help=f"check the PIN in {ENV_PIN} (or ask for it)")
    actions.add_parser("status", help="is a PIN set, and must the next try wait?")
    parser.set_defaults(handler=run)


def _read_new_pin(args: argparse.Namespace) -> str:
    if args.new_pin_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass(spoken(QT_TRANSLATE_NOOP("core", "Nieuwe pincode: ")))
    if getpass.getpass(spoken(QT_TRANSLATE_NOOP("core", "Nogmaals: "))) != first:
        raise ValidationError(
            "pin",
            QT_TRANSLATE_NOOP("core", "De twee pincodes zijn niet gelijk; er is niets gewijzigd."),
        )
    return first


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.pin_action == "status":
        if not pin_is_set(desk):
            say(
                QT_TRANSLATE_NOOP(
                    "core", "Er is geen pincode ingesteld: iedereen kan alles. Stel er een in."
                )
            )
        else:
            wait = pin_wait(desk)
            if wait:
                say(
                    QT_TRANSLATE_NOOP(
                        "core", "Pincode ingesteld. Volgende poging over {wait} seconden."
                    ).format(wait=wait)
                )
            else:
                say(QT_TRANSLATE_NOOP("core", "Pincode ingesteld."))
        return 0
    if args.pin_action == "set":
        was_set = pin_is_set(desk)
        set_pin(desk, _read_new_pin(args))
        say(
            QT_TRANSLATE_NOOP("core", "Pincode gewijzigd.")
            if was_set
            else QT_TRANSLATE_NOOP("core", "Pincode ingesteld.")
        )
        return 0
    # check
    if not pin_is_set(desk):
        say(QT_TRANSLATE_NOOP("core", "Er is geen pincode ingesteld."))
        return 0
    if not is_manager(desk):
        if not sys.stdin.isatty():
            raise PinRefused(
                QT_TRANSLATE_NOOP(
                    "core", "Geef de pincode in de omgevingsvariabele {ENV_PIN}."
                ).format(ENV_PIN=ENV_PIN)
            )
        sign_in(desk, getpass.getpass("Pincode: "))
    say(QT_TRANSLATE_NOOP("core", "Pincode juist."))
    return 0
