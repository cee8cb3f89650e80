"""``make screenshots``: the real window on a demo database, under Xvfb, at the screens library
PCs have (1366x768, 1280x1024, 1920x1080, each at scale 1 and 1.5, and 1920x1080 at 2), with
two questions open on Registreren. Writes docs/screenshot-<w>x<h>@<scale>.png and prints,
per size, where the window and its Save button ended up (``off-screen`` when they do not fit).

    python -m tools.screenshots [1366x768@1.5 dark en ...]   # all, or these (needs xvfb-run)
    python -m tools.screenshots --every-tab DIR 1366x768@1.5 1920x1080@2   # each tab and dialog
    python -m tools.screenshots --child DATA_DIR OUT.png   # one window, on the current display

``--every-tab`` writes tab<N>-<size>.png and the dialogs (edit, tally, location, PIN) to DIR
(not docs/): for looking at large text on every tab, as issue 11 asks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DIALOG_SIZES = {(1366, 768, 1.5)}  # the edit dialog and the tally sheet are shot here too
VARIANTS = {  # Registreren as the issue asks to show it: docs/registreren-<variant>-1366x768.png
    "dark": (1366, 768, 1.0),
    "en": (1366, 768, 1.0),
}
SIZES = [
    (1366, 768, 1.0),
    (1366, 768, 1.5),
    (1280, 1024, 1.0),
    (1280, 1024, 1.5),
    (1920, 1080, 1.0),
    (1920, 1080, 1.5),
    (1920, 1080, 2.0),
]


def scale_text(scale: float) -> str:
    return f"{scale:g}"


def make_demo(folder: Path) -> Path:
    """A branch with a year of demo visits and a morning of visits today."""
    from ido_desk.config import resolve_paths
    from ido_desk.demo import DemoSpec
    from ido_desk.demo import make_demo as fill
    from ido_desk.desk import open_desk
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.location import LocationInput, set_location
    from ido_desk.visits import record_visit

    paths = resolve_paths(folder, environ={})
    desk = open_desk(paths)
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
    fill(desk, DemoSpec(visits=2000, locations=2, months=12))
    now = desk.clock()
    today = [
        ("digid", "digid_activeren", "samen", 10),
        ("toeslagen", "huurtoeslag", "informatie", 15),
        ("belastingen", None, "samen", 30),
        ("aow_pensioen", None, "informatie", 5),
    ]
    for n, (topic, sub, help_code, minutes) in enumerate(today):
        started = now - timedelta(minutes=25 * (n + 1))
        if started.date() != now.date():
            continue
        record_visit(
            desk,
            VisitDraft(
                (QuestionDraft(topic, sub, help=help_code),),
                channel="balie",
                duration_min=minutes,
                started_at=started,
            ),
        )
    desk.close()
    return folder


def child(data_dir: Path, out: Path) -> int:
    """One window on the current display: two questions open, then the screen is saved."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from ido_desk.config import resolve_paths
    from ido_desk.desk import open_desk
    from ui.app import apply_look, build_main_window

    app = QApplication(sys.argv)
    variant = os.environ.get("IDO_SCREENSHOT_VARIANT", "")
    if variant == "dark":  # the system's theme is dark: the window follows it
        from ui.style import DARK, palette

        app.setPalette(palette(DARK))
    elif variant == "en":
        from ui.app import install_language

        install_language(app, "en")
    apply_look(app)
    desk = open_desk(resolve_paths(data_dir, environ={}))
    window = build_main_window(desk)
    window.show()
    report: list[str] = []

    def two_questions() -> None:
        panel = window.log_panel
        QTest.keyClick(panel, Qt.Key.Key_1)  # DigiD: its sub-topics open
        panel.add_question()  # Ins (no window manager here to make the window active)
        second = panel.editors[-1]
        QTest.keyClick(second, Qt.Key.Key_3)  # Toeslagen: its sub-topics too
        # the question being edited in view, as the focus brings it there in the real window
        QTimer.singleShot(300, lambda: panel.questions_area.scroll_to(second))
        QTimer.singleShot(800, grab)

    def grab() -> None:
        screen = window.screen()
        room = screen.geometry()
        frame = window.frameGeometry()
        save = window.log_panel.save_button
        corner = save.mapToGlobal(save.rect().bottomRight())
        seen = save.visibleRegion().boundingRect()
        report.append(
            f"screen {room.width()}x{room.height()} (logical), window "
            f"{frame.width()}x{frame.height()} at {frame.x()},{frame.y()}"
            f"{' maximised' if window.isMaximized() else ''}; "
            f"Save {'visible' if seen.size() == save.size() else 'partly hidden'}"
            f"{'' if room.contains(corner) else ', off-screen'}"
        )
        QGuiApplication.primaryScreen().grabWindow(0).save(str(out))
        if os.environ.get("IDO_SCREENSHOT_TABS"):
            QTimer.singleShot(0, lambda: tab_shot(1))
        elif os.environ.get("IDO_SCREENSHOT_DIALOGS"):
            QTimer.singleShot(0, edit_dialog)
        else:
            finish()

    def tab_shot(index: int) -> None:
        if index >= window.tabs.count():
            window.show_tab(0)
            QTimer.singleShot(0, edit_dialog)
            return
        window.show_tab(index)

        def grab_tab() -> None:
            bar = window.tabs.tabBar()
            hidden = [
                n
                for n in range(bar.count())
                if not window.rect().contains(bar.mapTo(window, bar.tabRect(n).topRight()))
            ]
            report.append(f"tab {index}: tabs out of view {hidden}")
            shot = out.with_name(out.name.replace("screenshot-", f"tab{index}-"))
            QGuiApplication.primaryScreen().grabWindow(0).save(str(shot))
            tab_shot(index + 1)

        QTimer.singleShot(600, grab_tab)

    def finish() -> None:
        window.log_panel.reset_form()  # no "close without saving?" question for a picture
        window.close()
        app.quit()

    def dialog_shot(dialog: QWidget, name: str) -> None:
        from PySide6.QtWidgets import QAbstractButton

        buttons = dialog.findChildren(QAbstractButton)
        save = getattr(dialog, "save_button", None) or buttons[-1]
        corner = save.mapToGlobal(save.rect().bottomRight())
        fits = window.screen().geometry().contains(corner)
        report.append(
            f"{name}: {dialog.width()}x{dialog.height()}, Save "
            f"{'in view' if fits else 'off-screen'}"
        )
        shot = out.with_name(out.name.replace("screenshot-", f"screenshot-{name}-"))
        QGuiApplication.primaryScreen().grabWindow(0).save(str(shot))

    def edit_dialog() -> None:
        day_list = window.log_panel.day_list
        day_list.open_visit(day_list.model.index(0, 0))
        dialog = day_list.dialog
        assert dialog is not None
        dialog.add_question()
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_3)
        QTimer.singleShot(800, lambda: (dialog_shot(dialog, "edit"), dialog.reject(), tally()))

    def tally() -> None:
        window.log_panel.open_batch()
        dialog = window.log_panel.batch_dialog
        assert dialog is not None
        QTest.keyClick(dialog, Qt.Key.Key_1)
        after = setup_dialog if os.environ.get("IDO_SCREENSHOT_TABS") else finish
        QTimer.singleShot(800, lambda: (dialog_shot(dialog, "tally"), dialog.reject(), after()))

    def setup_dialog() -> None:
        from ui.pin_dialog import SetPinDialog
        from ui.setup_dialog import SetupDialog

        location = SetupDialog(desk, parent=window)
        location.open()

        def pin() -> None:
            dialog_shot(location, "location")
            location.reject()
            dialog = SetPinDialog(desk, window)
            dialog.open()
            QTimer.singleShot(600, lambda: (dialog_shot(dialog, "pin"), dialog.reject(), finish()))

        QTimer.singleShot(800, pin)

    QTimer.singleShot(1500, two_questions)
    app.exec()
    window.detach()
    desk.close()
    print("\n".join(report) if report else "no screenshot", flush=True)
    return 0 if report else 1


def main() -> int:
    if shutil.which("xvfb-run") is None:
        print("xvfb-run ontbreekt: apt-get install -y xvfb", file=sys.stderr)
        return 2
    target = DOCS
    only = sys.argv[1:]  # e.g. 1366x768@1.5: just these sizes
    every_tab = bool(only) and only[0] == "--every-tab"
    if every_tab:
        target, only = Path(only[1]), only[2:]
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ido-screens-") as folder:
        data_dir = make_demo(Path(folder) / "data")
        shots = [(size, "") for size in SIZES]
        if not every_tab:
            shots += [(size, name) for name, size in VARIANTS.items()]
        for (width, height, scale), variant in shots:
            size = f"{width}x{height}@{scale_text(scale)}"
            if only and (variant or size) not in only:
                continue
            (data_dir / "window.ini").unlink(missing_ok=True)  # each size as a first start
            out = target / f"screenshot-{size}.png"
            if variant:
                out = target / f"registreren-{variant}-{width}x{height}.png"
            env = {**os.environ, "QT_SCALE_FACTOR": scale_text(scale), "QT_QPA_PLATFORM": "xcb"}
            env["IDO_SCREENSHOT_VARIANT"] = variant
            env.pop("IDO_DESK_DATA_DIR", None)
            if (width, height, scale) in DIALOG_SIZES and not variant:
                env["IDO_SCREENSHOT_DIALOGS"] = "1"
            if every_tab:
                env["IDO_SCREENSHOT_TABS"] = "1"
            done = subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "-s",
                    f"-screen 0 {width}x{height}x24",
                    sys.executable,
                    "-m",
                    "tools.screenshots",
                    "--child",
                    str(data_dir),
                    str(out),
                ],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            lines = [line for line in done.stdout.splitlines() if line.strip()]
            print(f"{out.name}: {'; '.join(lines) or done.stderr.strip()[-300:]}", flush=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        sys.exit(child(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(main())
