"""``ido-desk dump --out FILE.csv``: everything the database holds about visits (manager)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.labels import counted
from ido_desk.speech import say
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.transparency import NEVER_STORED, export_everything


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dump",
        description="Every column of every visit and question, with list labels: to show "
        "anyone what is and is not stored.",
    )
    parser.add_argument("--out", required=True, help="the CSV file to write")
    parser.set_defaults(handler=run)


def run(desk: Desk, args: argparse.Namespace) -> int:
    count = export_everything(desk, Path(args.out))
    rows = counted(count, QT_TRANSLATE_NOOP("core", "regel"), QT_TRANSLATE_NOOP("core", "regels"))
    say(
        QT_TRANSLATE_NOOP("core", "{rows} (één per vraag) geschreven naar {out}").format(
            rows=rows, out=args.out
        )
    )
    say(NEVER_STORED)
    return 0
