"""The main window: the front-desk form (Registreren) and the day overview (Overzicht).

Rapporten, Uitwisseling and Instellingen are added by their own modules as extra tabs; Ctrl+1
to Ctrl+5 switch between the tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from ido_desk.desk import Desk
from ido_desk.location import own_location
from ui.day_list import DayList
from ui.log_panel import LogPanel

MAX_TAB_KEYS = 9


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: Desk,
        extra_tabs: Sequence[tuple[str, QWidget]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1..5 switch tabs
        self.setCentralWidget(self.tabs)

        self.log_panel = LogPanel(desk, self)
        self.overview = DayList(desk, pick_day=True, parent=self)
        self.add_tab(self.tr("Registreren"), self.log_panel)
        self.add_tab(self.tr("Overzicht"), self.overview)
        self.log_panel.visits_changed.connect(self.overview.refresh)
        self.overview.visits_changed.connect(self.log_panel.day_list.refresh)

        # -- Rapporten, Uitwisseling and Instellingen: handed in by their owners ----------
        for title, widget in extra_tabs:
            self.add_tab(title, widget)

        for n in range(1, MAX_TAB_KEYS + 1):
            QShortcut(QKeySequence(f"Ctrl+{n}"), self, lambda i=n - 1: self.show_tab(i))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.refresh_title()
        self.resize(1280, 800)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.tabs.currentWidget() is self.log_panel:
            self.log_panel.editors[-1].focus_topics()

    def add_tab(self, title: str, widget: QWidget) -> int:
        """Add a tab; its shortcut (Ctrl+n) is shown in the tooltip."""
        index = self.tabs.addTab(widget, title)
        if index < MAX_TAB_KEYS:
            self.tabs.setTabToolTip(index, f"{title} (Ctrl+{index + 1})")
        return index

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.log_panel:
            self.log_panel.editors[-1].focus_topics()
        elif widget is self.overview:
            self.overview.refresh()

    def refresh_title(self) -> None:
        """ "IDO Desk — Bibliotheek Rijswijk, Huis van de Stad" (after a location change too)."""
        location = own_location(self.desk)
        title = "IDO Desk"
        if location is not None:
            title += f" — {location.title}"
        self.setWindowTitle(title)
