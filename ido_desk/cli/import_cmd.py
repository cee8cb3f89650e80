"""``ido-desk import``: read branch exports at the coordinator (the Uitwisseling tab's import),
show the import history, or undo an import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ExitCode, ValidationError
from ido_desk.exchange.format import shown_text
from ido_desk.exchange.history import import_history, undo_import
from ido_desk.exchange.importer import KeyQuestion, import_files, refuse_new_keys
from ido_desk.exchange.keys import read_key_file
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        description="Verify and import exchange files. A location's key is trusted on its "
        "first import only with --yes (after the fingerprint is printed) or a --key file.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="exchange files (.zip)")
    parser.add_argument(
        "--yes", action="store_true", help="trust new locations' keys (fingerprints are printed)"
    )
    parser.add_argument(
        "--key", action="append", default=[], metavar="KEYFILE", help="a branch's key file"
    )
    parser.add_argument("--history", action="store_true", help="list the imports so far")
    parser.add_argument("--undo", type=int, metavar="ID", help="undo import ID")
    parser.set_defaults(handler=run)


def _trust_after_printing(question: KeyQuestion) -> bool:
    """Every text but the fingerprint comes from the file: control characters are taken out,
    so that terminal escape codes cannot paint another fingerprint over the real one."""
    say(
        QT_TRANSLATE_NOOP(
            "core",
            "Nieuwe herkenningscode voor {location_code} ({location_name}, {municipality}): "
            "controlecode {fingerprint} - vertrouwd (--yes)",
        ).format(
            location_code=shown_text(question.location_code),
            location_name=shown_text(question.location_name),
            municipality=shown_text(question.municipality),
            fingerprint=question.fingerprint,
        )
    )
    return True


def run(desk: Desk, args: argparse.Namespace) -> int:
    if args.undo is not None:
        undone = undo_import(desk, args.undo)
        say(
            QT_TRANSLATE_NOOP(
                "core",
                "Import {import_id} ongedaan gemaakt: {removed} bezoeken weggehaald, "
                "{restored} teruggezet.",
            ).format(
                import_id=undone.import_id,
                removed=Count(undone.removed),
                restored=Count(undone.restored),
            )
        )
        return 0
    if args.history:
        for info in import_history(desk):
            mark = (
                QT_TRANSLATE_NOOP("core", "  [ongedaan {undone_at:%d-%m-%Y %H:%M}]").format(
                    undone_at=info.undone_at
                )
                if info.undone_at
                else ""
            )
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{info.id:>5}  {info.imported_at:%d-%m-%Y %H:%M}  "
                    "{info.location_code:<30} {info.file_name}  nieuw {info.new}, "
                    "bijgewerkt {info.updated}, verwijderd {info.deleted}, ongewijzigd "
                    "{info.unchanged}{mark}",
                ).format(info=info, mark=mark)
            )
        return 0
    if not args.files:
        raise ValidationError(
            "files", QT_TRANSLATE_NOOP("core", "Geef een of meer exportbestanden om in te lezen.")
        )
    keys = [read_key_file(Path(k).expanduser()) for k in args.key]
    confirm = _trust_after_printing if args.yes else refuse_new_keys
    results = import_files(
        desk, [Path(f).expanduser() for f in args.files], confirm, key_files=keys
    )
    for result in results:
        if result.ok:
            say(result.message)
        else:
            say(
                QT_TRANSLATE_NOOP(
                    "core", "ido-desk: geweigerd, er is niets veranderd: {message}"
                ).format(message=result.message),
                file=sys.stderr,
            )
    return 0 if all(r.ok for r in results) else ExitCode.REFUSED
