"""The damaged-database dialog (ui.corrupt_dialog): it offers the newest good backup and puts it
back off the GUI thread, saying it is busy meanwhile and why when it cannot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ido_desk.audit_log import read_audit
from ido_desk.backup import make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.visits import record_visit
from tests.backup_helpers import DIGID, FILE_BACKUPS, visit_ids
from ui.corrupt_dialog import CorruptDialog

DAMAGED = b"kapot" * 4000


def damaged_with_backup(qtbot, paths: Paths, desk: Desk) -> tuple[str, CorruptDialog]:
    """One visit, a backup of it, then the database file damaged: the dialog on screen."""
    assert paths.database_file is not None
    kept = record_visit(desk, DIGID)
    make_backup(desk)
    desk.close()
    paths.database_file.write_bytes(DAMAGED)
    dialog = CorruptDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return kept, dialog


@FILE_BACKUPS
def test_corrupt_dialog_offers_the_newest_good_backup(
    qtbot, paths: Paths, desk: Desk, clock
) -> None:
    kept, dialog = damaged_with_backup(qtbot, paths, desk)
    assert "De nieuwste goede back-up is van 3 november 2026 om 10:30" in dialog.text.text()
    dialog.grab().save("/tmp/corrupt_dialog.png")
    assert dialog.restore_button is not None
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert visit_ids(paths.database_file) == [kept]
    again = open_desk(paths)
    try:  # the same audit line as 'ido-desk restore' writes (tests/test_hub_restore.py)
        newest = read_audit(again)[0]
        assert (newest.action, newest.entity) == ("restore", "database")
        assert dialog.backup is not None and newest.entity_id == dialog.backup.path.name
    finally:
        again.close()


@FILE_BACKUPS
def test_corrupt_dialog_without_a_backup_says_so(qtbot, paths: Paths, desk: Desk) -> None:
    assert paths.database_file is not None
    desk.close()
    paths.database_file.write_bytes(DAMAGED)
    dialog = CorruptDialog(paths)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "Er is geen bruikbare back-up" in dialog.text.text()


@FILE_BACKUPS
def test_the_restore_runs_off_the_gui_thread_and_the_dialog_waits_for_it(
    qtbot, paths: Paths, desk: Desk
) -> None:
    """Before, the click restored on the GUI thread: the window froze until it was done."""
    kept, dialog = damaged_with_backup(qtbot, paths, desk)
    assert dialog.restore_button is not None
    assert not dialog.progress.isVisible()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    # back at once: the GUI thread has not restored anything, the worker is at it
    assert dialog.result_of_restore is None and dialog.restoring
    assert dialog.status.text() == "Bezig met terugzetten…"
    assert dialog.progress.isVisible()
    assert not dialog.restore_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.reject()  # Esc: not halfway through a restore
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        pass
    assert dialog.result_of_restore is not None
    assert visit_ids(paths.database_file) == [kept]


@FILE_BACKUPS
def test_a_restore_that_fails_says_why_and_can_be_tried_again(
    qtbot, paths: Paths, desk: Desk
) -> None:
    kept, dialog = damaged_with_backup(qtbot, paths, desk)
    assert dialog.restore_button is not None and dialog.backup is not None
    backup = dialog.backup
    aside = backup.path.rename(backup.path.with_name("elders.sqlite"))  # taken away meanwhile

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.restoring, timeout=30_000)

    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() and "Traceback" not in dialog.error.text()
    assert dialog.status.text() == "" and not dialog.progress.isVisible()
    assert dialog.restore_button.isEnabled() and dialog.close_button.isEnabled()
    assert paths.database_file is not None
    assert paths.database_file.read_bytes() == DAMAGED  # nothing replaced
    aside.rename(backup.path)  # back again: the same button now puts it back
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert visit_ids(paths.database_file) == [kept]
