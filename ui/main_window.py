"""The main window: one tab a job, Ctrl+1 ... Ctrl+7 to switch.

The frame (title, tabs) paints at once; ``attach(desk)`` follows when the database is open,
and each tab's view is built the first time it is shown (``ui.tab_views`` says how). The
corner of the tab bar signs the branch manager in and out (Ctrl+L). The window opens inside
the screen at the size it last had (``ui.window_geometry``) and notices changes other
processes make to the database (``ui.changes.ChangeWatch``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton, QTabWidget, QWidget

from ui import tab_views, window_geometry
from ui.changes import ChangeWatch
from ui.lazy_tab import LazyTab
from ui.tabs import (  # noqa: F401  (re-exported: the tab numbers are the window's)
    EXCHANGE,
    NATIONAL_FORM,
    OVERVIEW,
    REGION,
    REGISTER,
    REPORTS,
    SETTINGS,
    TAB_TITLES,
    CornerButton,
    fit_tab_bar,
)
from ui.window_keys import let_window_keys_win

if TYPE_CHECKING:
    from ido_desk.desk import Desk
    from ido_desk.first_read import FirstRead
    from ido_desk.location_info import LocationInfo
    from ui.day_list import DayList
    from ui.log_panel import LogPanel

GEOMETRY_FILE = "window.ini"


class MainWindow(QMainWindow):
    """``ready`` once the database is attached and the Registreren form is built."""

    first_painted = Signal()
    ready = Signal()

    def __init__(self, parent: QWidget | None = None, *, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.watch: ChangeWatch | None = None
        self.geometry_file = data_dir / GEOMETRY_FILE if data_dir is not None else None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # reached by Tab (arrow keys then switch tabs); a click leaves the focus on the form
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pages: list[LazyTab] = []
        for n, title in enumerate(TAB_TITLES):
            page = LazyTab(self.tabs)
            self.pages.append(page)
            self.tabs.addTab(page, self.tr(title))
            self.tabs.setTabToolTip(n, f"{self.tr(title)} (Ctrl+{n + 1})")
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, lambda i=n: self.show_tab(i))
        self.manager_button: QPushButton = CornerButton(self)
        self.manager_button.setObjectName("managerButton")
        self.manager_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.manager_button.setEnabled(False)
        self.manager_button.hide()  # no text before the database is open (first start): shown
        # by ManagerSwitch, with its text, once the window is attached
        self.tabs.setCornerWidget(self.manager_button, Qt.Corner.TopRightCorner)
        self.manager_switch: QObject | None = None  # set by attach()
        self.window_keys = let_window_keys_win(self)  # Ctrl+E from a text field too
        self.delivery_notice: QWidget | None = None  # set by finish_start(): ui.delivery_notice
        self.setCentralWidget(self.tabs)
        self.setWindowTitle("IDO Desk")
        window_geometry.restore(self, self.geometry_file)
        self._painted = False
        self._close_confirmed = False

    def attach(self, desk: Desk, first: FirstRead | None = None) -> None:
        """Fill the tabs over an open database: the Registreren form is built (``ready``), the
        other tabs when first shown. ``finish_start`` adds the rest. With ``first`` (the
        window's first read) the form and today's list are built from what it read, before
        the database is opened; ``database_open`` follows once it is."""
        self.desk = desk
        if self.geometry_file is None:
            self.geometry_file = desk.paths.data_dir / GEOMETRY_FILE
        tab_views.install(self, desk, first)
        if first is None:
            self.database_open()
        self.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(self.tabs.currentIndex())
        self.ready.emit()

    def database_open(self) -> None:
        """What needs the open database: the manager's corner (is a PIN set?) and the watch
        on what other processes write."""
        if self.desk is None or self.watch is not None:
            return
        tab_views.install_manager_switch(self, self.desk)
        self.watch = ChangeWatch(self.desk, self)

    def finish_start(self) -> None:
        """The national form's count on its tab and the delivery's notice, once the chores of
        the start of the day are done (``ui.app``); nothing once the database is let go."""
        if self.desk is not None and self.delivery_notice is None:
            tab_views.install_after_start(self, self.desk)

    def detach(self) -> None:
        """Let go of the database (before it is closed)."""
        self.desk = None
        if self.watch is not None:
            self.watch.stop()
            self.watch = None

    # -- tabs ------------------------------------------------------------------------------

    def view(self, index: int) -> QWidget | None:
        """The view behind a tab, built now if it was not yet."""
        return self.pages[index].ensure_built()

    @property
    def log_panel(self) -> LogPanel:
        from ui.log_panel import LogPanel

        view = self.view(REGISTER)
        assert isinstance(view, LogPanel)
        return view

    @property
    def overview(self) -> DayList:
        from ui.day_list import DayList

        view = self.view(OVERVIEW)
        assert isinstance(view, DayList)
        return view

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def set_tab_title(self, index: int, text: str) -> None:
        self.tabs.setTabText(index, text)
        fit_tab_bar(self.tabs, self.manager_button)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_tab_bar(self.tabs, self.manager_button)  # large text on a small screen

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.desk is not None:
            self._tab_shown(self.tabs.currentIndex())

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed (or minimised): the size is kept for the next start."""
        window_geometry.remember(self, self.geometry_file)
        super().hideEvent(event)

    def _tab_shown(self, index: int) -> None:
        if self.desk is not None:
            tab_views.shown(self, index)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A visit half filled in on the Registreren form is not lost without asking (the
        question is window-modal, not a nested event loop: closing goes on after the answer)."""
        half_filled = (
            self.desk is not None
            and self.pages[REGISTER].view is not None
            and self.log_panel.has_unsaved()
        )
        if half_filled and not self._close_confirmed:
            event.ignore()
            self.show_tab(REGISTER)
            self._ask_close()
            return
        super().closeEvent(event)

    def _ask_close(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Bezoek niet opgeslagen"), "", parent=self
        )
        box.setText(
            self.tr("Er staat een bezoek half ingevuld dat nog niet is opgeslagen. Toch afsluiten?")
        )
        close = box.addButton(
            self.tr("Afsluiten zonder opslaan"), QMessageBox.ButtonRole.DestructiveRole
        )
        back = box.addButton(self.tr("Terug naar het formulier"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)

        def answered() -> None:
            if box.clickedButton() is close:
                self._close_confirmed = True
                self.close()
            else:
                self.log_panel.focus_form()

        box.finished.connect(answered)
        box.open()

    def refresh_title(self, location: LocationInfo | None = None) -> None:
        """ "IDO Desk — Bibliotheek Rijswijk, Huis van de Stad" (after a location change too);
        ``location`` as read already, or read now."""
        if location is None and self.desk is not None:
            from ido_desk.location import own_location

            location = own_location(self.desk)
        title = "IDO Desk"
        if location is not None:
            title += f" — {location.title}"
        self.setWindowTitle(title)
