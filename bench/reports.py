"""Report benchmarks: printed figures, never asserts.

On a database of 1,000,000 demo visits across 100 locations (made once with
``ido_desk.demo.make_demo`` and cached under bench/out/), time

- the monthly report of one location (goal: at most 1 s),
- the yearly report over all locations (goal: at most 2x the bare SQL time), and
- the regional report and the municipality account for all locations (goal: at most 1.5x
  the bare SQL time and under 3 s),

each (model and PDF) against running only the SQL aggregates that report needs, in the same
run. Run with ``python -m bench.reports [--visits N] [--locations K] [--repeat R]``."""

from __future__ import annotations

import argparse
import io
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ido_desk.config import resolve_paths
from ido_desk.demo import DemoSpec, make_demo
from ido_desk.desk import Desk, open_desk
from ido_desk.periods import last_full_month, year
from ido_desk.reports.compare import counted_period
from ido_desk.reports.monthly import fetch_monthly
from ido_desk.reports.municipality import compared_with, fetch_figures
from ido_desk.reports.pdf import render_pdf
from ido_desk.reports.region import fetch_region
from ido_desk.reports.scope import select_locations
from ido_desk.reports.service import ReportRequest, build_report

OUT = Path(__file__).resolve().parent / "out"
NOW = datetime(2026, 11, 3, 10, 30)  # a fixed clock: the cached database stays comparable


def demo_desk(visits: int, locations: int) -> Desk:
    """The cached demo database, made on first use."""
    folder = OUT / f"reports-{visits}-{locations}"
    marker = folder / "complete"
    desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: NOW)
    if not marker.exists():
        print(f"Demo-database maken: {visits:,} bezoeken op {locations} locaties ...", flush=True)
        began = time.perf_counter()
        result = make_demo(desk, DemoSpec(visits=visits, locations=locations, seed=1, months=24))
        print(f"  klaar in {time.perf_counter() - began:.0f} s: {result.visits:,} bezoeken")
        marker.write_text(result.summary(), encoding="utf-8")
    return desk


def median_seconds(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def full(desk: Desk, request: ReportRequest) -> Callable[[], None]:
    def run() -> None:
        render_pdf(build_report(desk, request), io.BytesIO())

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.reports")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--locations", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default="", help="only the reports whose name holds this")
    args = parser.parse_args(argv)
    desk = demo_desk(args.visits, args.locations)
    month = last_full_month(NOW.date())
    whole_year = year(NOW.year - 1)
    own = select_locations(desk, None)
    everywhere = select_locations(desk, "all")
    today = NOW.date()
    counted_month, counted_year = counted_period(month, today), counted_period(whole_year, today)

    def account_sql() -> None:
        fetch_figures(desk, everywhere, counted_year.counted)
        earlier = compared_with(counted_year)
        if earlier is not None:
            fetch_figures(desk, everywhere, earlier.period)

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
            lambda: fetch_region(desk, counted_year, everywhere),
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
        f"Rapporten op {args.visits:,} bezoeken, {args.locations} locaties "
        f"(mediaan van {args.repeat} keer)"
    )
    print(f"{'rapport':<52} {'rapport s':>10} {'alleen SQL s':>13} {'verhouding':>11}")
    for name, report, sql, goal in (c for c in cases if args.only in c[0]):
        report()  # warm the page cache and the catalogue once
        report_s = median_seconds(report, args.repeat)
        sql_s = median_seconds(sql, args.repeat)
        ratio = report_s / sql_s if sql_s else float("nan")
        print(f"{name:<52} {report_s:>10.3f} {sql_s:>13.3f} {ratio:>10.2f}x  ({goal})")
    desk.close()


if __name__ == "__main__":
    main()
