"""Start-up: from process start to the first painted main window, for the real IDO Desk window
(``ui.app.build_main_window`` over a database with a location and a few thousand visits)
against a bare PySide6 QMainWindow with a comparable number of widgets (150 buttons and labels
in 5 tabs), in the same run.

Each start is a fresh ``python -m bench.startup --child KIND`` process with
QT_QPA_PLATFORM=offscreen. "Process start" is the wall-clock time taken by the parent just
before it spawns the child, so the interpreter's own start-up and every import count.
"First painted" is when the first QEvent.Paint of the main window has been handled: an event
filter on the window sees that event and posts a zero-timer, which fires after the paint pass
has finished; the child then prints the wall-clock time and quits. One start of each kind is a
warm-up (disk cache, the first-start-of-the-day backup) and is not counted; the counted starts
alternate between the two kinds.

Goal (issue 2): real / bare <= 1.5.

    python -m bench.startup [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RATIO = 1.5
BARE_TABS = 5
BARE_PER_TAB = 30  # 15 labels and 15 buttons a tab: 150 in all
DEMO_VISITS = 3000


# -- the child: one start, one window -----------------------------------------------------


def child(kind: str, data_dir: str) -> None:
    """Build and show one window; print the wall-clock time of its first finished paint and
    the number of widgets in it."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    desk = None
    if kind == "real":
        from ido_desk.config import resolve_paths
        from ido_desk.desk import open_desk
        from ui.app import build_main_window

        desk = open_desk(resolve_paths(data_dir, environ={}))
        window: QMainWindow = build_main_window(desk)
    else:
        window = bare_window()

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        stamp = time.time()
        widgets = len(window.findChildren(QWidget))
        print(f"{stamp:.6f} {widgets}", flush=True)
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    if desk is not None:
        desk.close()


def bare_window() -> object:
    from PySide6.QtWidgets import (
        QLabel,
        QMainWindow,
        QPushButton,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    window = QMainWindow()
    tabs = QTabWidget()
    for t in range(BARE_TABS):
        page = QWidget()
        layout = QVBoxLayout(page)
        for n in range(BARE_PER_TAB // 2):
            layout.addWidget(QLabel(f"Label {t}.{n}"))
            layout.addWidget(QPushButton(f"Knop {t}.{n}"))
        tabs.addTab(page, f"Tab {t}")
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    return window


# -- the parent: many starts, the figures -------------------------------------------------


def one_start(kind: str, data_dir: Path) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup", "--child", kind, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    lines = done.stdout.split()
    if done.returncode != 0 or len(lines) < 2:
        raise RuntimeError(f"{kind} start failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(lines[-2]) - began, int(lines[-1])


def demo_data_dir(folder: Path) -> Path:
    """A data folder with the Rijswijk location and a few thousand visits up to today."""
    from ido_desk.config import resolve_paths
    from ido_desk.demo import DemoSpec, make_demo
    from ido_desk.desk import open_desk
    from ido_desk.location import LocationInput, set_location

    desk = open_desk(resolve_paths(folder, environ={}))
    set_location(
        desk,
        LocationInput(
            name="Huis van de Stad",
            organisation="Bibliotheek Rijswijk",
            municipality="Rijswijk",
            cbs_code="GM0603",
            province="Zuid-Holland",
        ),
    )
    make_demo(desk, DemoSpec(visits=DEMO_VISITS, locations=1, seed=1, months=3))
    desk.close()
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--runs", type=int, default=9, help="counted starts of each kind")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return

    from bench.common import median, ms

    print(f"Opstarten: tot het eerste getekende hoofdvenster ({args.runs} starts elk, mediaan)")
    with tempfile.TemporaryDirectory(prefix="ido-startup-") as folder:
        data_dir = demo_data_dir(Path(folder))
        widgets = {kind: one_start(kind, data_dir)[1] for kind in ("bare", "real")}  # warm-up
        times: dict[str, list[float]] = {"bare": [], "real": []}
        for _ in range(args.runs):
            for kind in ("bare", "real"):
                times[kind].append(one_start(kind, data_dir)[0])
    bare, real = median(times["bare"]), median(times["real"])
    print(f"  kaal QMainWindow     {ms(bare)}  ({widgets['bare']} widgets)")
    print(f"  IDO Desk             {ms(real)}  ({widgets['real']} widgets, {DEMO_VISITS} bezoeken)")
    print(f"  spreiding kaal {ms(min(times['bare']))} - {ms(max(times['bare']))}")
    print(f"  spreiding IDO  {ms(min(times['real']))} - {ms(max(times['real']))}")
    verdict = "gehaald" if real / bare <= GOAL_RATIO else "NIET gehaald"
    print(f"  verhouding {real / bare:.2f} x (doel <= {GOAL_RATIO}: {verdict})")


if __name__ == "__main__":
    main()
