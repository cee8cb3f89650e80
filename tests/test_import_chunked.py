"""An import on SQLite lets go of the write lock while it applies (issue 10, item 5): its new
visits go in by chunks, a front-desk save gets in between, and no reader sees any of the
import until its last transaction; an import killed in between is rolled back at the next
start, and so is everything its first step made (its location, the key it trusted, its new list
codes): a failed import leaves the database as it was, table by table.

The real ``ido-desk import`` runs in a child process (bench.kill_points.CHILD) whose stage is
cut into chunks of two ids and that stops itself (SIGSTOP) just before it takes the write
lock again after writing visits, the moment a front desk meets it. An import that holds the
lock from its first visit to its end never gets there."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bench.kill_points import CHILD, environment
from db.queries import exchange as exchange_queries
from db.queries import reports as report_queries
from db.queries.report_scope import Scope
from db.queries.untransferred import count_untransferred
from ido_desk.config import resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import NotFound
from ido_desk.exchange.history import import_history, undo_import
from ido_desk.exchange.importer import ImportResult, import_files
from ido_desk.list_admin import NewItem, add_item
from ido_desk.location import set_location
from ido_desk.visits import record_visit
from tests.conftest import RIJSWIJK
from tests.exchange_helpers import DELFT, DELFT_ZUID, export, log, yes

pytestmark = [
    pytest.mark.sqlite_only("SQLite's write lock; PostgreSQL applies in one transaction"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SIGSTOP and /proc"),
]

VISITS = 8  # seven of them on 1 to 7 October, one on the branch's own codes
OCTOBER = (datetime(2026, 10, 1), datetime(2026, 11, 1))


@pytest.fixture(name="file")
def file_fixture(tmp_path: Path) -> Path:
    """A branch the coordinator does not know yet, with list codes of its own (a channel, a
    topic and its sub-topic) that the import adds."""
    branch = open_desk(resolve_paths(tmp_path / "branch", environ={}))
    set_location(branch, RIJSWIJK)
    add_item(branch, "channel", NewItem(code="bibliobus", label_nl="In de bibliobus"))
    add_item(branch, "topic", NewItem(code="energie", label_nl="Energie"))
    add_item(branch, "topic", NewItem(code="energietoeslag", label_nl="Toeslag", parent="energie"))
    for day in range(1, VISITS):
        log(branch, datetime(2026, 10, day, 10, 0), "digid_activeren")
    log(branch, datetime(2026, 10, 1, 11, 0), "energietoeslag", channel="bibliobus")
    path = export(branch, tmp_path / "rijswijk.zip").path
    branch.close()
    return path


@pytest.fixture(name="coordinator")
def coordinator_fixture(tmp_path: Path) -> Path:
    """A coordinator's data folder with a front desk of its own (Delft)."""
    folder = tmp_path / "coordinator"
    desk = open_desk(resolve_paths(folder, environ={}))
    set_location(desk, DELFT)
    desk.close()
    return folder


@pytest.fixture(name="before")
def before_fixture(coordinator: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the coordinator's database before the import."""
    return everything(coordinator)


def everything(coordinator: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, but the day's first-start mark (the command's start sets it,
    not its import)."""
    tables = [
        row[0]
        for row in rows_at(
            coordinator,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
    ]
    assert {"location", "trusted_key", "channel", "topic", "visit"} <= set(tables)
    return {
        table: sorted(
            (
                row
                for row in rows_at(coordinator, f"SELECT * FROM {table}")
                if row[:1] != ("day_started",)
            ),
            key=repr,
        )
        for table in tables
    }


@pytest.fixture(name="paused")
def paused_fixture(
    coordinator: Path, file: Path, before: object
) -> Iterator[subprocess.Popen[str]]:
    """``ido-desk import --yes FILE`` stopped between two chunks of its apply."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "--data-dir", str(coordinator), "import", "--yes", str(file)],
        env={**environment(), "IDO_IMPORT_CHUNK": "2", "IDO_STOP_BETWEEN_CHUNKS": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _stopped(child), (
            "the import never let go of the write lock between writing visits and its end: "
            + (child.communicate()[1] if child.poll() is not None else "")
        )
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _stopped(child: subprocess.Popen[str], timeout: float = 60) -> bool:
    """Wait until the child has stopped itself; False when it ended instead."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child.poll() is not None:
            return False
        stat = Path(f"/proc/{child.pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "T":
            return True
        time.sleep(0.02)
    return False


def _seen(desk: Desk) -> dict[str, object]:
    """What the readers show of October: the reports' visits and questions, the national
    form's count, the regional overview, the import history. (The front desk's day list
    shows only the own location's visits, never imported ones.)"""
    with desk.db.session() as session:
        october = Scope(*OCTOBER)
        listed = (
            sum(row.visits for row in report_queries.visits_per(session, october, "month")),
            sum(row.questions for row in report_queries.questions_per(session, october, "month")),
        )
        reported = count_untransferred(session, None, Scope(*OCTOBER))
        region = [
            tuple(row) for row in exchange_queries.visits_per_location_month(session, *OCTOBER)
        ]
    return {
        "list": listed,
        "report": reported,
        "region": region,
        "history": len(import_history(desk)),
    }


def _imported_rows(coordinator: Path) -> int:
    """Visits in the file that an import wrote (hidden or not), read past every service."""
    connection = sqlite3.connect(coordinator / "ido-desk.sqlite")
    try:
        return int(
            connection.execute(
                "SELECT count(*) FROM visit WHERE location_id IN "
                "(SELECT id FROM location WHERE is_own = 0)"
            ).fetchone()[0]
        )
    finally:
        connection.close()


NOTHING = {"list": (0, 0), "report": 0, "region": [], "history": 0}


def test_a_front_desk_save_goes_in_while_an_import_applies_and_sees_none_of_it(
    coordinator: Path, paused: subprocess.Popen[str]
) -> None:
    written = _imported_rows(coordinator)
    assert 0 < written < VISITS  # part of the import is in the file ...
    front_desk = open_desk(resolve_paths(coordinator, environ={}))
    try:
        # ... the write lock is free: the save goes in at once (the import held it for its
        # whole apply before, and a save waited until "De database is bezet")
        saved = record_visit(
            front_desk, VisitDraft(questions=(QuestionDraft("digid"),), duration_min=5)
        )
        assert saved
        assert _seen(front_desk) == NOTHING  # ... and no reader sees any of it
        assert _imported_rows(coordinator) == written  # (the start left the running one be)
        paused.send_signal(signal.SIGCONT)
        out, err = paused.communicate(timeout=60)
        assert paused.returncode == 0, err
        assert f"{VISITS} nieuw" in out
        seen = _seen(front_desk)
        assert seen["list"] == (VISITS, VISITS)
        assert seen["report"] == VISITS
        assert [row[1:] for row in seen["region"]] == [("2026-10", VISITS)]  # type: ignore[union-attr]
        assert seen["history"] == 1
    finally:
        front_desk.close()


def test_an_import_killed_while_it_applies_is_rolled_back_at_the_next_start(
    coordinator: Path, file: Path, before: dict[str, object], paused: subprocess.Popen[str]
) -> None:
    paused.kill()
    paused.wait()
    assert _imported_rows(coordinator) > 0  # hidden, half applied
    made = everything(coordinator)
    assert len(made["location"]) == len(before["location"]) + 1  # type: ignore[arg-type]
    assert len(made["channel"]) == len(before["channel"]) + 1  # type: ignore[arg-type]
    desk = open_desk(resolve_paths(coordinator, environ={}))  # the next start
    try:
        assert _imported_rows(coordinator) == 0
        assert _seen(desk) == NOTHING
        assert not list(coordinator.glob(".ido-import-*"))  # its stage file is gone too
        # nothing stays: no location, no trusted key, no list codes, no history
        assert everything(coordinator) == before
        result = import_files(desk, [file], confirm_key=yes)[0]
        assert result.ok, result.message
        assert (result.new, result.updated) == (VISITS, 0)
        assert _seen(desk)["list"] == (VISITS, VISITS)
    finally:
        desk.close()


def test_a_second_import_waits_for_the_one_applying_then_goes_ahead(
    coordinator: Path, file: Path, paused: subprocess.Popen[str], tmp_path: Path
) -> None:
    """One import applies at a time: a second one (another branch) waits while the first is
    between its chunks, and neither can be undone meanwhile; then both are in."""
    other = open_desk(resolve_paths(tmp_path / "other-branch", environ={}))
    set_location(other, DELFT_ZUID)
    log(other, datetime(2026, 10, 5, 11, 0), "belastingen")
    other_file = export(other, tmp_path / "zuid.zip").path
    other.close()
    desk = open_desk(resolve_paths(coordinator, environ={}))
    try:
        applying = rows_at(coordinator, "SELECT id FROM import_history")[0][0]
        with pytest.raises(NotFound):  # not there yet: nothing to undo
            undo_import(desk, applying)
        results: list[object] = []
        second = threading.Thread(
            target=lambda: results.extend(import_files(desk, [other_file], confirm_key=yes))
        )
        second.start()
        second.join(timeout=2)
        assert second.is_alive()  # waiting for the first
        assert _seen(desk) == NOTHING
        paused.send_signal(signal.SIGCONT)
        assert paused.wait(timeout=60) == 0
        second.join(timeout=60)
        assert not second.is_alive()
        result = results[0]
        assert isinstance(result, ImportResult) and result.ok, result
        assert result.new == 1
        assert _seen(desk)["list"] == (VISITS + 1, VISITS + 1)
        assert _seen(desk)["history"] == 2
    finally:
        desk.close()


def rows_at(coordinator: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(coordinator / "ido-desk.sqlite")
    try:
        return list(connection.execute(sql))
    finally:
        connection.close()


def test_an_import_that_fails_while_it_applies_leaves_the_database_as_it_was(
    coordinator: Path, file: Path, before: dict[str, object], paused: subprocess.Popen[str]
) -> None:
    """The import itself rolls back (no restart): here its stage file vanished between two
    chunks (a cleaner that empties the folder), so its next chunk cannot be applied."""
    (stage,) = coordinator.glob(".ido-import-*.sqlite")
    stage.unlink()
    paused.send_signal(signal.SIGCONT)
    out, err = paused.communicate(timeout=60)
    assert paused.returncode != 0, out
    assert "Traceback" not in err, err
    assert everything(coordinator) == before
    desk = open_desk(resolve_paths(coordinator, environ={}))
    try:
        result = import_files(desk, [file], confirm_key=yes)[0]  # and it can be done again
        assert result.ok, result.message
        assert result.new == VISITS
    finally:
        desk.close()
