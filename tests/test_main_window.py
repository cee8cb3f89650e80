"""The whole window as the program opens it: every tab, the manager's corner, the national
form's count, the lists changing under the form, one window per data folder."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.list_admin import NewItem, add_item
from ido_desk.roles import is_manager, set_pin, sign_out
from tests.ui_helpers import show_window, when_modal
from ui.app import EXIT_ALREADY_OPEN, build_main_window, run_window
from ui.audit_view import AuditView
from ui.day_list import DayList
from ui.exchange_view import ExchangeView
from ui.lock import acquire_window_lock
from ui.log_panel import LogPanel
from ui.main_window import MainWindow
from ui.national_form_view import NationalFormView
from ui.pin_dialog import PinDialog
from ui.region_view import RegionView
from ui.reports_view import ReportsView
from ui.settings_view import SettingsView
from ui.tabs import (
    NATIONAL_FORM,
    REGISTER,
    SETTINGS,
    TAB_TITLES,
)

EXPECTED_VIEWS = (
    LogPanel,
    DayList,
    ReportsView,
    NationalFormView,
    ExchangeView,
    RegionView,
    SettingsView,
)


def opened(qtbot, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


def test_ctrl_number_shows_each_tab_with_its_view(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    assert len(TAB_TITLES) == len(EXPECTED_VIEWS)
    for n, kind in enumerate(EXPECTED_VIEWS):
        # not built before it is first shown (the Registreren form is built at once)
        assert (window.pages[n].view is None) == (n != REGISTER)
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{n + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == n
        assert isinstance(window.pages[n].view, kind)


def test_the_settings_hold_the_managers_sections(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    window.show_tab(SETTINGS)
    settings = window.pages[SETTINGS].view
    assert isinstance(settings, SettingsView)
    assert settings.section_names() == [
        "Locatie",
        "Lijsten",
        "Notities",
        "Taal / Language",
        "Pincode beheerder",
        "Back-ups",
        "Auditlog",
        "Herkenningscode",
        "Bezorging aan de coördinator",
        "Inzage in de gegevens",
    ]
    assert settings.findChildren(AuditView)


def test_a_logged_visit_shows_in_the_national_form_count(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    assert window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier"
    panel = window.log_panel
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (1)")


def test_the_corner_signs_the_manager_in_and_out(qtbot, desk: Desk) -> None:
    set_pin(desk, "4321")
    sign_out(desk)
    window = opened(qtbot, desk)
    button = window.manager_button
    assert button.text() == "Beheerder  Ctrl+L"

    def type_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.pin.setText("4321")
        dialog.ok.click()

    when_modal(type_pin)
    button.click()
    assert is_manager(desk)
    assert button.text() == "Beheerder: afmelden  Ctrl+L"
    window.activateWindow()  # back from the PIN dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not is_manager(desk)
    assert button.text() == "Beheerder  Ctrl+L"


def test_a_new_topic_reaches_the_form_when_the_lists_change(qtbot, desk: Desk) -> None:
    window = opened(qtbot, desk)
    window.show_tab(SETTINGS)
    settings = window.pages[SETTINGS].view
    assert isinstance(settings, SettingsView)
    add_item(desk, "topic", NewItem(code="energietoeslag", label_nl="Energietoeslag"))
    settings.lists_changed.emit()
    window.show_tab(REGISTER)
    labels = [b.text() for b in window.log_panel.findChildren(QPushButton)]
    assert any("Energietoeslag" in label for label in labels), labels


def wait_for_window_then_quit(seen: list[str]) -> None:
    """Once run_window's window has its database, note its title and close it, as a user
    would: closing the last window ends the program."""

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        ready = [w for w in windows if w.desk is not None and w.isVisible()]
        if not ready:
            QTimer.singleShot(20, look)
            return
        seen.append(ready[0].windowTitle())
        ready[0].close()

    QTimer.singleShot(0, look)


def test_run_window_opens_the_data_folder_and_lets_go_of_it(qtbot, desk: Desk, paths: Paths):
    seen: list[str] = []
    wait_for_window_then_quit(seen)
    assert run_window(paths) == 0
    assert seen == ["IDO Desk — Bibliotheek Rijswijk, Huis van de Stad"]
    lock = acquire_window_lock(paths)  # released when the window closed
    assert lock is not None
    lock.unlock()


@pytest.mark.sqlite_only("the one-window lock is a SQLite file's")
def test_a_second_window_on_the_same_folder_is_refused(qtbot, desk: Desk, paths: Paths):
    lock = acquire_window_lock(paths)
    assert lock is not None
    messages: list[str] = []

    def read_and_close(box: QWidget) -> None:
        messages.append(box.text())  # type: ignore[attr-defined]
        box.close()

    when_modal(read_and_close)
    try:
        assert run_window(paths) == EXIT_ALREADY_OPEN
    finally:
        lock.unlock()
    assert "al geopend" in messages[0]


def test_a_narrow_window_keeps_every_tab_and_the_corner_in_view(qtbot, desk: Desk) -> None:
    """Large text on a small screen (1366x768 at 1.5 is 911 points wide): no tab behind
    scroll arrows (while the tight fit holds), the corner button in the window, a too-wide
    view scrolls instead."""
    window = opened(qtbot, desk)
    window.resize(800, 560)
    for n in range(window.tabs.count()):  # the Reports view is wider than this window
        window.show_tab(n)
        qtbot.waitUntil(lambda n=n: window.pages[n].view is not None)
    window.show_tab(0)
    qtbot.waitUntil(lambda: window.width() <= 800)
    bar = window.tabs.tabBar()
    corner = window.manager_button
    left_of_corner = corner.mapTo(window, corner.rect().topLeft()).x()
    for n in range(bar.count()):
        right = bar.mapTo(window, bar.tabRect(n).topRight()).x()
        assert right <= left_of_corner, (window.tabs.tabText(n), right, left_of_corner)
    assert window.rect().contains(QRect(corner.mapTo(window, QPoint(0, 0)), corner.size()))
    assert corner.text().endswith("Ctrl+L")  # the whole text, for a screen reader too
    assert corner.accessibleName() == corner.text()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() >= 1600)
    assert not corner.compact  # room again: the key is back on the button's face


def test_every_tab_name_whole_at_1280x1024_with_scale_1_5(qtbot, desk: Desk, clock) -> None:
    """QT_SCALE_FACTOR=1.5 on 1280x1024 leaves 853x683 logical pixels: every tab's name is
    whole ("Landelijk formulier" with its count too), the corner button beside them."""
    from tests.test_day_list import log

    for minutes_ago in (5, 3, 1):
        log(desk, minutes_ago)
    window = opened(qtbot, desk)
    window.resize(853, 683)
    qtbot.waitUntil(lambda: window.width() == 853)
    qtbot.wait(50)
    bar = window.tabs.tabBar()
    corner = window.manager_button
    assert window.tabs.tabText(NATIONAL_FORM) == "Landelijk formulier (3)"
    for n in range(bar.count()):
        assert bar.tabRect(n).width() >= bar.tabSizeHint(n).width(), window.tabs.tabText(n)
    last = bar.mapTo(window, bar.tabRect(bar.count() - 1).topRight()).x()
    assert last <= corner.mapTo(window, corner.rect().topLeft()).x()


def test_every_tab_name_whole_at_1280x1024_scale_1_5_in_the_windows_own_font(
    qtbot, desk: Desk, clock, qapp
) -> None:
    """The same screen in the 11 pt the window sets (``ui.app.apply_look``; the tests' own is
    smaller) with a five-digit count, as on the demo database under Xvfb: the tight padding
    alone left "Registrer…", "Overzi…", "Landelijk formulier (149…" (21 px short). The corner
    button then shows its short word ("Pincode"); its whole text stays its accessible name
    and comes back when there is room."""
    from PySide6.QtGui import QFont

    from tests.report_data import V, add_visits

    start = datetime(2026, 11, 2, 9)
    add_visits(desk, [V(start + timedelta(seconds=n)) for n in range(12_000)])
    own = QFont(qapp.font())
    larger = QFont(own)
    larger.setPointSize(max(own.pointSize(), 11))
    qapp.setFont(larger)
    try:
        window = opened(qtbot, desk)
        window.resize(853, 683)
        qtbot.waitUntil(lambda: window.width() == 853)
        qtbot.waitUntil(lambda: window.tabs.tabText(NATIONAL_FORM).endswith("(12.000)"))
        qtbot.wait(50)
        bar, corner = window.tabs.tabBar(), window.manager_button
        cut = [
            window.tabs.tabText(n)
            for n in range(bar.count())
            if bar.tabRect(n).width() < bar.tabSizeHint(n).width()
        ]
        face = QPushButton.text(corner)  # what it shows, not its whole text
        last = bar.mapTo(window, bar.tabRect(bar.count() - 1).topRight()).x()
        assert last <= corner.mapTo(window, corner.rect().topLeft()).x()
        assert (cut, face, corner.accessibleName()) == ([], "Pincode", "Pincode instellen  Ctrl+L")
        window.resize(1600, 900)
        qtbot.waitUntil(lambda: QPushButton.text(corner) == "Pincode instellen  Ctrl+L")
    finally:
        qapp.setFont(own)


def test_when_even_the_tight_fit_is_too_wide_the_bar_scrolls_with_whole_names(
    qtbot, desk: Desk, clock, qapp
) -> None:
    """Scale 1.5 and large text on top (a 16.5 pt font in 853 points): cut to fit, six of the
    seven names read "Re…", "O…", "R…" (Registreren and Regio alike). The bar scrolls
    instead, with arrow buttons, every name whole; Ctrl+7 brings Instellingen into view;
    with room again there are no arrows."""
    from PySide6.QtGui import QFont

    own = QFont(qapp.font())
    large = QFont(own)
    large.setPointSizeF(16.5)
    qapp.setFont(large)
    try:
        window = opened(qtbot, desk)
        window.resize(853, 683)
        qtbot.waitUntil(lambda: window.width() == 853)
        qtbot.wait(50)
        bar = window.tabs.tabBar()
        scrolls = bar.usesScrollButtons()
        whole = bar.elideMode() == Qt.TextElideMode.ElideNone
        qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
        settings = bar.tabRect(SETTINGS)
        in_view = (
            bar.rect().contains(settings) and settings.width() >= bar.tabSizeHint(SETTINGS).width()
        )
        window.resize(1920, 900)
        qtbot.waitUntil(lambda: window.width() >= 1900)
        assert (scrolls, whole, in_view) == (True, True, True)
        assert not bar.usesScrollButtons()
    finally:
        qapp.setFont(own)
