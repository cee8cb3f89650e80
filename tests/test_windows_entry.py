"""The windowed program (issue 14 item 6): started as Windows starts a windowed executable,
with stdin, stdout and stderr set to None, it opens the window and closes cleanly; reading
from the missing console says so in Dutch instead of raising AttributeError."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ido_desk.desk import Desk
from ido_desk.gui_main import NO_CONSOLE, give_missing_streams

# Runs in a fresh interpreter: the streams are taken away before anything of ours is imported,
# then the windowed entry point opens the window; a timer closes it once the main window shows.
WINDOWED = textwrap.dedent(
    """
    import sys
    report = open(sys.argv[1], "w", encoding="utf-8")
    sys.stdin = sys.stdout = sys.stderr = None
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    ticks = []
    def look():
        ticks.append(1)
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        names = sorted(type(w).__name__ for w in shown)
        if "MainWindow" in names or len(ticks) > 300:
            app.quit()
            timer.stop()
            report.write(" ".join(names) + "\\n")
            # what libraries do: each raises AttributeError or RuntimeError on a None stream
            sys.stderr.write("written to a missing stderr")
            sys.stdout.flush()
            import faulthandler
            faulthandler.enable()
            try:
                sys.stdin.readline()
            except EOFError as exc:
                report.write(str(exc) + "\\n")
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    from ido_desk.gui_main import main
    code = main([])
    report.write(f"exit {code}\\n")
    report.close()
    """
)


def test_the_windowed_program_runs_without_standard_streams(desk: Desk, tmp_path: Path) -> None:
    data_dir = desk.paths.data_dir
    desk.close()
    report = tmp_path / "report.txt"
    env = {**os.environ, "IDO_DESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WINDOWED, str(report)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    shown, asked, code = report.read_text().splitlines()
    assert "MainWindow" in shown.split()
    assert asked == NO_CONSOLE
    assert code == "exit 0"
    # Python wrote nothing to the (missing) streams; Qt's own notes go to the C-level stderr
    assert "written to a missing" not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_reading_from_the_missing_console_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    give_missing_streams()
    assert sys.stdout.write("dropped") == len("dropped")
    print("dropped too", file=sys.stderr)
    with pytest.raises(EOFError) as caught:
        input()
    assert str(caught.value) == NO_CONSOLE
    assert not sys.stdin.isatty()


def test_real_streams_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    before = (sys.stdin, sys.stdout, sys.stderr)
    give_missing_streams()
    assert (sys.stdin, sys.stdout, sys.stderr) == before


def test_the_window_is_a_gui_script_and_the_cli_a_console_script() -> None:
    from importlib.metadata import entry_points

    gui = {e.name: e.value for e in entry_points(group="gui_scripts")}
    console = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert gui["ido-desk-window"] == "ido_desk.gui_main:main"
    assert console["ido-desk"] == "ido_desk.cli.main:main"
