"""Crash trials of an import (issue 10, item 5): ``ido-desk import`` killed with SIGKILL
before every SQL statement and at every fsync, its stage cut into chunks of two visits so
that the kills land between the chunks of its apply too. The file both adds visits and
replaces, deletes and keeps visits of an earlier import.

After each kill the program starts again and is judged: bricked (the next start or a second
import of the same file fails), half visible (what the readers show of the branch is neither
all of the earlier state nor all of the new one), not recovered (the import's history row
still says ``applying`` after the next start), tracebacks.

    python -m bench.crash_import [every-nth-statement]"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.kill_points import Outcome, run_cli
from db.engine import Database, sqlite_url
from db.models import ImportRecord, Location, Visit
from db.queries.visible import visible
from ido_desk.config import resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.export import export_period
from ido_desk.exchange.importer import import_files
from ido_desk.location import LocationInput, set_location
from ido_desk.visits import delete_visit, record_visit, update_visit

CHUNK = "2"
SYNCS = "fsync,fdatasync"
BRANCH = LocationInput(name="Proef", municipality="Rijswijk", cbs_code="GM0603")
FRONT_DESK = LocationInput(name="Regio", municipality="Delft", cbs_code="GM0503")
PERIOD = (date(2026, 10, 1), date(2026, 11, 1))
Seen = frozenset[tuple[str, int, bool]]


def _log(desk: Desk, day: int) -> str:
    draft = VisitDraft(
        questions=(QuestionDraft("digid_activeren"),),
        duration_min=5,
        started_at=datetime(2026, 10, day, 10, 0),
    )
    return record_visit(desk, draft)


def template(root: Path) -> tuple[Path, Path, Seen, Seen]:
    """A coordinator that imported the branch's first file, the branch's second file (2
    visits changed, 1 deleted, 5 new), and what the readers show of the branch before and
    after it."""
    branch = open_desk(resolve_paths(root / "branch", environ={}))
    set_location(branch, BRANCH)
    first = [_log(branch, day) for day in range(1, 7)]
    early = export_period(branch, *PERIOD, root / "first.zip").path
    for visit_id in first[:2]:
        update_visit(
            branch,
            visit_id,
            VisitDraft(questions=(QuestionDraft("belastingen"),), duration_min=30),
        )
    delete_visit(branch, first[2])
    for day in range(10, 15):
        _log(branch, day)
    later = export_period(branch, *PERIOD, root / "second.zip").path
    branch.close()
    data = root / "coordinator"
    desk = open_desk(resolve_paths(data, environ={}))
    set_location(desk, FRONT_DESK)
    assert import_files(desk, [early], confirm_key=lambda _q: True)[0].ok
    before = seen(desk.db)
    desk.close()
    scratch = root / "after"
    shutil.copytree(data, scratch)
    desk = open_desk(resolve_paths(scratch, environ={}))
    assert import_files(desk, [later], confirm_key=lambda _q: True)[0].ok
    after = seen(desk.db)
    desk.close()
    shutil.rmtree(scratch)
    assert before != after
    return data, later, before, after


def seen(db: Database) -> Seen:
    """The branch's visits as every reader sees them: (id, revision, deleted)."""
    with db.session() as session:
        rows = session.execute(
            select(Visit.id, Visit.revision, Visit.deleted_at.is_not(None))
            .join(Location, Location.id == Visit.location_id)
            .where(Location.is_own.is_(False), visible(Visit.import_id))
        ).all()
    return frozenset((str(i), int(r), bool(d)) for i, r, d in rows)


def _run(data: Path, *argv: str, **options: Any) -> subprocess.CompletedProcess[str]:
    """kill_points.run_cli with the import's stage in chunks of CHUNK ids."""
    return run_cli(data, *argv, env_more={"IDO_IMPORT_CHUNK": CHUNK}, **options)


def judge(data: Path, file: Path, before: Seen, after: Seen, point: str, outcome: Outcome) -> None:
    outcome.trials += 1
    if _applying(data):  # killed between its chunks: the next start must roll it back
        HALF_APPLIED[id(outcome)] = HALF_APPLIED.get(id(outcome), 0) + 1
    started = _run(data, "backup", "--list")  # the next start
    if "Traceback" in started.stderr:
        outcome.add(point, started.stderr.strip().splitlines()[-1], "tracebacks")
    if started.returncode != 0:
        outcome.add(point, started.stderr.strip().splitlines()[0], "bricked")
        return
    db = Database(sqlite_url(data / "ido-desk.sqlite"))
    try:
        now = seen(db)
        with db.session() as session:
            applying = session.scalar(
                select(ImportRecord.id).where(ImportRecord.applying.is_not(None)).limit(1)
            )
    finally:
        db.dispose()
    if now not in (before, after):
        outcome.add(point, f"{len(now)} visits seen, neither before nor after", "lost")
    if applying is not None:
        outcome.add(point, f"import {applying} still applying after the next start", "misleading")
    again = _run(data, "import", "--yes", str(file))
    db = Database(sqlite_url(data / "ido-desk.sqlite"))
    try:
        complete = seen(db) == after
    finally:
        db.dispose()
    if again.returncode != 0 or not complete:
        outcome.add(point, (again.stderr or again.stdout).strip()[:160], "bricked")


def import_trials(root: Path, every: int = 1) -> tuple[Outcome, Outcome | None]:
    """The import killed before every ``every``-th statement, and at every fsync (strace)."""
    data, file, before, after = template(root)
    argv = ("import", "--yes", str(file))
    log = root / "statements.txt"
    shutil.copytree(data, root / "count")
    assert _run(root / "count", *argv, trace_file=log).returncode == 0
    statements = len(log.read_text(encoding="utf-8").splitlines())
    by_statement = _trials(data, file, before, after, range(1, statements + 1, every), None)
    if shutil.which("strace") is None:
        return by_statement, None
    shutil.rmtree(root / "count")
    shutil.copytree(data, root / "count")
    log = root / "syncs.txt"
    _run(
        root / "count",
        *argv,
        strace=["strace", "-f", "-qq", "-o", str(log), "-e", f"trace={SYNCS}"],
    )
    syncs = len([s for s in log.read_text().splitlines() if "resumed>" not in s and "+++" not in s])
    return by_statement, _trials(data, file, before, after, range(1, syncs + 1), "strace")


HALF_APPLIED: dict[int, int] = {}  # per Outcome: kills that left an import applying


def _applying(data: Path) -> bool:
    connection = sqlite3.connect(data / "ido-desk.sqlite")
    try:
        query = "SELECT count(*) FROM import_history WHERE applying IS NOT NULL"
        return bool(connection.execute(query).fetchone()[0])
    finally:
        connection.close()


def _trials(
    data: Path, file: Path, before: Seen, after: Seen, points: range, how: str | None
) -> Outcome:
    outcome = Outcome()
    argv = ("import", "--yes", str(file))
    for point in points:
        trial = data.parent / f"trial-{point}"
        shutil.rmtree(trial, ignore_errors=True)
        shutil.copytree(data, trial)
        if how is None:
            _run(trial, *argv, kill_at=point)
            name = f"import statement {point}"
        else:
            inject = f"inject={SYNCS}:signal=SIGKILL:when={point}"
            strace = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={SYNCS}"]
            _run(trial, *argv, strace=[*strace, "-e", inject])
            name = f"import fsync {point}"
        judge(trial, file, before, after, name, outcome)
        shutil.rmtree(trial, ignore_errors=True)
    return outcome


def print_import_trials(root: Path, every: int = 1) -> None:
    started = time.monotonic()
    by_statement, by_sync = import_trials(root, every)
    print(
        f"import (adds, replaces, deletes; chunks of {CHUNK}), SIGKILL before every"
        f"{'' if every == 1 else f' {every}th'} SQL statement: {_line(by_statement)}"
    )
    if by_sync is None:
        print("import, SIGKILL at every fsync: skipped (strace is not installed)")
    else:
        print(f"import, SIGKILL at every fsync: {_line(by_sync)}")
    print(f"    ({time.monotonic() - started:.0f} s)")
    for problem in by_statement.problems[:8] + (by_sync.problems[:8] if by_sync else []):
        print("    problem:", problem)


def _line(outcome: Outcome) -> str:
    return (
        f"trials {outcome.trials} ({HALF_APPLIED.get(id(outcome), 0)} left it half applied), "
        f"bricked {outcome.bricked}, half visible {outcome.lost}, "
        f"not recovered {outcome.misleading}, tracebacks {outcome.tracebacks}"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print_import_trials(Path(folder), int(sys.argv[1]) if len(sys.argv) > 1 else 1)
