"""The window's start: ready for input over the Registreren tab before the start-of-day chores,
which then run off the GUI thread and still do their work; and a start path that loads none of
the heavy modules (the ORM, Alembic, ReportLab, openpyxl, cryptography)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from db.schema_head import HEAD_REVISION
from ido_desk.backup import DAILY, list_backups, make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk, local_now
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.conftest import Clock, cli_environment
from tests.db_helpers import rows
from tests.form_keys import SAVE, press
from tests.test_first_read import OLDER
from tests.test_migrations import at_revision
from tests.ui_helpers import when_modal
from ui.app import EXIT_STORAGE, run_window
from ui.error_hook import LOG_FILE
from ui.main_window import NATIONAL_FORM, MainWindow

HEAVY = ("sqlalchemy.orm", "alembic", "reportlab", "openpyxl", "cryptography")


class WhenReady(QObject):
    """Calls ``then(window)`` the moment the program's main window says it is ready."""

    def __init__(self, then) -> None:
        super().__init__()
        self.then = then
        self.seen: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, MainWindow)
            and id(watched) not in self.seen
        ):
            self.seen.add(id(watched))
            watched.ready.connect(lambda: self.then(watched))
        return False


def backups_of_today(paths: Paths) -> list[Path]:
    today = local_now().date()
    return [b.path for b in list_backups(paths) if b.kind == DAILY and b.made_at.date() == today]


def test_the_window_is_ready_before_the_days_chores_which_still_run(
    qtbot, desk: Desk, paths: Paths
) -> None:
    yesterday = Clock(local_now() - timedelta(days=1))
    desk.clock = yesterday
    old = VisitDraft(
        questions=(QuestionDraft("digid_activeren"),),
        started_at=yesterday.now - timedelta(days=40),
        note="belt morgen terug",
        duration_min=10,
    )
    visit = record_visit(desk, old)
    assert backups_of_today(paths) == []

    def ready(window: MainWindow) -> list[object]:
        # the form takes keys now; the backup and the erasure have not run yet
        return [backups_of_today(paths), rows(desk, "SELECT note FROM visit")]

    def closing(window: MainWindow) -> list[object]:
        return [window.tabs.tabText(NATIONAL_FORM)]  # after the count the chores started

    seen = run_and_note(paths, ready, closing)
    assert seen == [[], [("belt morgen terug",)], "Landelijk formulier (1)"]
    assert len(backups_of_today(paths)) == 1  # the chores ran, off the GUI thread
    assert rows(desk, "SELECT id, note FROM visit") == [(visit, None)]


CHILD = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from ido_desk.cli.main import main

app = QApplication(sys.argv[:1])
HEAVY = json.loads(sys.argv[2])
found = {}

def loaded(names):
    return sorted(m for m in names if m in sys.modules)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if not isinstance(watched, QMainWindow):
            return False
        if event.type() == QEvent.Type.Show and "shown" not in found:
            found["shown"] = True
            def ready():
                found["ready"] = loaded(["sqlalchemy", *HEAVY])
                QTimer.singleShot(0, watched.close)
            watched.ready.connect(ready)
        if event.type() == QEvent.Type.Paint and "painted" not in found:
            found["painted"] = loaded(["sqlalchemy", *HEAVY])
        return False

watch = Watch()
app.installEventFilter(watch)
code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "painted": found.get("painted"), "ready": found.get("ready")}))
"""


def test_the_start_path_loads_no_heavy_module(desk: Desk, paths: Paths) -> None:
    """The real start (``ido-desk`` without a command) in a fresh interpreter: the frame is
    painted before SQLAlchemy is loaded, and when the window is ready for input (built from
    the first read, ``ido_desk.first_read``) neither SQLAlchemy nor any of the heavy modules
    is in ``sys.modules`` (on a server: SQLAlchemy's Core, none of the heavy ones)."""
    env = {**cli_environment(paths), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(paths.data_dir), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # on a server the database is opened the normal way before the form: SQLAlchemy, no more
    ready = [] if paths.database_file is not None else ["sqlalchemy"]
    assert result == {"code": 0, "painted": [], "ready": ready}


def run_and_note(
    paths: Paths,
    at_ready: Callable[[MainWindow], list[object]],
    at_close: Callable[[MainWindow], list[object]] = lambda window: [window.desk.is_open],
) -> list[object]:
    """Run the window and note what ``at_ready(window)`` sees the moment the window is ready
    for input (the Registreren tab shown), then what ``at_close`` sees once the day's chores
    are done (and the national form's count they start), just before the window closes."""
    seen: list[object] = []

    def ready(window: MainWindow) -> None:
        seen.extend(at_ready(window))
        assert window.log_panel.isVisible()
        QTimer.singleShot(0, lambda: close_after_the_chores(window))

    def close_after_the_chores(window: MainWindow) -> None:
        if window.delivery_notice is None:  # added once the chores are done
            QTimer.singleShot(20, lambda: close_after_the_chores(window))
            return
        QTimer.singleShot(0, lambda: close(window))

    def close(window: MainWindow) -> None:
        seen.extend(at_close(window))
        window.close()

    watcher = WhenReady(ready)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        assert run_window(paths) == 0
    finally:
        app.removeEventFilter(watcher)
    return seen


@pytest.mark.sqlite_only("the first read reads a SQLite file")
def test_a_save_pressed_as_the_window_is_ready_waits_for_the_database(
    qtbot, desk: Desk, paths: Paths
) -> None:
    """The form is built from the first read, before the database is opened; "1" and
    Ctrl+Enter pressed at that moment open it, and the visit is stored once."""
    record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),)))
    desk.close()

    def type_and_save(window: MainWindow) -> list[object]:
        assert window.desk is not None
        opened_at_ready = window.desk.is_open
        today = window.log_panel.day_list.model.rowCount()
        press(qtbot, window, "1", SAVE)
        return [opened_at_ready, today, window.desk.is_open, window.log_panel.status.text()]

    def logs_to_the_file(window: MainWindow) -> list[object]:
        target = str(paths.data_dir / LOG_FILE)
        files = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        for handler in files:  # (the test's own: not left behind for the next test)
            logging.getLogger().removeHandler(handler)
            handler.close()
        return [
            window.desk is not None and window.desk.is_open,
            target in {h.baseFilename for h in files},
        ]

    seen = run_and_note(paths, type_and_save, logs_to_the_file)
    [opened_at_ready, today, opened_by_save, status, open_at_close, logged] = seen
    assert (opened_at_ready, today, opened_by_save, open_at_close) == (False, 1, True, True)
    assert logged  # the error log file, attached once the window was ready
    assert status.startswith("Opgeslagen") and "DigiD" in status
    assert sorted(
        t
        for (t,) in rows(
            desk, "SELECT topic.code FROM question JOIN topic ON topic.id = question.topic_id"
        )
    ) == ["belastingen", "digid"]
    assert len(backups_of_today(paths)) == 1  # the chores ran after it, as always


@pytest.mark.sqlite_only("the first read reads a SQLite file")
def test_a_database_not_at_head_opens_the_normal_way_and_is_upgraded(
    qtbot, desk: Desk, paths: Paths
) -> None:
    visit = record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),)))
    desk.close()
    at_revision(paths, OLDER, step=command.downgrade)

    seen = run_and_note(paths, lambda window: [window.desk.is_open, window.windowTitle()])
    assert seen == [True, "IDO Desk — Bibliotheek Rijswijk, Huis van de Stad", True]
    assert rows(desk, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert len(list(paths.backup_dir.glob(f"*voor-upgrade-{OLDER}*"))) == 1
    assert rows(desk, "SELECT id FROM visit") == [(visit,)]


@pytest.mark.sqlite_only("an empty SQLite file")
def test_an_empty_database_file_is_refused_as_before(qtbot, desk: Desk, paths: Paths) -> None:
    record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),)))
    make_backup(desk)
    desk.close()
    assert paths.database_file is not None
    paths.database_file.write_bytes(b"")
    told: list[str] = []

    def note_and_close(dialog: QWidget) -> None:
        told.append(dialog.windowTitle())
        dialog.close()

    when_modal(note_and_close)
    ready: list[MainWindow] = []
    watcher = WhenReady(ready.append)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        assert run_window(paths) == EXIT_STORAGE
    finally:
        app.removeEventFilter(watcher)
    assert told and ready == []
    assert paths.database_file.stat().st_size == 0  # nothing was made of it


@pytest.mark.sqlite_only("the first read reads a SQLite file")
def test_a_visit_logged_elsewhere_between_the_first_read_and_the_opening_is_listed(
    qtbot, desk: Desk, paths: Paths
) -> None:
    """Another program (the CLI, a second desk) logs a visit after the first read and before
    the window opened the database: its watch on other programs' writes was not running yet,
    so the list is read once more when it starts."""
    record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),)))

    def log_elsewhere(window: MainWindow) -> list[object]:
        rows_at_ready = window.log_panel.day_list.model.rowCount()
        record_visit(desk, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
        return [rows_at_ready]

    seen = run_and_note(
        paths, log_elsewhere, lambda window: [window.log_panel.day_list.model.rowCount()]
    )
    assert seen == [1, 2]
