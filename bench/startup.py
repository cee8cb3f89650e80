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

The program's own packages are byte-compiled first, as an installed program has them (the
baselines' SQLAlchemy and PySide6 are, in site-packages); ``--from-source`` removes that
byte-code instead, so that under PYTHONDONTWRITEBYTECODE=1 every start compiles them.

Goals: first paint real / bare <= 1.5 (issue 2); ready for input real / bare <= 2.0 (issue 8).

Where the time to "ready" goes: the real start also names the modules outside Qt and ``ui``
that it loaded between its first paint and "ready" (SQLAlchemy, ``db``, ``ido_desk``, Alembic:
the core); a third kind of start, ``core``, loads just those after a bare QApplication and
prints how long that took.
"Ready minus the core" is what the window would reach if the Registreren form were built
before the core is loaded (an estimate: the same imports, in another process).

    python -m bench.startup [--runs N] [--from-source]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path

GOAL_RATIO = 1.5
READY_GOAL = 2.0
BARE_TABS = 5
BARE_PER_TAB = 30  # 15 labels and 15 buttons a tab: 150 in all
DEMO_VISITS = 3000
CORE_PACKAGES = ("sqlalchemy", "alembic", "db", "ido_desk")  # not Qt, not the window's own
CORE_MODULES = "IDO_DESK_BENCH_CORE"  # the core child's list of modules, comma-separated


# -- the child: one start, one window -----------------------------------------------------


def child(kind: str, data_dir: str) -> None:
    """One start. Prints the wall-clock times of the main window's first finished paint and of
    the moment it is ready for input, and the number of widgets in it.

    The real start is the real entry point, ``ido-desk --data-dir DIR``: the window paints its
    frame first and attaches the database after; "ready" is when the Registreren form is
    built (``MainWindow.ready``). The bare window is ready when it has painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    stamps: dict[str, float] = {}
    painted_with: set[str] = set()  # the core modules loaded by the first paint

    def finish(window: QMainWindow) -> None:
        stamps.setdefault("ready", time.time())
        widgets = len(window.findChildren(QWidget))
        if kind == "real":
            print("core:" + ",".join(sorted(set(core_modules()) - painted_with)))
        print(f"{stamps['paint']:.6f} {stamps['ready']:.6f} {widgets}", flush=True)
        app.quit()

    if kind == "core":
        began = time.time()
        for name in os.environ[CORE_MODULES].split(","):
            import_module(name)
        print(f"{time.time() - began:.6f}", flush=True)
        return

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
                and "paint" not in stamps
            ):
                window = watched

                def painted() -> None:
                    stamps["paint"] = time.time()
                    painted_with.update(core_modules())
                    if kind == "bare":
                        finish(window)

                QTimer.singleShot(0, painted)
                if kind == "real":
                    window.ready.connect(  # type: ignore[attr-defined]
                        lambda: QTimer.singleShot(0, lambda: finish(window))
                    )
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if kind == "real":
        from ido_desk.cli.main import main as ido_desk

        ido_desk(["--data-dir", data_dir])
    else:
        window = bare_window()
        window.show()  # type: ignore[attr-defined]
        app.exec()


def core_modules() -> list[str]:
    return [name for name in sys.modules if name.split(".")[0] in CORE_PACKAGES]


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


def spawn(kind: str, data_dir: Path, core: str = "") -> tuple[float, list[str]]:
    """One child: the wall-clock time just before it was spawned, and its words on stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", CORE_MODULES: core}
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup", "--child", kind, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    words = done.stdout.split()
    if done.returncode != 0 or not words:
        raise RuntimeError(f"{kind} start failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return began, words


def one_start(kind: str, data_dir: Path) -> tuple[float, float, int]:
    began, words = spawn(kind, data_dir)
    return float(words[-3]) - began, float(words[-2]) - began, int(words[-1])


def core_of_a_real_start(data_dir: Path) -> str:
    """The core modules a real start loaded between its first paint and "ready"."""
    _began, words = spawn("real", data_dir)
    return next(w for w in words if w.startswith("core:")).removeprefix("core:")


def one_core_load(data_dir: Path, core: str) -> float:
    return float(spawn("core", data_dir, core)[1][-1])


def demo_data_dir(folder: Path) -> Path:
    """A data folder with the Rijswijk location and a few thousand visits up to today."""
    from bench.common import own_location_input
    from ido_desk.config import resolve_paths
    from ido_desk.demo import DemoSpec, make_demo
    from ido_desk.desk import open_desk
    from ido_desk.location import set_location

    desk = open_desk(resolve_paths(folder, environ={}))
    set_location(desk, own_location_input())
    make_demo(desk, DemoSpec(visits=DEMO_VISITS, locations=1, seed=1, months=3))
    desk.close()
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--runs", type=int, default=9, help="counted starts of each kind")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATA_DIR"), help=argparse.SUPPRESS)
    parser.add_argument("--from-source", action="store_true", help="no byte-code made first")
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return

    from bench.common import byte_compile_program, median, ms

    byte_compile_program(from_source=args.from_source)
    compiled = "uit de broncode" if args.from_source else "vooraf gecompileerd, zoals geïnstalleerd"
    print(f"Opstarten ({args.runs} starts elk, mediaan; {compiled})")
    with tempfile.TemporaryDirectory(prefix="ido-startup-") as folder:
        data_dir = demo_data_dir(Path(folder))
        widgets = {kind: one_start(kind, data_dir)[2] for kind in ("bare", "real")}  # warm-up
        core = core_of_a_real_start(data_dir)
        paint: dict[str, list[float]] = {"bare": [], "real": []}
        ready: dict[str, list[float]] = {"bare": [], "real": []}
        core_load: list[float] = []
        for _ in range(args.runs):
            for kind in ("bare", "real"):
                painted, usable, _widgets = one_start(kind, data_dir)
                paint[kind].append(painted)
                ready[kind].append(usable)
            core_load.append(one_core_load(data_dir, core))
    bare = median(paint["bare"])
    real_paint, real_ready = median(paint["real"]), median(ready["real"])
    print(f"  kaal QMainWindow, getekend        {ms(bare)}  ({widgets['bare']} widgets)")
    print(f"  IDO Desk, eerste tekening venster {ms(real_paint)}")
    print(
        f"  IDO Desk, klaar voor invoer       {ms(real_ready)}  "
        f"({widgets['real']} widgets, {DEMO_VISITS} bezoeken)"
    )
    print(f"  spreiding kaal {ms(min(paint['bare']))} - {ms(max(paint['bare']))}")
    print(f"  spreiding IDO klaar {ms(min(ready['real']))} - {ms(max(ready['real']))}")
    verdict = "gehaald" if real_paint / bare <= GOAL_RATIO else "NIET gehaald"
    print(
        f"  verhouding eerste tekening {real_paint / bare:.2f} x (doel <= {GOAL_RATIO}: {verdict})"
    )
    verdict = "gehaald" if real_ready / bare <= READY_GOAL else "NIET gehaald"
    print(
        f"  verhouding klaar voor invoer {real_ready / bare:.2f} x "
        f"(doel <= {READY_GOAL}: {verdict})"
    )
    loaded = median(core_load)
    print(
        f"  de kern laden (SQLAlchemy, db, ido_desk: {core.count(',') + 1} modules) "
        f"{ms(loaded)}  ({loaded / bare:.2f} x kaal)"
    )
    print(
        f"  klaar voor invoer min de kern (schatting) {ms(real_ready - loaded)}  "
        f"({(real_ready - loaded) / bare:.2f} x)"
    )


if __name__ == "__main__":
    main()
