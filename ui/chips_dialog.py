"""A dialog holding chip rows (``ChipDialog``) that grows to the height its wrapped rows need."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog


class ChipDialog(QDialog):
    """A dialog holding chip rows. A top-level window ignores height-for-width, so wrapped
    rows would overlap: this one grows to the height its layout needs at its width, also
    when a choice brings a new row (a topic's sub-topics)."""

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height_soon()

    def fit_height_soon(self) -> None:
        """After the layout has taken in a change (a new row of chips)."""
        QTimer.singleShot(0, self.fit_height)
