"""Crash trials: a process logs visits through ``record_visit`` as fast as it can and prints
each id once the call has returned (the visit is then *acknowledged*, as on screen). It is
killed with SIGKILL at a random moment; afterwards every acknowledged visit must be in the
database and ``PRAGMA integrity_check`` must say ok.

Snapshot trials freeze the writer (SIGSTOP) at random moments and copy the database file with
its -wal (and sometimes -shm), as a power cut would leave them on disk; the copy must open
cleanly, pass the check and hold every visit acknowledged before the freeze.

The test suite runs a few of each (tests/test_crash_safety.py); ``python -m bench.crash_trials
[trials]`` runs many and prints trials, acknowledged and found."""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench.crash_import import print_import_trials
from bench.kill_points import (
    FAULTS,
    LOG_COMMAND,
    UPGRADE_COMMAND,
    Judge,
    Outcome,
    fault_template,
    fault_trials,
    judge_next_start,
    strace_available,
    sync_kill_trials,
    upgrade_trials,
    visit_ids,
)
from db.errors import StorageError
from db.migrate import verify_database
from ido_desk.backup import make_backup
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.location import LocationInput, set_location
from ido_desk.visits import record_visit

DRAFT = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=5)
DRAFT_WITH_NOTE = VisitDraft(questions=DRAFT.questions, duration_min=5, note="belt terug")

WRITER = """
import sys
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit

desk = open_desk(resolve_paths(sys.argv[1], environ={}))
drafts = [
    VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=5),
    VisitDraft(
        questions=(QuestionDraft("toeslagen"), QuestionDraft("belastingen")),
        duration_min=15,
        note="kwam voor de tweede keer",
    ),
]
print("ready", flush=True)
n = 0
while True:
    visit_id = record_visit(desk, drafts[n % 2])
    sys.stdout.write(visit_id + "\\n")
    sys.stdout.flush()
    n += 1
"""


@dataclass
class Tally:
    """Trials run, visits acknowledged and found (each visit counted once), and problems."""

    trials: int = 0
    acknowledged: int = 0
    found: int = 0
    missing: set[str] = field(default_factory=set)
    bad_checks: list[str] = field(default_factory=list)
    looked_up: int = 0  # acknowledged visits looked for, summed over every check

    def check(self, acknowledged: set[str], present: set[str], check: str, where: str) -> None:
        self.looked_up += len(acknowledged)
        self.missing |= acknowledged - present
        if check != "ok":
            self.bad_checks.append(f"{where}: {check}")

    def line(self) -> str:
        return (
            f"trials {self.trials}, acknowledged {self.acknowledged}, found {self.found}, "
            f"missing {len(self.missing)}, failed integrity checks {len(self.bad_checks)} "
            f"(looked up {self.looked_up} times over all checks)"
        )


def prepare(data_dir: Path) -> Path:
    """A migrated database with a location, ready for the writer; returns its file."""
    paths = resolve_paths(data_dir, environ={})
    desk = open_desk(paths)
    set_location(desk, LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603"))
    desk.close()
    assert paths.database_file is not None
    return paths.database_file


class Writer:
    """The writing process and the ids it acknowledged."""

    def __init__(self, data_dir: Path) -> None:
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, "PYTHONPATH": str(root)}
        self.process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._buffer = b""
        self.ready = False
        self.acknowledged: set[str] = set()

    def read(self, timeout: float) -> bool:
        """Read what is there (waiting up to ``timeout``); False at end of output."""
        ready, _, _ = select.select([self._fd], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(self._fd, 65536)
        if not chunk:
            return False
        self._buffer += chunk
        *lines, self._buffer = self._buffer.split(b"\n")  # a torn last line is not counted
        for line in lines:
            text = line.decode()
            if text == "ready":
                self.ready = True
            elif text:
                self.acknowledged.add(text)
        return True

    def drain(self) -> None:
        """Read everything already written (the writer is stopped or dead)."""
        while True:
            ready, _, _ = select.select([self._fd], [], [], 0)
            if not ready or not self.read(0):
                return

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not self.ready:
            if time.monotonic() > deadline or not self.read(0.05):
                raise RuntimeError(self.stderr())
        while not self.acknowledged and time.monotonic() < deadline:
            self.read(0.05)

    def run_for(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read(max(0.0, deadline - time.monotonic()))

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        while self.read(0.5):
            pass

    def stderr(self) -> str:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        assert self.process.stderr is not None
        return self.process.stderr.read().decode(errors="replace")


@contextmanager
def frozen(writer: Writer) -> Iterator[None]:
    writer.process.send_signal(signal.SIGSTOP)
    try:
        yield
    finally:
        writer.process.send_signal(signal.SIGCONT)


def open_and_check(database: Path) -> tuple[set[str], str]:
    """The visit ids in a database file and its integrity check, read with a fresh
    connection."""
    con = sqlite3.connect(database, timeout=10)
    try:
        check = "; ".join(row[0] for row in con.execute("PRAGMA integrity_check"))
        ids = {row[0] for row in con.execute("SELECT id FROM visit")}
        orphans = con.execute(
            "SELECT count(*) FROM question WHERE visit_id NOT IN (SELECT id FROM visit)"
        ).fetchone()[0]
        if orphans:
            check += f"; {orphans} questions without a visit"
    finally:
        con.close()
    return ids, check


def kill_trials(data_dir: Path, trials: int, rng: random.Random, max_run_s: float) -> Tally:
    """SIGKILL the writer at a random moment, ``trials`` times, on one database."""
    database = prepare(data_dir)
    tally = Tally()
    everything: set[str] = set()
    present: set[str] = set()
    for n in range(trials):
        writer = Writer(data_dir)
        if rng.random() < 0.2:  # now and then during start-up (migrations, backup, retention)
            writer.run_for(rng.uniform(0, 1.5))
        else:
            writer.wait_ready()
            writer.run_for(rng.uniform(0, max_run_s))
        writer.kill()
        everything |= writer.acknowledged
        present, check = open_and_check(database)
        tally.check(everything, present, check, f"kill {n + 1}")
        tally.trials += 1
    tally.acknowledged = len(everything)
    tally.found = len(everything & present)
    return tally


def snapshot_trials(data_dir: Path, snapshots: int, rng: random.Random, gap_s: float) -> Tally:
    """Freeze the writer at random moments and copy the files as a power cut leaves them."""
    database = prepare(data_dir)
    copies = data_dir / "kopieën"
    copies.mkdir()
    tally = Tally()
    writer = Writer(data_dir)
    try:
        writer.wait_ready()
        for n in range(snapshots):
            writer.run_for(rng.uniform(0, gap_s))
            target = copies / f"kopie-{n}.sqlite"
            with frozen(writer):
                with_shm = rng.random() < 0.5
                for suffix in ("", "-wal", "-shm") if with_shm else ("", "-wal"):
                    source = Path(f"{database}{suffix}")
                    if source.exists():
                        shutil.copyfile(source, f"{target}{suffix}")
                writer.drain()  # everything printed before the freeze
                acknowledged = set(writer.acknowledged)
            present, check = open_and_check(target)
            tally.check(acknowledged, present, check, f"copy {n + 1}")
            tally.trials += 1
            tally.acknowledged = len(acknowledged)  # by the last copy: every earlier one too
            tally.found = len(acknowledged & present)
    finally:
        writer.kill()
    return tally


def restore_template(root: Path) -> tuple[Path, set[str], Path]:
    """A database with 20 visits, a backup of the first 10: (data folder, every id, backup)."""
    data = root / "restore"
    paths = resolve_paths(data, environ={})
    desk = open_desk(paths)
    set_location(desk, LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603"))
    ids = {record_visit(desk, DRAFT) for _ in range(10)}
    backup = make_backup(desk)
    ids |= {record_visit(desk, DRAFT) for _ in range(10)}
    desk.close()
    return data, ids, backup.path


def judge_restore(everything: set[str]) -> Judge:
    """After a killed restore: the next start works, and every visit is in the database or
    in a copy the restore kept (``voor-terugzetten``, ``beschadigd``)."""

    def judge(data: Path, point: str, outcome: Outcome) -> None:
        judge_next_start(data, set(), point, outcome)
        found = visit_ids(data / "ido-desk.sqlite")
        for kept in (data / "backups").glob("*-voor-terugzetten*.sqlite"):
            found |= visit_ids(kept)
        if everything - found:
            outcome.add(point, f"{len(everything - found)} visits in no file", "lost")

    return judge


def judge_backups_whole(data: Path, point: str, outcome: Outcome) -> None:
    """After a killed retention sweep: the next start works and every backup passes the
    read-only check (a hot journal beside a backup made it fail before)."""
    judge_next_start(data, set(), point, outcome)
    for backup in (data / "backups").glob("*.sqlite"):
        try:
            verify_database(backup)
        except StorageError as exc:
            outcome.add(point, f"{backup.name}: {exc.message}", "bricked")


def retention_template(root: Path) -> Path:
    """A database whose notes are old, with three backups that hold them."""
    data = root / "retention"
    paths = resolve_paths(data, environ={})
    desk = open_desk(paths, clock=lambda: datetime(2026, 1, 5, 10, 0))
    set_location(desk, LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603"))
    for n in range(3):
        record_visit(desk, DRAFT_WITH_NOTE)
        desk.clock = lambda n=n: datetime(2026, 1, 5 + n, 10, 0)
        make_backup(desk)
    desk.close()
    return data


def storage_trials(root: Path, fault_limit: int) -> None:
    """SIGKILL at every statement and every fsync of an upgrade from the previous release's
    schema, of a restore and of the retention sweep, and of an import; strace faults on
    ``log``."""
    started = time.monotonic()
    upgrade = upgrade_trials(root / "statements")
    print(f"upgrade from 0002, SIGKILL before every SQL statement: {upgrade.line()}")
    report(upgrade, started)
    if not strace_available():
        print("strace is not installed (apt-get install -y strace): fsync and fault trials skipped")
        return
    template = root / "statements" / "release-0002"
    expected = visit_ids(template / "ido-desk.sqlite")
    started = time.monotonic()
    synced = sync_kill_trials(
        template, UPGRADE_COMMAND, "upgrade", lambda d, p, o: judge_next_start(d, expected, p, o)
    )
    print(f"upgrade from 0002, SIGKILL at every fsync: {synced.line()}")
    report(synced, started)
    data, everything, backup = restore_template(root)
    started = time.monotonic()
    restored = sync_kill_trials(
        data, ("restore", "--yes", str(backup)), "restore", judge_restore(everything)
    )
    print(f"restore, SIGKILL at every fsync: {restored.line()}")
    report(restored, started)
    started = time.monotonic()
    swept = sync_kill_trials(
        retention_template(root), ("retention",), "retention", judge_backups_whole
    )
    print(f"retention sweep, SIGKILL at every fsync: {swept.line()}")
    report(swept, started)
    print_import_trials(root / "import", every=4)  # bench.crash_import
    template = fault_template(root)
    total = Outcome()
    started = time.monotonic()
    for syscall, error in FAULTS:
        found = fault_trials(
            template, LOG_COMMAND, syscall, error, lambda d, p, o: None, fault_limit
        )
        for name in ("trials", "bricked", "lost", "tracebacks", "misleading"):
            setattr(total, name, getattr(total, name) + getattr(found, name))
        total.problems += found.problems
    print(f"log, strace faults ({', '.join(f'{s}={e}' for s, e in FAULTS)}): {total.line()}")
    report(total, started)


def report(outcome: Outcome, started: float) -> None:
    print(f"    ({time.monotonic() - started:.0f} s)")
    for problem in outcome.problems[:8]:
        print("    problem:", problem)


def main() -> None:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    with tempfile.TemporaryDirectory() as folder:
        started = time.monotonic()
        kills = kill_trials(Path(folder) / "kill", trials, rng, max_run_s=0.5)
        print(f"SIGKILL   {kills.line()}  ({time.monotonic() - started:.0f} s)")
        started = time.monotonic()
        copies = snapshot_trials(Path(folder) / "copy", trials, rng, gap_s=0.2)
        print(f"snapshots {copies.line()}  ({time.monotonic() - started:.0f} s)")
    missing = sorted(kills.missing)[:5] + sorted(copies.missing)[:5]
    for problem in missing + kills.bad_checks + copies.bad_checks:
        print("  problem:", problem)
    with tempfile.TemporaryDirectory() as folder:
        storage_trials(Path(folder), fault_limit=int(sys.argv[3]) if len(sys.argv) > 3 else 12)


if __name__ == "__main__":
    main()
