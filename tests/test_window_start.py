"""The window's start: ready for input over the Registreren tab before the start-of-day chores,
which then run off the GUI thread and still do their work; and a start path that loads none of
the heavy modules (the ORM, Alembic, ReportLab, openpyxl, cryptography)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ido_desk.backup import DAILY, list_backups
from ido_desk.config import Paths
from ido_desk.desk import Desk, local_now
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.conftest import Clock, cli_environment
from tests.db_helpers import rows
from ui.app import run_window
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
    at_ready: list[object] = []
    at_close: list[object] = []

    def ready(window: MainWindow) -> None:
        # the form takes keys now; the backup and the erasure have not run yet
        at_ready.extend([backups_of_today(paths), rows(desk, "SELECT note FROM visit")])
        at_ready.append(window.log_panel.isVisible())
        QTimer.singleShot(0, lambda: wait_then_close(window))

    def wait_then_close(window: MainWindow) -> None:
        if window.delivery_notice is None:  # added once the chores are done
            QTimer.singleShot(20, lambda: wait_then_close(window))
            return
        QTimer.singleShot(0, lambda: read_then_close(window))  # after the count it started

    def read_then_close(window: MainWindow) -> None:
        at_close.append(window.tabs.tabText(NATIONAL_FORM))
        window.close()

    watcher = WhenReady(ready)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        assert run_window(paths) == 0
    finally:
        app.removeEventFilter(watcher)
    assert at_ready == [[], [("belt morgen terug",)], True]
    assert at_close == ["Landelijk formulier (1)"]
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
                found["ready"] = loaded(HEAVY)
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
    painted before SQLAlchemy is loaded, and when the window is ready for input none of the
    heavy modules is in ``sys.modules``."""
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
    assert result == {"code": 0, "painted": [], "ready": []}
