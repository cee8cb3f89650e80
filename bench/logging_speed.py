"""Logging speed: ``record_visit`` (the service behind the Save button, commit included) on a
database that already holds 1,000,000 visits, against a raw sqlite3 insert + commit of the same
rows (one visit, one question) into a copy of the same database, in the same run.

Both run on the same disk with the same pragmas (WAL, synchronous FULL, foreign keys on); the
timed saves alternate between the two, so a slow moment of the disk hits both alike. The raw
side makes its id and timestamps inside the timed region too, as the service does.

Goals (issue 2): p99 of the service <= 20 ms, and service / raw <= 10.

    python -m bench.logging_speed [--visits N] [--locations K] [--saves N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from bench.common import OUT, cached_demo_database, copy_database, median, ms, percentile
from db.engine import BUSY_TIMEOUT_MS
from db.migrate import upgrade
from ido_desk.config import resolve_paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.ids import new_visit_id
from ido_desk.visits import record_visit

GOAL_P99_S = 0.020
GOAL_RATIO = 10.0
WARM_UP = 20

DRAFT = VisitDraft(
    questions=(QuestionDraft(topic="digid_activeren", help="samen"),),
    channel="balie",
    duration_min=10,
)


def open_bench_desk(folder: Path) -> Desk:
    """A desk over the copy, as the window opens it but without the start-of-day work (the
    daily backup of a large file is not what is measured here)."""
    desk = Desk(resolve_paths(folder, environ={}))
    upgrade(desk.db)
    return desk


class RawLogger:
    """The baseline: the same two rows with sqlite3, one transaction a visit."""

    def __init__(self, path: Path, desk: Desk) -> None:
        self.connection = sqlite3.connect(path, isolation_level=None)
        for pragma in (
            f"busy_timeout = {BUSY_TIMEOUT_MS}",
            "journal_mode = WAL",
            "foreign_keys = ON",
            "synchronous = FULL",
        ):
            self.connection.execute(f"PRAGMA {pragma}")
        cat = desk.catalogue
        topic = cat.topics.get("digid")
        subtopic = cat.topics.get("digid_activeren")
        organisation = cat.organisations.get("logius")
        help_kind = cat.help_kinds.get("samen")
        channel = cat.channels.get("balie")
        domain = cat.domains.get("digitale_overheid")
        assert topic and subtopic and organisation and help_kind and channel and domain
        (self.location_id,) = self.connection.execute(
            "SELECT id FROM location WHERE is_own = 1"
        ).fetchone()
        self.channel_id = channel.id
        self.question = (domain.id, topic.id, subtopic.id, organisation.id, help_kind.id)

    def save(self) -> None:
        visit_id = new_visit_id()
        now = datetime.now().replace(microsecond=0)
        stamp = now.strftime("%Y-%m-%d %H:%M:%S.000000")
        started = now.strftime("%Y-%m-%d %H:%M:00.000000")
        execute = self.connection.execute
        execute("BEGIN")
        execute(
            "INSERT INTO visit (id, location_id, started_at, duration_min, channel_id, entry, "
            "note, created_at, updated_at, revision, question_count) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                visit_id,
                self.location_id,
                started,
                10,
                self.channel_id,
                "live",
                None,
                stamp,
                stamp,
                1,
            ),
        )
        execute(
            "INSERT INTO question (visit_id, position, domain_id, topic_id, subtopic_id, "
            "organisation_id, help_id, referral_id) VALUES (?, 1, ?, ?, ?, ?, ?, NULL)",
            (visit_id, *self.question),
        )
        execute("COMMIT")

    def close(self) -> None:
        self.connection.close()


def timed(work: Callable[[], object]) -> float:
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def profile(desk: Desk, saves: int) -> str:
    """Where the service's time goes: the top of a cProfile over ``saves`` saves."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(saves):
        record_visit(desk, DRAFT)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).sort_stats("cumulative")
    stats.print_stats(25)
    return text.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.logging_speed")
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--locations", type=int, default=100)
    parser.add_argument("--saves", type=int, default=500)
    parser.add_argument("--profile", action="store_true", help="print where the time goes")
    args = parser.parse_args(argv)

    print(f"Registreren: record_visit met {args.visits:,} bezoeken in de database")
    source = cached_demo_database(args.visits, args.locations)
    with tempfile.TemporaryDirectory(dir=OUT, prefix="logging-") as folder:
        copy_database(source, Path(folder) / "service")
        raw_path = copy_database(source, Path(folder) / "raw")
        desk = open_bench_desk(Path(folder) / "service")
        raw = RawLogger(raw_path, desk)
        try:
            for _ in range(WARM_UP):  # caches, the catalogue, the first pages of the indexes
                record_visit(desk, DRAFT)
                raw.save()
            service_s: list[float] = []
            raw_s: list[float] = []
            for _ in range(args.saves):
                service_s.append(timed(lambda: record_visit(desk, DRAFT)))
                raw_s.append(timed(raw.save))
            report(service_s, raw_s)
            if args.profile:
                print(profile(desk, min(args.saves, 300)))
        finally:
            raw.close()
            desk.close()


def report(service_s: list[float], raw_s: list[float]) -> None:
    s50, s99 = median(service_s), percentile(service_s, 99)
    r50, r99 = median(raw_s), percentile(raw_s, 99)
    print(f"  {len(service_s)} opslagen elk, afwisselend; WAL, synchronous=FULL")
    print(f"  record_visit      p50 {ms(s50)}   p99 {ms(s99)}   max {ms(max(service_s))}")
    print(f"  sqlite3 (kaal)    p50 {ms(r50)}   p99 {ms(r99)}   max {ms(max(raw_s))}")
    print(f"  verhouding        p50 {s50 / r50:8.2f} x     p99 {s99 / r99:8.2f} x")
    p99_ok = "gehaald" if s99 <= GOAL_P99_S else "NIET gehaald"
    ratio_ok = "gehaald" if s50 / r50 <= GOAL_RATIO and s99 / r99 <= GOAL_RATIO else "NIET gehaald"
    print(
        f"  doel p99 <= {GOAL_P99_S * 1000:.0f} ms: {p99_ok}; "
        f"doel verhouding <= {GOAL_RATIO:.0f}: {ratio_ok}"
    )


if __name__ == "__main__":
    main()
