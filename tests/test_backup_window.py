"""Backups in the window: the backup panel (make, restore, refuse)."""

from __future__ import annotations

from datetime import timedelta

from ido_desk.backup import DAILY, list_backups, make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.startup import open_desk_for_user
from ido_desk.visits import record_visit
from tests.backup_helpers import DIGID, FILE_BACKUPS, visit_ids
from tests.ui_helpers import settings_section


def test_backup_panel_shows_the_last_backup_and_makes_one(qtbot, desk: Desk, clock) -> None:
    from PySide6.QtCore import Qt

    from ui.backup_panel import BackupPanel

    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.resize(640, 300)
    panel.show()
    if desk.new_installation:  # a new SQLite file; the PostgreSQL pass gets a migrated database
        assert panel.last.text().startswith("Er is nog geen back-up.")  # calm: none is due
    else:
        assert panel.last.text() == "Er is nog geen back-up gemaakt."
    with qtbot.waitSignal(panel.backup_made, timeout=10_000):
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.last.text() == "Laatste back-up: 3 november 2026 10:30, handmatig"
    assert panel.status.text().startswith("Back-up gemaakt en gecontroleerd:")
    assert len(list_backups(desk.paths)) == 1
    panel.grab().save("/tmp/backup_panel.png")
    clock.now += timedelta(days=3)
    panel.refresh()
    assert "Dat is lang geleden" in panel.last.text()


@FILE_BACKUPS
def test_backup_panel_restores_after_confirmation(qtbot, paths: Paths, desk: Desk) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui_helpers import click_message_button, when_modal
    from ui.backup_panel import BackupPanel

    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    when_modal(click_message_button(QMessageBox.StandardButton.No))
    with qtbot.waitSignal(panel.answered, timeout=10_000) as answered:
        panel.restore_file(backup.path)
        # the backup is checked and its visits counted off the GUI thread: the window
        # goes on meanwhile (it froze for seconds on a big database)
        assert panel.status.text() == "De back-up wordt gecontroleerd…"
        assert not panel.restore_button.isEnabled()
    assert answered.args == [False]  # "Nee": nothing happens
    assert len(visit_ids(paths.database_file)) == 2
    assert panel.restore_button.isEnabled()
    when_modal(click_message_button(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(panel.restored, timeout=10_000) as restored:
        panel.restore_file(backup.path)
    assert visit_ids(paths.database_file) == [kept]
    result = restored.args[0]
    assert len(visit_ids(result.replaced_copy)) == 2
    assert panel.status.text().startswith("Teruggezet. De gegevens van daarvoor zijn bewaard als")
    record_visit(desk, DIGID)  # the open desk goes on with the restored database
    assert len(visit_ids(paths.database_file)) == 2


@FILE_BACKUPS
def test_backup_panel_refuses_a_damaged_file_in_dutch(qtbot, paths: Paths, desk: Desk) -> None:
    from ui.backup_panel import BackupPanel

    junk = paths.data_dir / "kapot.sqlite"
    junk.write_bytes(b"\x00" * 5000)
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.restore_file(junk)
    qtbot.waitUntil(lambda: panel.status.text() != "De back-up wordt gecontroleerd…")
    assert panel.status.text().startswith("Deze back-up kan niet worden teruggezet:")


@FILE_BACKUPS
def test_the_panel_shows_the_start_of_day_backup_made_after_it_opened(
    qtbot, paths: Paths, desk: Desk, clock
) -> None:
    """The window is ready before the day's chores run (off the GUI thread): a manager who
    opens Instellingen > Back-ups at once sees "no backup yet", and then, when the daily
    backup is done, the panel says so by itself (it follows the "data changed" signal)."""
    from ui.app import start_the_day_in_background
    from ui.backup_panel import BackupPanel

    record_visit(desk, DIGID)
    day_two = open_desk_for_user(paths, clock=lambda: clock.now + timedelta(days=1))
    try:  # the next morning: the database was there, so the day's backup is due
        window, panel = settings_section(qtbot, day_two, "Back-ups", BackupPanel)
        assert panel.isVisible()
        assert panel.last.text() == "Er is nog geen back-up gemaakt."
        chores = start_the_day_in_background(window, day_two)
        with qtbot.waitSignal(chores.finished, timeout=20_000):
            pass
        assert [b.kind for b in list_backups(paths)] == [DAILY]
        assert panel.last.text() == (
            "Laatste back-up: 4 november 2026 10:30, automatisch (eerste start van de dag)"
        )
        window.close()
    finally:
        day_two.close()


@FILE_BACKUPS
def test_the_backups_to_restore_are_listed_whole_and_told_apart(
    qtbot, paths: Paths, desk: Desk, clock
) -> None:
    """Two manual backups of one second (at 1366x768 with large text the file dialog showed
    both as "ido-desk-2026120…handmatig.sqlite"): the list shows each whole name, its time
    to the second and its kind; the second one chosen is the one asked about and restored."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui_helpers import click_message_button, when_modal
    from ui.backup_choice import BackupChoice
    from ui.backup_panel import BackupPanel

    record_visit(desk, DIGID)
    older = make_backup(desk)
    record_visit(desk, DIGID)
    newer = make_backup(desk)
    assert newer.path.name.endswith("-handmatig-2.sqlite")  # the same second: a sequence
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    panel.show()
    seen: dict[str, object] = {}

    def choose_the_older(dialog) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(dialog, BackupChoice):  # Qt's file dialog: close it, fail the test
            dialog.reject()
            raise AssertionError(f"not our list of backups: {dialog!r}")
        table, model = dialog.table, dialog.model
        rows = [
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        seen["rows"] = rows
        metrics = table.fontMetrics()
        name_width = table.columnWidth(model.NAME)
        seen["fits"] = all(metrics.horizontalAdvance(row[model.NAME]) < name_width for row in rows)
        seen["visible"] = table.viewport().width() >= table.horizontalHeader().length()
        table.selectRow(1)
        when_modal(click_message_button(QMessageBox.StandardButton.Yes), QMessageBox)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    when_modal(choose_the_older)
    with qtbot.waitSignal(panel.restored, timeout=10_000):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert seen["rows"][:2] == [
        ["3 nov 2026 10:30:00", "handmatig", newer.path.name],
        ["3 nov 2026 10:30:00", "handmatig", older.path.name],
    ]
    assert seen["fits"] and seen["visible"]
    assert len(visit_ids(paths.database_file)) == 1  # the older backup's one visit
