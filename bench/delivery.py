"""The monthly delivery at start-up: what the check costs on every start when nothing is due
(the delivery folder set, a branch with two years of visits), against the same start with no
folder set; and what the first run costs that delivers every ended month and makes the PDF.

Every start calls ``deliver_at_start`` from ``open_desk``; the figures say how much of a
start that is. Medians of repeated runs on a copy of a cached demo database.

    python -m bench.delivery [--runs N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import DEMO_NOW, cached_demo_database, copy_database, median, ms

VISITS = 10_000  # a busy branch: two years at about twenty a day


def main(argv: list[str] | None = None) -> None:
    from ido_desk.config import resolve_paths
    from ido_desk.delivery import deliver_pending
    from ido_desk.delivery_settings import set_delivery_folder, set_reports_folder
    from ido_desk.desk import open_desk

    parser = argparse.ArgumentParser(prog="python -m bench.delivery")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    source = cached_demo_database(VISITS, 1)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        copy_database(source, folder / "data")
        paths = resolve_paths(folder / "data", environ={})
        desk = open_desk(paths, clock=lambda: DEMO_NOW)

        def timed(work: object) -> float:
            began = time.perf_counter()
            work()  # type: ignore[operator]
            return time.perf_counter() - began

        unset = median([timed(lambda: deliver_pending(desk)) for _ in range(args.runs)])
        (folder / "bezorgmap").mkdir()
        set_delivery_folder(desk, folder / "bezorgmap")
        set_reports_folder(desk, folder / "rapporten")
        first_run = []
        first = timed(lambda: first_run.append(deliver_pending(desk)))
        run = first_run[0]
        delivered = sum(o.delivered for o in run.outcomes)
        nothing_due = median([timed(lambda: deliver_pending(desk)) for _ in range(args.runs)])
        desk.close()
        starts = []
        for _ in range(args.runs):
            began = time.perf_counter()
            open_desk(paths, clock=lambda: DEMO_NOW).close()
            starts.append(time.perf_counter() - began)
        whole_start = median(starts)
    print(f"  branch: {VISITS:,} visits over 24 months, {args.runs} runs each (medians)")
    print(f"  no folder set (the check)            {ms(unset)}")
    print(f"  folder set, nothing due (the check)  {ms(nothing_due)}")
    print(f"  ratio folder set / not set           {nothing_due / unset:8.1f}")
    print(f"  a whole open_desk with the folder    {ms(whole_start)}")
    print(f"  the check's share of that start      {nothing_due / whole_start:8.1%}")
    print(f"  first run: {delivered} months delivered and {len(run.reports)} PDF  {ms(first)}")


if __name__ == "__main__":
    main()
