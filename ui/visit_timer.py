"""The visit timer: runs from the visit's first choice, shows what a save will store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.style import timer_font


class VisitTimer(QLabel):
    """ "03:10" from ``start()`` on; ``reset()`` stops it at "00:00". ``ticked`` each second."""

    ticked = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__("00:00", parent)
        self.clock = clock
        self.setObjectName("timer")
        self.setFont(timer_font())
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000:00") + 8)
        self.started: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self.reset()

    def start(self, at: datetime | None = None) -> None:
        """Start now (or at ``at``) unless already running."""
        if self.started is not None and at is None:
            return
        self.started = at or self.clock()
        self.setEnabled(True)
        self._tick.start()
        self.show_elapsed()

    def reset(self) -> None:
        self.started = None
        self._tick.stop()
        self.setText("00:00")
        self.setEnabled(False)

    def seconds(self) -> float | None:
        if self.started is None:
            return None
        return max(0.0, (self.clock() - self.started).total_seconds())

    def _on_tick(self) -> None:
        self.show_elapsed()
        self.ticked.emit()

    def show_elapsed(self) -> None:
        seconds = self.seconds()
        if seconds is None:
            return
        whole = int(seconds)
        self.setText(f"{whole // 60:02d}:{whole % 60:02d}")
