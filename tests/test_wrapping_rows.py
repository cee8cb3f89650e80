"""Large text (QT_SCALE_FACTOR 1.5 on 1366x768 is 911 points wide, 2 on 1920x1080 is 960):
the Rapporten and Regio tabs never need scrolling sideways; their rows of fields and their
notes wrap onto more lines instead."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.region_view import RegionView
from ui.reports_view import ReportsView

NARROWEST = 900  # a little under what 1.5x on 1366x768 leaves


def test_the_report_and_region_tabs_fit_a_large_text_window(qtbot, desk: Desk) -> None:
    for view in (ReportsView(desk), RegionView(desk)):
        show_window(qtbot, view)
        assert view.minimumSizeHint().width() <= NARROWEST, type(view).__name__
        view.resize(NARROWEST, 700)
        qtbot.waitUntil(lambda v=view: v.width() == NARROWEST)
        # the fields went onto more lines, all inside the view
        outside = [
            child.accessibleName() or child.objectName()
            for child in view.findChildren(QWidget)
            if isinstance(child, QLabel | QComboBox | QPushButton)
            and child.isVisibleTo(view)
            and child.mapTo(view, child.rect().topRight()).x() > view.width()
        ]
        assert outside == [], type(view).__name__
