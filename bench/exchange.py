"""Benchmark of the exchange: import one file of 1,000,000 visits, against a raw sqlite3
``executemany`` of the same rows into the same tables, in the same run; and the export of the
same data. Printed figures only, never asserts.

Goals (issue 4): import rate >= 0.5x the raw rate; peak RSS of the import <= 300 MB; export
<= 10 s. The import and the raw baseline each run in a fresh subprocess on a fresh migrated
database, so that ru_maxrss is the peak of that work alone.

    python -m bench.exchange [--visits N]      (``make bench`` runs it through ``python -m bench``)
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from db.queries.exchange import QUESTION_COLUMNS, VISIT_COLUMNS
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.location import LocationInput, set_location

GOAL_RATIO = 0.5
GOAL_RSS_MB = 300
GOAL_EXPORT_S = 10.0
BRANCH = LocationInput(
    name="Bench", organisation="Bibliotheek Bench", municipality="Rijswijk", cbs_code="GM0603"
)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _child(argv: list[str]) -> None:
    """Run one measured step in this (fresh) process and print its figures as JSON."""
    kind, source, folder = argv
    if kind == "import":
        from ido_desk.exchange.importer import import_files

        desk = open_desk(resolve_paths(folder, environ={}))
        began = time.perf_counter()
        result = import_files(desk, [Path(source)], confirm_key=lambda _q: True)[0]
        seconds = time.perf_counter() - began
        desk.close()
        if not result.ok:
            raise SystemExit(result.message)
        rows = result.new + result.updated + result.deleted + result.unchanged
    else:
        seconds, rows = _raw_insert(Path(source), Path(folder))
    print(json.dumps({"seconds": seconds, "visits": rows, "rss_mb": _peak_rss_mb()}))


def _raw_insert(branch_db: Path, folder: Path) -> tuple[float, int]:
    """The same rows as the export carries (hour-truncated times, no notes), read into memory
    first (not timed), then one executemany per table in one transaction."""
    desk = open_desk(resolve_paths(folder, environ={}))
    target = desk.db.path
    desk.close()
    with sqlite3.connect(branch_db) as source:
        visits = [
            (
                row[0],
                1,
                row[2][:13] + ":00:00.000000",
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                row[8],
                row[9],
            )
            for row in source.execute(f"SELECT {', '.join(VISIT_COLUMNS)} FROM visit ORDER BY id")
        ]
        questions = source.execute(
            f"SELECT {', '.join(QUESTION_COLUMNS)} FROM question ORDER BY visit_id, position"
        ).fetchall()
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode = WAL", "foreign_keys = ON", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute(
        "INSERT INTO location (id, code, name, organisation, municipality, cbs_code, province, "
        "setup, opening_hours, is_own, created_at) VALUES (1, 'raw', 'raw', '', 'Rijswijk', "
        "'GM0603', '', 'basis', '', 0, '2026-11-03 10:30:00.000000')"
    )
    began = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO visit ({', '.join(VISIT_COLUMNS)}) VALUES ({','.join('?' * 10)})", visits
    )
    connection.executemany(
        f"INSERT INTO question ({', '.join(QUESTION_COLUMNS)}) VALUES ({','.join('?' * 8)})",
        questions,
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - began
    connection.close()
    return seconds, len(visits)


def _run_child(kind: str, source: Path, folder: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.exchange", "--child", kind, str(source), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.exchange")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SOURCE", "FOLDER"))
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return
    from ido_desk.demo import DemoSpec, make_demo
    from ido_desk.exchange.export import export_period

    with tempfile.TemporaryDirectory(prefix="ido-bench-exchange-") as tmp:
        root = Path(tmp)
        branch = open_desk(resolve_paths(root / "branch", environ={}))
        set_location(branch, BRANCH)
        print(f"exchange: making {args.visits:,} demo visits ...", flush=True)
        made = make_demo(branch, DemoSpec(visits=args.visits, locations=1, months=12))
        first, last = made.first_day, made.last_day + timedelta(days=1)
        began = time.perf_counter()
        exported = export_period(branch, first, last, root / "export.zip")
        export_s = time.perf_counter() - began
        branch_db = branch.db.path
        branch.close()
        assert branch_db is not None
        size_mb = exported.path.stat().st_size / 1e6

        imported = _run_child("import", exported.path, root / "coordinator")
        raw = _run_child("raw", branch_db, root / "raw")

    import_rate = imported["visits"] / imported["seconds"]
    raw_rate = raw["visits"] / raw["seconds"]
    ratio = import_rate / raw_rate
    print(
        f"exchange: {exported.visits:,} visits, {exported.questions:,} questions, "
        f"file {size_mb:.1f} MB ({first:%Y-%m-%d} .. {last - timedelta(days=1):%Y-%m-%d})\n"
        f"  export           {export_s:8.2f} s   {exported.visits / export_s:12,.0f} visits/s"
        f"   goal <= {GOAL_EXPORT_S:.0f} s  {'ok' if export_s <= GOAL_EXPORT_S else 'MISSED'}\n"
        f"  import           {imported['seconds']:8.2f} s   {import_rate:12,.0f} "
        f"visits/s   peak RSS {imported['rss_mb']:.0f} MB   goal <= {GOAL_RSS_MB} MB  "
        f"{'ok' if imported['rss_mb'] <= GOAL_RSS_MB else 'MISSED'}\n"
        f"  raw executemany  {raw['seconds']:8.2f} s   {raw_rate:12,.0f} visits/s"
        f"   peak RSS {raw['rss_mb']:.0f} MB\n"
        f"  ratio import/raw {ratio:8.2f} x   (import = verify, stage, apply in one transaction)"
        f"   goal >= {GOAL_RATIO} x  "
        f"{'ok' if ratio >= GOAL_RATIO else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
