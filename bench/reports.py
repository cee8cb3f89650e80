"""Report benchmarks: printed figures, never asserts.

On a database of 1,000,000 demo visits across 100 locations (made once with
``ido_desk.demo.make_demo`` and cached under bench/out/), time

- the monthly report of one location (goal: at most 1 s),
- the yearly report over all locations (goal: at most 2x the bare SQL time), and
- the regional report and the municipality account for all locations (goal: at most 1.5x
  the bare SQL time and under 3 s),

each (model and PDF) against running only the SQL aggregates that report needs (the bare
queries, their rows fetched, nothing shaped), in the same run. ``--postgres URL`` runs the
same on PostgreSQL: the cached SQLite database is copied once into the database ``URL`` names
(made if missing, e.g. ``...postgres@/reports_bench?host=/tmp/pgdev&port=5499``).
Run with ``python -m bench.reports [--visits N] [--locations K] [--repeat R] [--postgres URL]``."""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, make_url, text

from db.models import Base
from db.queries import reports as q
from db.queries.delivery import newest_files
from db.queries.exchange import import_periods
from db.queries.report_scope import room_to_group
from ido_desk.config import resolve_paths
from ido_desk.demo import DemoSpec, make_demo
from ido_desk.desk import Desk, open_desk
from ido_desk.periods import Period, last_full_month, year
from ido_desk.reports import municipality, region
from ido_desk.reports.compare import counted_period
from ido_desk.reports.monthly import fetch_monthly
from ido_desk.reports.pdf import render_pdf
from ido_desk.reports.scope import select_locations
from ido_desk.reports.service import ReportRequest, build_report

OUT = Path(__file__).resolve().parent / "out"
NOW = datetime(2026, 11, 3, 10, 30)  # a fixed clock: the cached database stays comparable


def demo_desk(visits: int, locations: int, postgres: str | None = None) -> Desk:
    """The cached demo database, made on first use; on PostgreSQL a copy of it."""
    folder = OUT / f"reports-{visits}-{locations}"
    marker = folder / "complete"
    desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: NOW)
    if not marker.exists():
        print(f"Demo-database maken: {visits:,} bezoeken op {locations} locaties ...", flush=True)
        began = time.perf_counter()
        result = make_demo(desk, DemoSpec(visits=visits, locations=locations, seed=1, months=24))
        print(f"  klaar in {time.perf_counter() - began:.0f} s: {result.visits:,} bezoeken")
        marker.write_text(result.summary(), encoding="utf-8")
    if postgres is None:
        return desk
    source = desk.db
    ensure_database(postgres)
    server = open_desk(resolve_paths(folder, postgres, environ={}), clock=lambda: NOW)
    copy_into_postgres(source.engine, server.db.engine)
    desk.close()
    return server


def ensure_database(url: str) -> None:
    """The database the URL names, made (empty) on its server if it is not there yet."""
    wanted = make_url(url)
    server = create_engine(wanted.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            known = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": wanted.database},
            )
            if not known:
                name = str(wanted.database).replace('"', '""')
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        server.dispose()


def copy_into_postgres(source: Engine, target: Engine) -> None:
    """Every table of the SQLite database into the (migrated) PostgreSQL one, with COPY,
    unless the visits are there already; the id sequences set after, then ANALYZE."""
    with source.connect() as read, target.connect() as probe:
        wanted = read.scalar(text("SELECT count(*) FROM visit"))
        if probe.scalar(text("SELECT count(*) FROM visit")) == wanted:
            return
    print(f"Kopie naar PostgreSQL: {wanted:,} bezoeken ...", flush=True)
    began = time.perf_counter()
    tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    raw = target.raw_connection()
    try:
        cursor = raw.cursor()
        names = ", ".join(t.name for t in tables)
        cursor.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
        with source.connect() as read:
            for table in tables:
                columns = [c.name for c in table.columns]
                booleans = {i for i, c in enumerate(table.columns) if c.type.python_type is bool}
                rows = read.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {table.name}")
                with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        values = list(row)
                        for i in booleans:
                            values[i] = None if values[i] is None else bool(values[i])
                        copy.write_row(values)
        for table in tables:
            for column in table.primary_key.columns:
                if column.autoincrement is True or (
                    column.autoincrement == "auto" and column.type.python_type is int
                ):
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"coalesce((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
                    )
        raw.commit()
        driver = raw.driver_connection
        assert driver is not None
        driver.autocommit = True  # VACUUM: the visibility map lets PostgreSQL read indexes only
        driver.execute("VACUUM ANALYZE")
    finally:
        raw.close()
    print(f"  klaar in {time.perf_counter() - began:.0f} s", flush=True)


def median_seconds(work: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """The median wall time and the median CPU time of this process (on SQLite all the work;
    on PostgreSQL without the server's part): on a shared machine the CPU time says what the
    work costs, the wall time what a user waits."""
    times, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(times), statistics.median(cpu)


def full(desk: Desk, request: ReportRequest) -> Callable[[], None]:
    def run() -> None:
        render_pdf(build_report(desk, request), io.BytesIO())

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reports")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--locations", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--only", default="", help="only the reports whose name holds one of these (a,b)"
    )
    parser.add_argument("--postgres", default=None, help="a PostgreSQL URL to run on")
    args = parser.parse_args(argv)
    desk = demo_desk(args.visits, args.locations, args.postgres)
    month = last_full_month(NOW.date())
    whole_year = year(NOW.year - 1)
    own = select_locations(desk, None)
    everywhere = select_locations(desk, "all")
    today = NOW.date()
    counted_month, counted_year = counted_period(month, today), counted_period(whole_year, today)

    def bare(period: Period, keys: tuple[str, ...]) -> None:
        """The two grouped queries of the regional report and the municipality account."""
        scope = everywhere.scope(period)
        with desk.db.session() as session:
            room_to_group(session)
            q.visit_grain(session, scope)
            q.question_cube(session, scope, keys, per_location=True)

    def received_sql() -> None:
        """What the months with nothing received add (once per period marked)."""
        with desk.db.session() as session:
            import_periods(session)
            newest_files(session)

    def region_sql() -> None:
        bare(counted_year.counted, region.KEYS)
        received_sql()

    def account_sql() -> None:
        bare(counted_year.counted, municipality.KEYS)
        received_sql()
        earlier = municipality.compared_with(counted_year)
        if earlier is not None:  # the year before, its months marked too
            bare(earlier.period, municipality.KEYS)
            received_sql()

    cases = [
        (
            f"maandrapport {month.label}, één locatie",
            full(desk, ReportRequest("monthly", month, None)),
            lambda: fetch_monthly(desk, counted_month, own),
            "doel <= 1 s",
        ),
        (
            f"jaarrapport {whole_year.label}, alle {len(everywhere.locations)} locaties",
            full(desk, ReportRequest("monthly", whole_year, "all")),
            lambda: fetch_monthly(desk, counted_year, everywhere),
            "doel <= 2x SQL",
        ),
        (
            f"regio-overzicht {whole_year.label}, alle locaties",
            full(desk, ReportRequest("region", whole_year, "all")),
            region_sql,
            "doel <= 1,5x SQL, < 3 s",
        ),
        (
            f"gemeenteverantwoording {whole_year.label}, alle locaties",
            full(desk, ReportRequest("municipality", whole_year, "all")),
            account_sql,
            "doel <= 1,5x SQL, < 3 s",
        ),
    ]
    print(
        f"Rapporten op {desk.db.engine.dialect.name}, {args.visits:,} bezoeken, "
        f"{args.locations} locaties "
        f"(mediaan van {args.repeat} keer)"
    )
    print(
        f"{'rapport':<52} {'rapport s':>10} {'alleen SQL s':>13} {'verhouding':>11}"
        f" {'cpu rapport':>12} {'cpu SQL':>8}"
    )
    wanted = [part for part in args.only.split(",") if part] or [""]
    for name, report, sql, goal in (c for c in cases if any(w in c[0] for w in wanted)):
        report()  # warm the page cache and the catalogue once
        report_s, report_cpu = median_seconds(report, args.repeat)
        sql_s, sql_cpu = median_seconds(sql, args.repeat)
        ratio = report_s / sql_s if sql_s else float("nan")
        print(
            f"{name:<52} {report_s:>10.3f} {sql_s:>13.3f} {ratio:>10.2f}x"
            f" {report_cpu:>12.3f} {sql_cpu:>8.3f}  ({goal})",
            flush=True,
        )
    desk.close()


if __name__ == "__main__":
    main()
