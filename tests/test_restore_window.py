"""The window's ways back to a backup: the restore button counts what a restore would take
off the GUI thread, and the panel asks with that count."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.backup import make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import rows_at
from tests.ui_helpers import when_modal

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
    assert panel.status.text() == "Bezig met het controleren van de back-up…"
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert counted_on and all(t is not threading.main_thread() for t in counted_on)
    assert enabled_while_asking == [False]  # no second restore while asking
    assert "2 registratie(s) in de huidige database staan niet in deze back-up" in asked[0]
    qtbot.waitUntil(panel.restore_button.isEnabled)
    assert panel.status.text() == ""
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(3,)]  # "Nee": nothing restored
