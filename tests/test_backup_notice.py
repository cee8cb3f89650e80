"""What the settings' backup section says when there is no backup: calm on a new
installation's first day (no backup is due yet; it says when the first one comes), in the
error colour only for a real problem (a desk that started before with none, an old one)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from ido_desk.backup import list_backups
from ido_desk.config import Paths
from ido_desk.desk import open_desk
from ido_desk.location import set_location
from ido_desk.startup import open_desk_for_the_day
from tests.conftest import RIJSWIJK, Clock
from ui.style import ERROR_STYLE

FIRST_DAY = datetime(2026, 11, 3, 9, 0)


def panel_on(qtbot, desk):
    from ui.backup_panel import BackupPanel

    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    return panel


@pytest.mark.sqlite_only("a new installation's own file (the test server's are migrated)")
def test_the_first_day_says_calmly_when_the_first_backup_comes(qtbot, paths: Paths) -> None:
    desk = open_desk_for_the_day(paths, clock=Clock(FIRST_DAY))  # the program's first start
    try:
        set_location(desk, RIJSWIJK)
        assert list_backups(paths) == []  # a new installation has nothing to back up yet
        first = panel_on(qtbot, desk)
        assert first.last.text().startswith("Er is nog geen back-up. Dat is normaal"), (
            first.last.text()
        )
        assert "de volgende keer start" in first.last.text()
        assert first.last.styleSheet() != ERROR_STYLE
    finally:
        desk.close()
    # the next start makes the daily backup, and the section tells it without alarm
    desk = open_desk_for_the_day(paths, clock=Clock(FIRST_DAY + timedelta(hours=20)))
    try:
        assert len(list_backups(paths)) == 1
        second = panel_on(qtbot, desk)
        told = second.last.text()
        assert (
            told == "Laatste back-up: 4 november 2026 05:00, automatisch (eerste start van de dag)"
        )
        assert "((" not in told and "))" not in told
        assert second.last.styleSheet() != ERROR_STYLE
    finally:
        desk.close()


def test_no_backup_on_a_desk_that_started_before_is_a_problem(qtbot, paths: Paths) -> None:
    """The automatic backup should have been made at this start: none at all is red."""
    open_desk(paths).close()  # made before (e.g. by a command)
    desk = open_desk(paths, clock=Clock(FIRST_DAY))  # opened again, the backup not made
    try:
        panel = panel_on(qtbot, desk)
        assert panel.last.text() == "Er is nog geen back-up gemaakt."
        assert panel.last.styleSheet() == ERROR_STYLE
    finally:
        desk.close()


def test_the_english_window_tells_the_last_backup_in_english(qtbot, desk, clock, qapp) -> None:
    from ido_desk.backup import make_backup
    from ui.app import install_language

    make_backup(desk)
    install_language(qapp, "en")
    try:
        panel = panel_on(qtbot, desk)
        told = panel.last.text()
    finally:
        install_language(qapp, None)
    assert told == "Last backup: 3 November 2026 10:30, by hand", told
