"""Views refresh themselves from the one data-changed signal: what another process logs shows
within seconds, a save refreshes what is on screen and leaves hidden tabs stale until shown,
and an operation announces its change and reports its failure through one handler."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import event

from ido_desk.desk import Desk
from tests.ui_helpers import show_window, when_modal
from ui.app import build_main_window
from ui.changes import Change, changes_of
from ui.main_window import MainWindow
from ui.national_form_view import NationalFormView
from ui.operations import Op
from ui.tabs import NATIONAL_FORM, OVERVIEW, REGISTER


def opened(qtbot: Any, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    window.watch.timer.setInterval(100)  # the test need not wait two seconds a look
    if hasattr(window.log_panel, "save_guard_s"):
        window.log_panel.save_guard_s = 0  # saves here follow each other within a second
    return window


def save_digid(qtbot: Any, window: MainWindow) -> None:
    panel = window.log_panel
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_visits_logged_by_the_cli_show_while_the_window_is_open(qtbot, desk: Desk, cli) -> None:
    window = opened(qtbot, desk)
    window.show_tab(OVERVIEW)  # built, then hidden behind Registreren
    overview = window.overview
    window.show_tab(REGISTER)
    counts = window.log_panel.day_list.counts
    assert counts.text() == "Vandaag 0 bezoeken, 0 vragen"

    done = cli("log", "--topic", "digid_activeren")
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: counts.text() == "Vandaag 1 bezoek, 1 vraag", timeout=10_000)
    assert window.log_panel.day_list.model.rowCount() == 1
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (1)")

    save_digid(qtbot, window)  # then one from the window itself
    assert counts.text() == "Vandaag 2 bezoeken, 2 vragen"
    done = cli("log", "--topic", "belastingen")
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: counts.text() == "Vandaag 3 bezoeken, 3 vragen", timeout=10_000)
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (3)")

    window.show_tab(OVERVIEW)  # the hidden list caught up when shown
    assert overview.model.rowCount() == 3
    assert overview.counts.text() == "Vandaag 3 bezoeken, 3 vragen"


def test_a_save_leaves_hidden_tabs_stale_until_shown(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    window.show_tab(NATIONAL_FORM)
    national = window.pages[NATIONAL_FORM].view
    assert isinstance(national, NationalFormView)
    assert national.model.rowCount() == 0
    window.show_tab(REGISTER)

    save_digid(qtbot, window)
    save_digid(qtbot, window)
    assert window.log_panel.day_list.model.rowCount() == 2  # on screen: at once
    assert window.pages[NATIONAL_FORM].view is national  # not rebuilt
    assert national.model.rowCount() == 0  # hidden: not read yet
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (2)")

    window.show_tab(NATIONAL_FORM)
    assert window.pages[NATIONAL_FORM].view is national
    assert national.model.rowCount() == 2


def test_a_save_costs_one_write_and_two_reads(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    window.watch.timer.stop()  # only the save's own sessions are counted
    save_digid(qtbot, window)  # the first save loads what a save needs (lists, location)
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (1)")
    sessions: list[int] = []
    event.listen(desk.db.engine, "checkout", lambda *_: sessions.append(1))
    save_digid(qtbot, window)
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (2)")
    # the write; today's list with its counts; the national form's count (4-5 before)
    assert len(sessions) == 3
    assert window.log_panel.day_list.counts.text() == "Vandaag 2 bezoeken, 2 vragen"


def test_an_operation_announces_its_change_then_reports_back(qtbot, desk: Desk) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    heard: list[Change] = []
    changes_of(desk).changed.connect(heard.append)
    results: list[int] = []
    progress: list[tuple[int, int, str]] = []

    def work(report: Any) -> int:
        report(1, 2, "half")
        return 42

    op = Op(parent, desk, work, changes=lambda n: Change.IMPORTS if n else Change.NONE)
    op.success(results.append).progress(lambda *a: progress.append(a))
    with qtbot.waitSignal(op.finished):
        op.run()
    assert (results, heard, progress) == ([42], [Change.IMPORTS], [(1, 2, "half")])
    assert not op.running

    failures: list[BaseException] = []

    def broken(_report: Any) -> None:
        raise ValueError("kapot")

    failing = Op(parent, desk, broken, changes=Change.VISITS).failure(failures.append)
    with qtbot.waitSignal(failing.finished):
        failing.run()
    assert [str(f) for f in failures] == ["kapot"]
    assert heard == [Change.IMPORTS]  # a failure changed nothing


def test_an_operation_without_a_failure_handler_says_so_in_dutch(qtbot, desk: Desk) -> None:
    from db.errors import DiskFull

    parent = QWidget()
    show_window(qtbot, parent)
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    def full(_report: Any) -> None:
        raise DiskFull("De schijf is vol.")

    op = Op(parent, desk, full)
    when_modal(read_and_close)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.run()
    assert seen == ["De schijf is vol."]


def test_a_tab_on_screen_is_not_rebuilt_under_the_users_hands(qtbot, desk: Desk, cli) -> None:
    from ui.tabs import REPORTS

    window = opened(qtbot, desk)
    window.show_tab(REPORTS)
    reports = window.pages[REPORTS].view
    done = cli("log", "--topic", "digid_activeren")  # an import or a log elsewhere
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (1)")
    assert window.pages[REPORTS].view is reports  # the chosen period stays
    window.show_tab(REGISTER)
    window.show_tab(REPORTS)
    assert window.pages[REPORTS].view is not reports  # built again with what changed
