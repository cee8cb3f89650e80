"""The window's ways back to a backup: the restore button counts what a restore would take
off the GUI thread, and the panel asks with that count; a database whose upgrade fails at
start offers the newest good backup, as a damaged one does; damage that only the daily
backup's whole check sees is told once the window is up, with what to do."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from db.migrate import head_revision
from ido_desk.backup import BEFORE_RESTORE, list_backups, make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import connect, rows_at, rows_in
from tests.test_main_window import wait_for_window_then_quit
from tests.ui_helpers import when_modal
from ui.app import run_window
from ui.corrupt_dialog import CorruptDialog
from ui.main_window import MainWindow

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)


def test_the_restore_button_counts_off_the_gui_thread_and_asks_with_the_count(
    qtbot, paths: Paths, desk: Desk, monkeypatch
) -> None:
    """Before, the check and the count (every visit of the live database against the backup)
    ran on the GUI thread: the window froze until the question came. Now the panel is busy at
    once, the count runs in the worker, and its result is the number the question names."""
    from ui import backup_panel

    counted_on: list[threading.Thread] = []
    real_plan = backup_panel.plan_restore

    def plan_and_note_the_thread(*args, **kwargs):
        counted_on.append(threading.current_thread())
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(backup_panel, "plan_restore", plan_and_note_the_thread)
    record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    record_visit(desk, DIGID)
    panel = backup_panel.BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.show()
    asked: list[str] = []
    enabled_while_asking: list[bool] = []

    def read_and_say_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        enabled_while_asking.append(panel.restore_button.isEnabled())
        box.button(QMessageBox.StandardButton.No).click()  # always answered: never a hang

    when_modal(read_and_say_no)
    panel.restore_file(backup.path)

    assert asked == []  # back at once: the window goes on while the worker counts
    assert not panel.restore_button.isEnabled() and not panel.backup_button.isEnabled()
    assert panel.status.text() == "De back-up wordt gecontroleerd…"
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert counted_on and all(t is not threading.main_thread() for t in counted_on)
    assert enabled_while_asking == [False]  # no second restore while asking
    assert "2 registratie(s) van nu staan niet in deze back-up" in asked[0]
    qtbot.waitUntil(panel.restore_button.isEnabled)
    assert panel.status.text() == ""
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(3,)]  # "Nee": nothing restored


def test_a_database_whose_upgrade_fails_offers_the_newest_good_backup(
    qtbot, paths: Paths, desk: Desk
) -> None:
    """A half-upgraded database (its tables ahead of its revision, as a crash mid-upgrade left
    it before upgrades were one transaction): the upgrade fails on a column that is already
    there. Before, the window only said "kan de database niet openen" and ended; now it says
    what happened, in Dutch, and offers the newest good backup, then opens the restored one."""
    kept = record_visit(desk, DIGID)
    make_backup(desk)
    later = record_visit(desk, DIGID)  # after the backup: kept in the replaced copy
    desk.close()
    with connect(paths) as connection:  # 0009 (saved_by) applied, its stamp not written
        connection.execute("UPDATE alembic_version SET version_num = '0008_report_index'")
    told: list[tuple[str, str]] = []

    def read_then_restore(dialog: QWidget) -> None:
        if not isinstance(dialog, CorruptDialog) or dialog.restore_button is None:
            told.append((dialog.windowTitle(), getattr(dialog, "text", lambda: "")()))
            dialog.close()  # never left open: the run would hang
            return
        told.append((dialog.windowTitle(), dialog.text.text()))
        dialog.restore_button.click()

    when_modal(read_then_restore)
    seen: list[str] = []
    wait_for_window_then_quit(seen)
    assert run_window(paths) == 0, told
    [(title, text)] = told
    assert title == "Gegevens niet bijgewerkt"
    assert "kon het bestand met de bezoeken niet bijwerken naar deze versie" in text
    assert "Er is niets aan veranderd" in text and "De nieuwste goede back-up is van" in text
    assert "already exists" not in text and "duplicate" not in text.lower()
    assert seen == ["IDO Desk — Bibliotheek Rijswijk, Huis van de Stad"]
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]
    [(revision,)] = rows_at(paths, "SELECT version_num FROM alembic_version")
    assert revision == head_revision()  # the backup, at the program's schema
    kept_copies = [b for b in list_backups(paths) if b.kind == BEFORE_RESTORE]
    assert len(kept_copies) == 1  # what it replaced (with the later visit) stays in the folder
    if paths.database_file is not None:  # a SQLite copy reads as it is (a dump would not)
        assert {later, kept} == {v for (v,) in rows_in(kept_copies[0].path, "SELECT id FROM visit")}


def damage_a_page_nobody_reads_at_start(database: Path) -> None:
    """Overwrite the root page of an index the start never reads (the import log's) with
    bytes that are no b-tree page, as a disk fault would: opening the database, the lists and
    the day's visits all read as usual; only a check of every page (integrity_check) sees it."""
    connection = sqlite3.connect(database)
    try:
        [(root,)] = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_import_change_import'"
        ).fetchall()
        [(size,)] = connection.execute("PRAGMA page_size").fetchall()
    finally:
        connection.close()  # the last connection: the -wal is checkpointed and removed
    assert not Path(f"{database}-wal").exists()
    with database.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xff" * size)


@pytest.mark.sqlite_only("a damaged page of the SQLite file (a server has no such file)")
def test_damage_the_daily_backup_finds_is_told_once_the_window_is_up(
    qtbot, paths: Paths, desk: Desk
) -> None:
    """The first start of a day: the window is ready, then the daily backup (off the GUI
    thread) finds its copy and then the database itself damaged. A Dutch message over the
    window says so and what to do (restore in Instellingen > Back-ups); the damaged copy is
    not kept as a backup, the database is left as it was."""
    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    desk.close()
    damage_a_page_nobody_reads_at_start(paths.database_file)
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]  # it reads as usual
    told: list[tuple[str, bool]] = []

    def main_window() -> MainWindow | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found else None

    def read_and_close(box: QWidget) -> None:
        window = main_window()
        up = window is not None and window.desk is not None and window.isVisible()
        told.append((getattr(box, "text", lambda: "")(), up))
        box.close()

    def close_once_the_chores_are_done() -> None:  # with or without a message: no hang
        window = main_window()
        if window is None or window.delivery_notice is None:
            QTimer.singleShot(20, close_once_the_chores_are_done)
            return
        window.close()

    when_modal(read_and_close)
    QTimer.singleShot(0, close_once_the_chores_are_done)
    assert run_window(paths) == 0
    [(text, window_was_up)] = told
    assert window_was_up  # told after the window was ready, not instead of it
    assert text.startswith("Het bestand met de gegevens is beschadigd.")
    assert "Zet een back-up terug" in text and "Instellingen > Back-ups" in text
    assert "\n" not in text and "malformed" not in text and "btree" not in text.lower()
    assert list_backups(paths) == []  # the failed copy is not taken for a backup
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]
