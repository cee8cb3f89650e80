"""Kill a real ``ido-desk`` command at every point where it talks to SQLite, then start the
program again and see what is left: bricked (the next command fails), lost (visits gone),
tracebacks, misleading messages.

Two ways to stop it: before its N-th SQL statement (a trace callback on every sqlite3
connection of the child sends it SIGKILL: no strace needed, so the test suite uses it), or at
its N-th fsync with strace's fault injection (``bench.crash_trials`` when strace is there).
The database of the previous release (schema 0002) is made by migrating a fresh one down."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREVIOUS_RELEASE = "0002_seed_lists"
UPGRADE_COMMAND = ("backup", "--list")  # any command: its start upgrades the database

# IDO_IMPORT_CHUNK: an import's stage in chunks of that many ids; IDO_STOP_BETWEEN_CHUNKS:
# SIGSTOP at the first BEGIN IMMEDIATE after visits were inserted (tests/test_import_chunked.py)
CHILD = """
import os, signal, sqlite3, sys
kill_at = int(os.environ.get("IDO_KILL_AT_STATEMENT", "0"))
stop_between = {"wrote": False, "on": bool(os.environ.get("IDO_STOP_BETWEEN_CHUNKS"))}
if os.environ.get("IDO_IMPORT_CHUNK"):
    import db.queries.exchange_file as stage_file
    stage_file.CHUNK_VISITS = int(os.environ["IDO_IMPORT_CHUNK"])
seen = [0]
real_connect = sqlite3.connect

log = open(os.environ["IDO_TRACE_FILE"], "a") if os.environ.get("IDO_TRACE_FILE") else None

def trace(statement):
    seen[0] += 1
    if log is not None:
        log.write(" ".join(statement.split())[:60] + "\\n")
        log.flush()
    if seen[0] == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)
    if stop_between["on"]:
        text = " ".join(statement.split()).upper()
        if text.startswith(("INSERT INTO MAIN.VISIT", "INSERT INTO VISIT")):
            stop_between["wrote"] = True
        elif stop_between["wrote"] and text.startswith("BEGIN IMMEDIATE"):
            stop_between["on"] = False
            os.kill(os.getpid(), signal.SIGSTOP)

def connect(*args, **kwargs):
    connection = real_connect(*args, **kwargs)
    connection.set_trace_callback(trace)
    return connection

sqlite3.connect = sqlite3.dbapi2.connect = connect
import atexit
atexit.register(lambda: sys.stderr.write(f"\\nstatements {seen[0]}\\n"))
from ido_desk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDO_DESK_")}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass
class Outcome:
    """The tally over every kill point of one scenario."""

    trials: int = 0
    bricked: int = 0
    lost: int = 0
    tracebacks: int = 0
    misleading: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, point: str, problem: str, kind: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        self.problems.append(f"{point}: {kind}: {problem}")

    def line(self) -> str:
        return (
            f"trials {self.trials}, bricked {self.bricked}, lost {self.lost}, "
            f"tracebacks {self.tracebacks}, misleading messages {self.misleading}"
        )


Judge = Callable[[Path, str, Outcome], None]


def run_cli(
    data_dir: Path,
    *argv: str,
    kill_at: int = 0,
    strace: list[str] | None = None,
    trace_file: Path | None = None,
    env_more: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real command in a child process; ``kill_at``: SIGKILL before that statement."""
    env = {**environment(), "IDO_KILL_AT_STATEMENT": str(kill_at), **(env_more or {})}
    if trace_file is not None:
        env["IDO_TRACE_FILE"] = str(trace_file)
    command = [sys.executable, "-c", CHILD, "--data-dir", str(data_dir), *argv]
    return subprocess.run(
        [*(strace or []), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def statements_of(data_dir: Path, *argv: str) -> list[str]:
    """The SQL statements the command runs, in order (on a copy: it changes the data)."""
    scratch = data_dir.parent / f"{data_dir.name}-count"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(data_dir, scratch)
    log = data_dir.parent / f"{data_dir.name}-statements.txt"
    log.unlink(missing_ok=True)
    done = run_cli(scratch, *argv, trace_file=log)
    shutil.rmtree(scratch, ignore_errors=True)
    assert done.returncode == 0, done.stderr
    return log.read_text(encoding="utf-8").splitlines()


def kill_trials(
    template: Path, expected: set[str], argv: tuple[str, ...], points: list[int], name: str
) -> Outcome:
    """For each point: a fresh copy of ``template``, the command killed before that
    statement, then the next start judged."""
    outcome = Outcome()
    for point in points:
        data = template.parent / f"{name}-{point}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        run_cli(data, *argv, kill_at=point)
        judge_next_start(data, expected, f"{name} statement {point}", outcome)
        shutil.rmtree(data, ignore_errors=True)
    return outcome


def upgrade_trials(root: Path, every: bool = True) -> Outcome:
    """An upgrade from the previous release's schema, killed before every statement (or,
    ``every=False``, right after the first, a middle and the last CREATE: points that
    bricked it before)."""
    template = root / "release-0002"
    expected = previous_release_folder(template)
    statements = statements_of(template, *UPGRADE_COMMAND)
    if every:
        points = list(range(1, len(statements) + 1))
    else:
        creates = [n + 2 for n, s in enumerate(statements) if s.upper().startswith("CREATE")]
        points = sorted({creates[0], creates[len(creates) // 2], creates[-1]})
    return kill_trials(template, expected, UPGRADE_COMMAND, points, "upgrade")


def previous_release_folder(data_dir: Path, visits: int = 20) -> set[str]:
    """A data folder whose database has the previous release's schema (0002) and ``visits``
    visits; returns their ids."""
    from alembic import command

    from db.engine import Database
    from db.migrate import alembic_config, transactional_engine
    from ido_desk.config import resolve_paths
    from ido_desk.desk import open_desk
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.location import LocationInput, set_location
    from ido_desk.visits import record_visit

    paths = resolve_paths(data_dir, environ={})
    desk = open_desk(paths)
    set_location(desk, LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603"))
    draft = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=5)
    ids = {record_visit(desk, draft) for _ in range(visits)}
    desk.close()
    database = Database(paths.database_url)
    config = alembic_config(database)
    engine = transactional_engine(database)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, PREVIOUS_RELEASE)
    engine.dispose()
    database.dispose()
    shutil.rmtree(paths.backup_dir, ignore_errors=True)
    return ids


def visit_ids(database: Path) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM visit")}
    finally:
        connection.close()


def judge_next_start(data_dir: Path, expected: set[str], point: str, outcome: Outcome) -> None:
    """Start the program again (``ido-desk visits``) and tally what the kill left."""
    outcome.trials += 1
    done = run_cli(data_dir, "backup", "--list")
    if "Traceback" in done.stderr:
        outcome.add(point, done.stderr.strip().splitlines()[-2], "tracebacks")
    if done.returncode != 0:
        outcome.add(point, done.stderr.strip().splitlines()[0], "bricked")
        return
    missing = expected - visit_ids(data_dir / "ido-desk.sqlite")
    if missing:
        outcome.add(point, f"{len(missing)} visits missing", "lost")


# -- SIGKILL at every fsync, and faults, with strace ----------------------------------------

SYNCS = "fsync,fdatasync"


def strace_available() -> bool:
    return shutil.which("strace") is not None


def _strace(*options: str) -> list[str]:
    return ["strace", "-f", "-qq", "-o", "/dev/null", *options]


def syscalls_of(data_dir: Path, syscalls: str, *argv: str) -> int:
    """How many of these system calls the command makes (on a copy of the data)."""
    scratch = data_dir.parent / f"{data_dir.name}-count"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(data_dir, scratch)
    log = data_dir.parent / f"{data_dir.name}-syscalls.txt"
    command = ["strace", "-f", "-qq", "-o", str(log), "-e", f"trace={syscalls}"]
    run_cli(scratch, *argv, strace=command)
    shutil.rmtree(scratch, ignore_errors=True)
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return len([line for line in lines if "resumed>" not in line and "+++" not in line])


def sync_kill_trials(
    template: Path, argv: tuple[str, ...], name: str, judge: Judge, limit: int = 0
) -> Outcome:
    """The command SIGKILLed at its 1st, 2nd, ... fsync, each on a fresh copy."""
    outcome = Outcome()
    count = syscalls_of(template, SYNCS, *argv)
    points = range(1, count + 1)
    if limit and count > limit:
        points = range(1, count + 1, max(1, count // limit))
    for point in points:
        data = template.parent / f"{name}-{point}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        inject = f"inject={SYNCS}:signal=SIGKILL:when={point}"
        run_cli(data, *argv, strace=_strace("-e", f"trace={SYNCS}", "-e", inject))
        judge(data, f"{name} fsync {point}", outcome)
        shutil.rmtree(data, ignore_errors=True)
    return outcome


def fault_trials(
    template: Path, argv: tuple[str, ...], syscall: str, error: str, judge: Judge, limit: int
) -> Outcome:
    """The command's 1st, 2nd, ... ``syscall`` fails with ``error`` (up to ``limit`` of them)."""
    outcome = Outcome()
    count = min(limit, syscalls_of(template, syscall, *argv))
    for point in range(1, count + 1):
        data = template.parent / f"{syscall}-{point}"
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(template, data)
        inject = f"inject={syscall}:error={error}:when={point}"
        done = run_cli(data, *argv, strace=_strace("-e", f"trace={syscall}", "-e", inject))
        outcome.trials += 1
        judge_fault(data, f"{syscall} {error} #{point}", done, error, outcome)
        judge(data, f"{syscall} {error} #{point}", outcome)
        shutil.rmtree(data, ignore_errors=True)
    return outcome


def judge_fault(
    data: Path,
    point: str,
    done: subprocess.CompletedProcess[str],
    error: str,
    outcome: Outcome,
) -> None:
    """The faulted command itself: one Dutch line, no traceback, the truth about the disk,
    and "not saved" only when the visit is not stored."""
    told = [
        line for line in done.stderr.splitlines() if line and not line.startswith("statements ")
    ]
    if "Traceback" in done.stderr:
        outcome.add(point, told[-1] if told else "", "tracebacks")
    elif len(told) > 1:
        outcome.add(point, " | ".join(told)[:160], "misleading")
    elif (told and error == "EIO" and (" vol" in told[0].replace("niet vol", ""))) or (
        told and error == "EIO" and "beschadigd" in told[0]
    ):
        outcome.add(point, told[0][:160], "misleading")
    try:
        stored = len(visit_ids(data / "ido-desk.sqlite")) > FAULT_VISITS
    except sqlite3.Error as exc:
        outcome.add(point, f"database unreadable after the fault: {exc}", "bricked")
        return
    if done.returncode == 0 and not stored:
        outcome.add(point, "acknowledged but not stored", "lost")
    said_not_saved = told and ("niet bewaard" in told[0] or "niet worden bewaard" in told[0])
    if stored and said_not_saved:
        outcome.add(point, f"said '{told[0][:80]}' but the visit is stored", "misleading")


FAULT_VISITS = 5  # visits in the fault template before the faulted ``log``
LOG_COMMAND = ("log", "--topic", "digid_activeren")
FAULTS = [
    ("pwrite64", "EIO"),
    ("fsync", "EIO"),
    ("fdatasync", "EIO"),
    ("pread64", "EIO"),
    ("openat", "EIO"),
    ("ftruncate", "EIO"),
    ("fcntl", "EIO"),
    ("unlink", "EIO"),
    ("pwrite64", "ENOSPC"),
]


def fault_template(root: Path) -> Path:
    data = root / "faults"
    from ido_desk.config import resolve_paths
    from ido_desk.desk import open_desk
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.location import LocationInput, set_location
    from ido_desk.visits import record_visit

    paths = resolve_paths(data, environ={})
    desk = open_desk(paths)
    set_location(desk, LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603"))
    for _ in range(FAULT_VISITS):
        record_visit(desk, VisitDraft(questions=(QuestionDraft("digid_activeren"),)))
    desk.close()
    return data
