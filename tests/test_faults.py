"""Faults: a read-only folder, a full disk, a locked database, a damaged file. The user gets a
clear Dutch message (never a traceback), nothing half is stored, the draft can be saved once
the problem is gone, and a damaged database leads to the newest good backup."""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

import db.engine
from db.errors import CorruptDatabase, DatabaseLocked, DiskFull, ReadOnlyDatabase
from ido_desk.backup import make_backup, newest_good_backup
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.location import set_location
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visit_reading import day_totals, list_visits
from ido_desk.visits import record_batch, record_visit
from tests.conftest import RIJSWIJK
from ui.messages import UNEXPECTED, user_message

DRAFT = VisitDraft(
    questions=(QuestionDraft("digid_activeren"), QuestionDraft("toeslagen")),
    duration_min=10,
    note="kwam terug voor de machtiging " + "x" * 400,
)


def fresh(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def whole(path: Path) -> None:
    """Every visit has its questions, every question its visit, and the check says ok."""
    assert fresh(path, "PRAGMA integrity_check") == [("ok",)]
    orphans = "SELECT count(*) FROM visit WHERE id NOT IN (SELECT visit_id FROM question)"
    assert fresh(path, orphans) == [(0,)]


# -- full disk ----------------------------------------------------------------------------


@pytest.mark.sqlite_only("a full disk under the SQLite file")
def test_a_full_disk_says_so_and_stores_nothing_half(desk: Desk, clock) -> None:
    assert desk.db.path is not None
    pages = fresh(desk.db.path, "PRAGMA page_count")[0][0]

    def cap(dbapi_connection, _record) -> None:  # the disk fills up 3 pages from now
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")

    desk.db.dispose()
    event.listen(desk.db.engine, "connect", cap)
    saved = 0
    with pytest.raises(DiskFull) as raised:
        for _ in range(500):
            record_visit(desk, DRAFT)
            saved += 1
    assert raised.value.message.startswith("De schijf is vol: de registratie kon niet")
    assert user_message(raised.value) == raised.value.message
    assert saved > 0
    assert fresh(desk.db.path, "SELECT count(*) FROM visit") == [(saved,)]
    whole(desk.db.path)
    # room again: the same draft (what the user typed) is saved
    event.remove(desk.db.engine, "connect", cap)
    desk.db.dispose()
    record_visit(desk, DRAFT)
    assert fresh(desk.db.path, "SELECT count(*) FROM visit") == [(saved + 1,)]


# -- locked -------------------------------------------------------------------------------


@pytest.fixture
def short_busy_timeout(desk: Desk, monkeypatch) -> Desk:
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 200)
    desk.db.dispose()  # new connections get the short timeout
    return desk


@pytest.mark.sqlite_only("SQLite's file lock")
def test_a_locked_database_says_so_and_the_save_works_later(short_busy_timeout: Desk) -> None:
    desk = short_busy_timeout
    assert desk.db.path is not None
    record_visit(desk, DRAFT)
    other = sqlite3.connect(desk.db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as raised:
            record_visit(desk, DRAFT)
        assert "in gebruik bij een ander programma" in user_message(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert fresh(desk.db.path, "SELECT count(*) FROM visit") == [(1,)]
    record_visit(desk, DRAFT)
    assert fresh(desk.db.path, "SELECT count(*) FROM visit") == [(2,)]


# -- read-only ----------------------------------------------------------------------------


@pytest.mark.sqlite_only("a read-only SQLite file")
def test_a_read_only_database_says_so(paths: Paths, desk: Desk) -> None:
    """The file opened read-only (SQLite's own read-only mode gives the same error as a file
    without write permission): reading works, saving says what is wrong."""
    assert desk.db.path is not None
    kept = record_visit(desk, DRAFT)
    desk.close()
    url = f"sqlite:///file:{desk.db.path}?mode=ro&uri=true"
    read_only = open_desk(Paths(data_dir=paths.data_dir, database_url=url))
    try:
        assert [v.id for v in list_visits(read_only, read_only.clock().date())] == [kept]
        with pytest.raises(ReadOnlyDatabase) as raised:
            record_visit(read_only, DRAFT)
        assert "alleen-lezen" in user_message(raised.value)
    finally:
        read_only.close()


def drop_root_override() -> None:
    """In the child, before exec: root without the capabilities that ignore permissions
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER), so a read-only folder binds it too."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.fixture
def read_only_folder() -> Iterator[Path]:
    """A data folder nobody may write to (the program runs without root's override)."""
    folder = Path(tempfile.mkdtemp(prefix="ido-ro-"))
    folder.chmod(0o755)
    data = folder / "data"
    desk = open_desk(resolve_paths(data, environ={}))
    set_location(desk, RIJSWIJK)
    record_visit(desk, DRAFT)
    desk.close()
    for path in data.iterdir():
        path.chmod(0o444)
    data.chmod(0o555)
    yield data
    data.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_folder_is_explained_not_a_traceback(read_only_folder: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "IDO_DESK_DATA_DIR": str(read_only_folder),
        "PYTHONPATH": str(root),
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": str(read_only_folder),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ido_desk.cli.main", "log", "--topic", "digid"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        preexec_fn=drop_root_override if os.geteuid() == 0 else None,
    )
    assert done.returncode == 4, done.stderr
    assert "de map of het bestand is alleen-lezen" in done.stderr
    assert "Traceback" not in done.stderr
    assert fresh(read_only_folder / "ido-desk.sqlite", "SELECT count(*) FROM visit") == [(1,)]


# -- damaged ------------------------------------------------------------------------------


def damage_pages(path: Path, first_page: int, count: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(4096 * first_page)
        handle.write(os.urandom(4096 * count))


@pytest.mark.sqlite_only("damaged pages of the SQLite file")
def test_a_damaged_file_is_found_at_the_daily_check_and_a_backup_offered(
    paths: Paths, desk: Desk, clock
) -> None:
    assert paths.database_file is not None
    record_batch(
        desk,
        300,
        clock.now.date() - timedelta(days=1),
        VisitDraft(questions=(QuestionDraft("digid"),)),
    )
    good = make_backup(desk)
    desk.close()
    fresh(paths.database_file, "PRAGMA wal_checkpoint(TRUNCATE)")
    pages = paths.database_file.stat().st_size // 4096
    damage_pages(paths.database_file, pages - 6, 5)  # the visits' newest pages
    tomorrow = clock.now + timedelta(days=1)
    with pytest.raises(CorruptDatabase) as raised:
        open_desk_for_the_day(paths, clock=lambda: tomorrow)
    assert "beschadigd" in user_message(raised.value)
    assert newest_good_backup(paths) == good  # what the window offers to put back


@pytest.mark.sqlite_only("damaged pages of the SQLite file")
def test_a_damaged_page_met_while_working_is_explained(paths: Paths, desk: Desk, clock) -> None:
    assert paths.database_file is not None
    record_batch(
        desk,
        300,
        clock.now.date() - timedelta(days=1),
        VisitDraft(questions=(QuestionDraft("digid"),)),
    )
    make_backup(desk)  # today's backup is made: no check at the next start today
    desk.close()
    fresh(paths.database_file, "PRAGMA wal_checkpoint(TRUNCATE)")
    # the last pages of the visits and questions and of their indexes: whichever the day's
    # counts read (a covering index answers without the table since migration 0008)
    with sqlite3.connect(paths.database_file) as connection:
        trees = connection.execute(
            "SELECT name, pageno FROM dbstat WHERE name LIKE 'visit%' OR name LIKE 'question%' "
            "OR name LIKE 'ix_visit%' OR name LIKE 'ix_question%' ORDER BY pageno"
        ).fetchall()
    for name in {name for name, _ in trees}:
        for page in [n for tree, n in trees if tree == name][-3:]:
            damage_pages(paths.database_file, page - 1, 1)
    working = open_desk(paths, clock=clock)
    try:
        with pytest.raises(CorruptDatabase) as raised:
            day_totals(working, clock.now.date())
            list_visits(working, clock.now.date(), limit=1000)
        assert user_message(raised.value) == (
            "Het bestand met de gegevens is beschadigd. Zet een back-up terug: in het venster via "
            "Instellingen > Back-ups, of met 'ido-desk restore --newest'."
        )
    finally:
        working.close()


@pytest.mark.sqlite_only("garbage in place of the SQLite file")
def test_garbage_instead_of_a_database(paths: Paths, desk: Desk, cli) -> None:
    assert paths.database_file is not None
    desk.close()
    paths.database_file.write_bytes(os.urandom(50_000))
    with pytest.raises(CorruptDatabase):
        open_desk(paths)
    done = cli("visits")
    assert done.returncode == 4
    assert "beschadigd" in done.stderr and "Traceback" not in done.stderr


# -- the messages -------------------------------------------------------------------------


def test_an_unexpected_error_gets_the_general_dutch_message() -> None:
    assert user_message(ZeroDivisionError("division by zero")) == UNEXPECTED
    assert "Traceback" not in UNEXPECTED and "division" not in UNEXPECTED


# -- the window's last line of defence ----------------------------------------------------


def test_the_error_hook_logs_the_traceback_and_shows_dutch(
    qtbot, paths: Paths, monkeypatch
) -> None:
    import logging

    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from ui.error_hook import LOG_FILE, install_error_hook

    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    before = list(logging.getLogger().handlers)
    install_error_hook(lambda: window, paths.data_dir)
    try:
        try:
            {}["geheime_interne_naam"]
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next(b for b in boxes if b.objectName() == "errorHookMessage" and b.isVisible())
        assert box.text().startswith(UNEXPECTED)
        assert "Traceback" not in box.text() and "geheime_interne_naam" not in box.text()
        assert str(paths.data_dir / LOG_FILE) in box.text()
        try:  # a second error while the message is up: logged, no second message
            raise DiskFull("De schijf is vol: de registratie kon niet worden bewaard.")
        except DiskFull as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        assert [b.isVisible() for b in visible].count(True) == 1
        box.accept()
        logged = (paths.data_dir / LOG_FILE).read_text(encoding="utf-8")
        assert "Traceback" in logged and "geheime_interne_naam" in logged and "DiskFull" in logged
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_the_error_hook_speaks_again_after_its_window_has_gone(
    qtbot, paths: Paths, monkeypatch
) -> None:
    """A message whose window was closed and deleted (a test's window, the window before a
    restart) is gone with it: the next error gets a message of its own, not the hook's own
    fall-back to a traceback on stderr because it asked the deleted message whether it shows."""
    import logging

    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from ui.error_hook import install_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = list(logging.getLogger().handlers)
    shown: list[str] = []
    try:
        for n in range(2):
            window = QWidget()
            install_error_hook(lambda window=window: window, paths.data_dir)
            try:
                raise DiskFull(f"De schijf is vol ({n}).")
            except DiskFull as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
            shown += [b.text() for b in boxes if b.isVisible()]
            window.deleteLater()  # its message with it
            qtbot.waitUntil(
                lambda: (
                    not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
                )
            )
    finally:
        for handler in logging.getLogger().handlers:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert shown == ["De schijf is vol (0).", "De schijf is vol (1)."]


def test_a_storage_error_in_the_window_gets_its_own_message(qtbot, paths: Paths) -> None:
    from ui.error_hook import message_for

    error = ReadOnlyDatabase(
        "De database kan niet worden beschreven (alleen-lezen map of bestand)."
    )
    assert message_for(error, paths.data_dir) == error.message


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace")
def test_a_read_error_at_start_is_not_called_damage(tmp_path: Path) -> None:
    """One failing read (EIO) at each of the first reads of ``log``: never "beschadigd" (that
    advice would roll the desk back), never a traceback, one line."""
    from bench.kill_points import fault_template, fault_trials

    template = fault_template(tmp_path)
    outcome = fault_trials(
        template, ("log", "--topic", "digid_activeren"), "pread64", "EIO", lambda *_: None, 8
    )
    assert outcome.trials == 8
    assert outcome.problems == []
