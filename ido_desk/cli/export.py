"""``ido-desk export``: write this branch's visits of a period to a signed exchange file, for
the coordinator; the same service as the Uitwisseling tab."""

from __future__ import annotations

import argparse
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import NoLocation, ValidationError
from ido_desk.exchange.export import FileExists, MissingFolder, export_period
from ido_desk.exchange.keys import own_fingerprint, write_key_file
from ido_desk.location import own_location
from ido_desk.periods import dutch_date, last_full_month, parse_period
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        description="Export this branch's visits (no notes; date and hour only) to a signed "
        "exchange file. See docs/exchange-format.md.",
    )
    parser.add_argument(
        "--period",
        help="2026-10 (month), 2026-Q3 (quarter), 2026 (year) or 2026-01-01..2026-03-15 "
        "(default: the last full month)",
    )
    parser.add_argument("--from", dest="first", help="first day, YYYY-MM-DD (instead of --period)")
    parser.add_argument("--to", dest="last", help="last day included, YYYY-MM-DD")
    parser.add_argument("--out", help="the file (or folder) to write")
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the export file if it exists"
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help="make a missing folder, and replace the export file if it exists",
    )
    parser.add_argument(
        "--key-out", help="also write this installation's public key file, for the coordinator"
    )
    parser.add_argument(
        "--show-key", action="store_true", help="print this installation's key fingerprint"
    )
    parser.set_defaults(handler=run)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            option,
            QT_TRANSLATE_NOOP(
                "core", "{option} '{text}' is geen datum: gebruik JJJJ-MM-DD."
            ).format(option=option, text=text),
        ) from None


def period_of(desk: Desk, args: argparse.Namespace) -> tuple[date, date]:
    """(first day, day after the last) from --period or --from/--to."""
    if args.first or args.last:
        if args.period:
            raise ValidationError(
                "period", QT_TRANSLATE_NOOP("core", "Gebruik --period of --from/--to, niet beide.")
            )
        if not (args.first and args.last):
            raise ValidationError(
                "period", QT_TRANSLATE_NOOP("core", "Geef zowel --from als --to.")
            )
        return _day(args.first, "--from"), _day(args.last, "--to") + timedelta(days=1)
    period = parse_period(args.period) if args.period else last_full_month(desk.clock().date())
    return period.start, period.end


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.show_key:
        say(
            QT_TRANSLATE_NOOP(
                "core", "Controlecode van de herkenningscode van deze vestiging: {fingerprint}"
            ).format(fingerprint=own_fingerprint(desk.paths))
        )
    if args.key_out:
        location = own_location(desk)
        if location is None:
            raise NoLocation()
        key = write_key_file(desk.paths, location.code, Path(args.key_out).expanduser())
        say(
            QT_TRANSLATE_NOOP(
                "core", "Herkenningsbestand geschreven naar {key_out} (controlecode {fingerprint})"
            ).format(key_out=args.key_out, fingerprint=key.fingerprint)
        )
    if args.out is None:
        if args.show_key or args.key_out:
            return 0
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "Geef met --out aan waar het exportbestand moet komen."),
        )
    start, end = period_of(desk, args)
    # the text as typed: a trailing "/" says it is a folder
    try:
        result = export_period(
            desk,
            start,
            end,
            os.path.expanduser(args.out),
            create_folder=args.yes,
            overwrite=args.overwrite or args.yes,
        )
    except MissingFolder as exc:
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "{message} Maak hem aan, of geef --yes.").format(
                message=exc.message
            ),
        ) from None
    except FileExists as exc:
        hint = QT_TRANSLATE_NOOP("core", "Geef --overwrite om het te vervangen.")
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "{message} {hint}").format(message=exc.message, hint=hint),
        ) from None
    start, last = result.period_start, result.period_end - timedelta(days=1)
    say(
        QT_TRANSLATE_NOOP(
            "core",
            "Geëxporteerd naar {result.path}\n  locatie {result.location_code}, "
            "{start:%d-%m-%Y} t/m {last:%d-%m-%Y}\n  {visits} bezoeken (waarvan "
            "{tombstones} verwijderd), {questions} vragen\n  ondertekend "
            "met de herkenningscode met controlecode {result.fingerprint}",
        ).format(
            result=result,
            start=start,
            last=last,
            visits=Count(result.visits),
            tombstones=Count(result.tombstones),
            questions=Count(result.questions),
        )
    )
    if result.running:  # the file holds the period up to now, and says so
        say(
            QT_TRANSLATE_NOOP("core", "  de periode loopt nog: t/m {today}").format(
                today=dutch_date(last)
            )
        )
    return 0
