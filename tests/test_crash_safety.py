"""Crash safety: a writer killed with SIGKILL at random moments loses no acknowledged visit
and leaves a database that passes ``PRAGMA integrity_check``; a copy of the files taken at a
random moment (as a power cut leaves them) opens cleanly and holds every acknowledged visit.

The seed differs per run and is printed; more trials: ``python -m bench.crash_trials 500``."""

from __future__ import annotations

import random
import shutil
import sys
import time
from pathlib import Path

import pytest

from bench.crash_trials import judge_restore, kill_trials, restore_template, snapshot_trials
from bench.kill_points import Outcome, run_cli, statements_of

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only("crash trials on a SQLite file"),
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and SIGSTOP are POSIX"),
]

KILLS = 12  # each one starts a Python process: about 1.5 s a trial
SNAPSHOTS = 25


@pytest.fixture
def rng() -> random.Random:
    seed = time.time_ns() % 1_000_000
    print(f"crash trial seed {seed}")
    return random.Random(seed)


def test_sigkill_at_random_moments_loses_no_acknowledged_visit(
    tmp_path: Path, rng: random.Random
) -> None:
    tally = kill_trials(tmp_path / "data", KILLS, rng, max_run_s=0.6)
    print(tally.line())
    assert tally.trials == KILLS
    assert tally.acknowledged > KILLS  # the writer really wrote between the kills
    assert tally.bad_checks == []
    assert tally.missing == set()
    assert tally.found == tally.acknowledged


def test_a_copy_taken_mid_write_opens_cleanly(tmp_path: Path, rng: random.Random) -> None:
    tally = snapshot_trials(tmp_path / "data", SNAPSHOTS, rng, gap_s=0.15)
    print(tally.line())
    assert tally.trials == SNAPSHOTS
    assert tally.acknowledged > 0
    assert tally.bad_checks == []
    assert tally.missing == set()
    assert tally.found == tally.acknowledged


def test_a_restore_killed_inside_its_transaction_loses_nothing(tmp_path: Path) -> None:
    """``restore --yes`` killed before its first drop, in the middle and before its commit:
    the next start works and every visit is in the database or in the copy it kept."""
    data, everything, backup = restore_template(tmp_path)
    argv = ("restore", "--yes", str(backup))
    statements = statements_of(data, *argv)
    began = next(n for n, s in enumerate(statements) if s.startswith("BEGIN IMMEDIATE"))
    committed = next(n for n, s in enumerate(statements) if s.startswith("COMMIT"))
    points = [began + 3, (began + committed) // 2 + 1, committed + 1]  # 1-based: before
    outcome = Outcome()
    judge = judge_restore(everything)
    for point in points:
        copy = tmp_path / f"kill-{point}"
        shutil.copytree(data, copy)
        run_cli(copy, *argv, kill_at=point)
        judge(copy, f"statement {point}", outcome)
    print(outcome.line())
    assert outcome.trials == 3
    assert outcome.problems == []
