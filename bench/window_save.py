"""A save in the real window on a 5,000-visit database, with the other tabs built and hidden:
what a volunteer waits for after Ctrl+Enter (the write and today's list), how many database
sessions one save costs (including the national form's count in the tab title), and what
showing a hidden tab costs afterwards (the national form refreshes; it was rebuilt before).

    python -m bench.window_save [--saves N] [--visits N]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench.common import DEMO_NOW, cached_demo_database, copy_database, median, ms


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.window_save")
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--visits", type=int, default=5000)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from ido_desk.config import resolve_paths
    from ido_desk.desk import Desk
    from ui.app import build_main_window
    from ui.main_window import NATIONAL_FORM, OVERVIEW, REGISTER

    source = cached_demo_database(args.visits, 3)
    with tempfile.TemporaryDirectory(prefix="ido-window-save-") as folder:
        copy_database(source, Path(folder))
        now = [DEMO_NOW]
        desk = Desk(resolve_paths(Path(folder), environ={}), clock=lambda: now[0])
        app = QApplication.instance() or QApplication([])
        window = build_main_window(desk)
        window.show()
        for tab in (OVERVIEW, NATIONAL_FORM, REGISTER):  # built, then hidden behind the form
            window.show_tab(tab)
            app.processEvents()
        panel = window.log_panel
        if hasattr(panel, "save_guard_s"):
            panel.save_guard_s = 0
        sessions: list[int] = []
        event.listen(desk.db.engine, "checkout", lambda *_: sessions.append(1))
        waits, settled, counts, shows = [], [], [], []
        for n in range(args.saves + 1):
            now[0] = DEMO_NOW.replace(minute=n % 60)
            sessions.clear()
            began = time.perf_counter()
            QTest.keyClick(panel, Qt.Key.Key_1)
            QTest.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            saved = time.perf_counter()
            app.processEvents()  # the deferred count in the tab title
            done = time.perf_counter()
            if n:  # the first one warms the caches
                waits.append(saved - began)
                settled.append(done - began)
                counts.append(len(sessions))
            if n % 5 == 4:
                shown = time.perf_counter()
                window.show_tab(NATIONAL_FORM)
                app.processEvents()
                shows.append(time.perf_counter() - shown)
                window.show_tab(REGISTER)
                app.processEvents()
        window.close()
        desk.close()
    print(f"Opslaan in het venster ({args.saves} keer, {args.visits:,} bezoeken, mediaan)")
    print(f"  Ctrl+Enter tot de lijst klopt   {ms(median(waits)):>10}")
    print(f"  ... tot ook de titel klopt      {ms(median(settled)):>10}")
    print(f"  databasesessies per opslag      {median(counts):>10.0f}")
    print(f"  tab Landelijk formulier tonen   {ms(median(shows)):>10}  (na opslaan)")


if __name__ == "__main__":
    main()
