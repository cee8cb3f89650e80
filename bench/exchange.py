"""Benchmark of the exchange: import one file of N visits (default 1,000,000), against a raw
sqlite3 ``executemany`` of the same rows into the same tables, in the same run; the export of
the same data; and how long a front-desk save made from another process waits while the
import runs. Printed figures only, never asserts.

The raw baseline writes into a migrated database like the import's (the same tables, the same
indexes), in one transaction, with SQLite's foreign-key checks on as every other write has
them. The import's apply turns them off for its own transactions (every id it writes was
checked against the lists under the lock), so a second baseline does the same raw insert with
them off: the stricter comparison, printed beside the first.

Goals (issues 4 and 10): import rate >= 0.8x the raw rate; peak RSS of the import <= 300 MB;
export <= 10 s; the longest front-desk save during an import about a second at most (the
import stages outside the write lock and holds it only for its final set-based apply). The
import and the raw baseline each run ``--runs`` times (medians printed), each in a fresh
subprocess on a fresh migrated database, so that ru_maxrss is the peak of that work alone.
During every import a second process saves a visit every 20 ms through the front desk's
service (``record_visit``) and reports the longest and the median save.

On PostgreSQL (issue 13) the same export of ``--postgres-visits`` (default 200,000) is
imported into fresh SQLite files and into fresh databases on a PostgreSQL server, in turns, in
the same run; the medians and their ratio are printed (goal: PostgreSQL <= 1.5x SQLite). The
server is ``IDO_DESK_BENCH_POSTGRES`` or ``IDO_DESK_TEST_POSTGRES`` (an administrator's URL);
without either, a throw-away cluster is started with tools/pg_cluster.sh when PostgreSQL is
installed, and otherwise the comparison is left out (said so).

    python -m bench.exchange [--visits N] [--runs R] [--postgres-visits N] [--part P]
    (``make bench``: ``python -m bench``)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.pool import NullPool

from db.queries.exchange import QUESTION_COLUMNS, VISIT_COLUMNS
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.location import LocationInput, set_location

GOAL_RATIO = 0.8
GOAL_WAIT_S = 1.0
SAVE_EVERY_S = 0.02
GOAL_RSS_MB = 300
GOAL_EXPORT_S = 10.0
GOAL_POSTGRES_RATIO = 1.5
POSTGRES_ENV = ("IDO_DESK_BENCH_POSTGRES", "IDO_DESK_TEST_POSTGRES")
PG_CLUSTER = Path(__file__).resolve().parent.parent / "tools" / "pg_cluster.sh"
BRANCH = LocationInput(
    name="Bench", organisation="Bibliotheek Bench", municipality="Rijswijk", cbs_code="GM0603"
)
FRONT_DESK = LocationInput(
    name="Front desk", organisation="Bibliotheek Regio", municipality="Delft", cbs_code="GM0503"
)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _saves(folder: str, stop: Path) -> None:
    """The front desk during an import: save a visit every SAVE_EVERY_S until ``stop``
    exists; print the longest and the median save (seconds) and how many were refused."""
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.visits import record_visit

    desk = open_desk(resolve_paths(folder, environ={}))
    draft = VisitDraft(questions=(QuestionDraft("digid"),), duration_min=10)
    took: list[float] = []
    refused = 0
    print("ready", flush=True)
    while not stop.exists():
        began = time.perf_counter()
        try:
            record_visit(desk, draft)
        except Exception:  # "De database is bezet": counted, the goal is none
            refused += 1
        took.append(time.perf_counter() - began)
        time.sleep(SAVE_EVERY_S)
    desk.close()
    figures = {"max": max(took), "median": statistics.median(took), "n": len(took)}
    print(json.dumps({**figures, "refused": refused}))


def _child(argv: list[str]) -> None:
    """Run one measured step in this (fresh) process and print its figures as JSON."""
    kind, source, folder = argv
    if kind == "saves":
        _saves(folder, Path(source))
        return
    if kind in ("import", "import-url"):
        from ido_desk.exchange.importer import import_files

        if kind == "import-url":  # "folder" is the URL of a fresh database
            paths = resolve_paths(tempfile.mkdtemp(), database_url=folder, environ={})
        else:
            paths = resolve_paths(folder, environ={})
        desk = open_desk(paths)
        began = time.perf_counter()
        result = import_files(desk, [Path(source)], confirm_key=lambda _q: True)[0]
        seconds = time.perf_counter() - began
        desk.close()
        if not result.ok:
            raise SystemExit(result.message)
        rows = result.new + result.updated + result.deleted + result.unchanged
    else:
        seconds, rows = _raw_insert(Path(source), Path(folder), foreign_keys=kind == "raw")
    print(json.dumps({"seconds": seconds, "visits": rows, "rss_mb": _peak_rss_mb()}))


def _raw_insert(branch_db: Path, folder: Path, *, foreign_keys: bool) -> tuple[float, int]:
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
                row[10],
            )
            for row in source.execute(
                f"SELECT {', '.join(VISIT_COLUMNS)}, question_count FROM visit ORDER BY id"
            )
        ]
        questions = source.execute(
            f"SELECT {', '.join(QUESTION_COLUMNS)} FROM question ORDER BY visit_id, position"
        ).fetchall()
    connection = sqlite3.connect(target, isolation_level=None)
    checks = "ON" if foreign_keys else "OFF"
    for pragma in ("journal_mode = WAL", f"foreign_keys = {checks}", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute(
        "INSERT INTO location (id, code, name, organisation, municipality, cbs_code, province, "
        "setup, opening_hours, is_own, created_at) VALUES (1, 'raw', 'raw', '', 'Rijswijk', "
        "'GM0603', '', 'basis', '', 0, '2026-11-03 10:30:00.000000')"
    )
    began = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        f"INSERT INTO visit ({', '.join(VISIT_COLUMNS)}, question_count) "
        f"VALUES ({','.join('?' * 11)})",
        visits,
    )
    connection.executemany(
        f"INSERT INTO question ({', '.join(QUESTION_COLUMNS)}) VALUES ({','.join('?' * 8)})",
        questions,
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - began
    connection.close()
    return seconds, len(visits)


def _import_with_saves(source: Path, folder: Path) -> dict[str, float]:
    """One import in a fresh coordinator (with a front desk of its own), while another
    process saves visits; the import's figures and the saves' waits."""
    desk = open_desk(resolve_paths(folder, environ={}))
    set_location(desk, FRONT_DESK)
    desk.close()
    stop = folder / "stop"
    saver = subprocess.Popen(
        [sys.executable, "-m", "bench.exchange", "--child", "saves", str(stop), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert saver.stdout is not None
    saver.stdout.readline()  # "ready"
    try:
        imported = _run_child("import", source, folder)
    finally:
        stop.touch()
        out, _err = saver.communicate(timeout=120)
    waits = json.loads(out.strip().splitlines()[-1])
    return {
        **imported,
        "wait_max": waits["max"],
        "wait_median": waits["median"],
        "saves": waits["n"],
        "refused": waits["refused"],
    }


def _run_child(kind: str, source: Path, folder: Path | str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.exchange", "--child", kind, str(source), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _export(root: Path, visits: int) -> tuple[Any, float, Path, date, date]:
    """A branch with ``visits`` demo visits over twelve months, exported whole: the result,
    the seconds the export took, the branch's database, the first and the last day."""
    from ido_desk.demo import DemoSpec, make_demo
    from ido_desk.exchange.export import export_period

    branch = open_desk(resolve_paths(root / "branch", environ={}))
    set_location(branch, BRANCH)
    print(f"exchange: making {visits:,} demo visits ...", flush=True)
    made = make_demo(branch, DemoSpec(visits=visits, locations=1, months=12))
    first, last = made.first_day, made.last_day + timedelta(days=1)
    began = time.perf_counter()
    exported = export_period(branch, first, last, root / "export.zip")
    export_s = time.perf_counter() - began
    branch_db = branch.db.path
    branch.close()
    assert branch_db is not None
    return exported, export_s, branch_db, first, last - timedelta(days=1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="bench.exchange")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres-visits", type=int, default=200_000)
    parser.add_argument("--part", choices=("all", "sqlite", "postgres"), default="all")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "SOURCE", "FOLDER"))
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child)
        return
    if args.part in ("all", "sqlite"):
        _sqlite_figures(args.visits, args.runs)
    if args.part in ("all", "postgres"):
        _postgres_figures(args.postgres_visits, args.runs)


def _sqlite_figures(visits_made: int, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="ido-bench-exchange-") as tmp:
        root = Path(tmp)
        exported, export_s, branch_db, first, last = _export(root, visits_made)
        size_mb = exported.path.stat().st_size / 1e6
        imports, raws, bare = [], [], []
        for n in range(runs):  # in turns, so that each meets the machine's load of the moment
            imports.append(_import_with_saves(exported.path, root / f"coordinator-{n}"))
            raws.append(_run_child("raw", branch_db, root / f"raw-{n}"))
            bare.append(_run_child("raw-unchecked", branch_db, root / f"bare-{n}"))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    import_s, raw_s = median(imports, "seconds"), median(raws, "seconds")
    bare_s = median(bare, "seconds")
    visits = imports[0]["visits"]
    ratio = raw_s / import_s  # rates over the same rows
    wait = max(run["wait_max"] for run in imports)
    rss = max(run["rss_mb"] for run in imports)
    refused = sum(run["refused"] for run in imports)
    print(
        f"exchange: {exported.visits:,} visits, {exported.questions:,} questions, "
        f"file {size_mb:.1f} MB ({first:%Y-%m-%d} .. {last:%Y-%m-%d}), "
        f"{runs} runs, medians\n"
        f"  export           {export_s:8.2f} s   {exported.visits / export_s:12,.0f} visits/s"
        f"   goal <= {GOAL_EXPORT_S:.0f} s  {_ok(export_s <= GOAL_EXPORT_S)}\n"
        f"  import           {import_s:8.2f} s   {visits / import_s:12,.0f} visits/s"
        f"   peak RSS {rss:.0f} MB   goal <= {GOAL_RSS_MB} MB  {_ok(rss <= GOAL_RSS_MB)}\n"
        f"  raw executemany  {raw_s:8.2f} s   {visits / raw_s:12,.0f} visits/s"
        f"   peak RSS {max(run['rss_mb'] for run in raws):.0f} MB\n"
        f"  ratio import/raw {ratio:8.2f} x   (import = verify, stage, apply)"
        f"   goal >= {GOAL_RATIO} x  {_ok(ratio >= GOAL_RATIO)}\n"
        f"  raw, no FK checks{bare_s:8.2f} s   {visits / bare_s:12,.0f} visits/s"
        f"   (as the import's apply: foreign keys off)\n"
        f"  ratio import/that{bare_s / import_s:8.2f} x   (the stricter baseline)"
        f"   goal >= {GOAL_RATIO} x  {_ok(bare_s / import_s >= GOAL_RATIO)}\n"
        f"  each run: import {_each(imports)} s; raw {_each(raws)} s; "
        f"raw, no FK checks {_each(bare)} s\n"
        f"  front-desk save during the import: longest {wait:.2f} s, median "
        f"{median(imports, 'wait_median') * 1000:.0f} ms over "
        f"{sum(r['saves'] for r in imports):.0f} saves, {refused:.0f} refused"
        f"   goal <= {GOAL_WAIT_S:.0f} s  "
        f"{_ok(wait <= GOAL_WAIT_S and not refused)}",
        flush=True,
    )


def _postgres_figures(visits_made: int, runs: int) -> None:
    """The same file into SQLite and into PostgreSQL, in turns; medians and their ratio."""
    admin = next((os.environ[name] for name in POSTGRES_ENV if os.environ.get(name)), None)
    if admin is None:
        if shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
            command = [sys.executable, "-m", "bench.exchange", "--part", "postgres"]
            command += ["--runs", str(runs), "--postgres-visits", str(visits_made)]
            subprocess.run([str(PG_CLUSTER), "run", *command], check=False)
        else:
            print("exchange on PostgreSQL: not measured (no server, PostgreSQL not installed)")
        return
    from sqlalchemy import create_engine, make_url, text

    engine = create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with engine.connect() as connection:
        settings = dict(
            connection.execute(
                text(
                    "SELECT name, setting FROM pg_settings WHERE name IN "
                    "('server_version', 'fsync', 'synchronous_commit')"
                )
            ).all()
        )
    sqlite: list[dict[str, float]] = []
    postgres: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="ido-bench-exchange-pg-") as tmp:
        root = Path(tmp)
        exported = _export(root, visits_made)[0]
        for n in range(runs):
            sqlite.append(_run_child("import", exported.path, root / f"sqlite-{n}"))
            name = f"exchange_bench_{os.getpid()}_{n}"
            with engine.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(admin).set(database=name).render_as_string(hide_password=False)
            try:
                postgres.append(_run_child("import-url", exported.path, url))
            finally:
                with engine.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()
    sqlite_s = statistics.median(run["seconds"] for run in sqlite)
    postgres_s = statistics.median(run["seconds"] for run in postgres)
    ratio = postgres_s / sqlite_s

    print(
        f"exchange on PostgreSQL {settings.get('server_version')} (fsync "
        f"{settings.get('fsync')}, synchronous_commit {settings.get('synchronous_commit')}): "
        f"{exported.visits:,} visits, {exported.questions:,} questions, {runs} runs, medians\n"
        f"  import into SQLite      {sqlite_s:8.2f} s   {exported.visits / sqlite_s:10,.0f} "
        f"visits/s   (runs: {_each(sqlite)})\n"
        f"  import into PostgreSQL  {postgres_s:8.2f} s   {exported.visits / postgres_s:10,.0f} "
        f"visits/s   (runs: {_each(postgres)})\n"
        f"  ratio PostgreSQL/SQLite {ratio:8.2f} x   goal <= {GOAL_POSTGRES_RATIO} x  "
        f"{_ok(ratio <= GOAL_POSTGRES_RATIO)}",
        flush=True,
    )


def _each(runs: list[dict[str, float]]) -> str:
    return ", ".join(f"{run['seconds']:.1f}" for run in runs)


def _ok(met: bool) -> str:
    return "ok" if met else "MISSED"


if __name__ == "__main__":
    main()
