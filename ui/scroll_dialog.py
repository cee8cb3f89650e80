"""Dialogs whose content scrolls inside while their buttons stay in view.

A long dialog (the edit dialog with two questions, the tally sheet, the location form with
its error lines) grows to what its content needs, but never past the screen it is on: beyond
that the content scrolls and the button row below it stays visible. Its width likewise never
exceeds the screen (large text on a 1366x768 screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.chips_dialog import ChipDialog

FRAME_ALLOWANCE = 60  # the title bar and borders the window system adds around a dialog


class ScrollingDialog(ChipDialog):
    """Put the content in ``self.body`` (a QVBoxLayout) and the buttons in ``self.buttons``."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 980) -> None:
        super().__init__(parent)
        self.outer = outer = QVBoxLayout(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self.scroll_area)
        self.content.setObjectName("dialogContent")
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 8, 0)  # room for the scroll bar
        self.scroll_area.setWidget(self.content)
        outer.addWidget(self.scroll_area, 1)
        self.buttons = QHBoxLayout()
        outer.addLayout(self.buttons)
        room = self.room()
        self.setMinimumWidth(min(width, room.width()))
        self.setMaximumSize(room)

    def room(self) -> QSize:
        """The most this dialog may take of the screen it is on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        return QSize(available.width() - 20, available.height() - FRAME_ALLOWANCE)

    def fit_height(self) -> None:
        """As tall as the content needs, at most the screen's height (then it scrolls)."""
        layout = self.content.layout()
        if layout is None:
            return
        width = self.scroll_area.viewport().width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        chrome = self.height() - self.scroll_area.viewport().height()
        target = min(self.maximumHeight(), needed + chrome)
        if target > self.height():
            self.resize(self.width(), target)
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Moved up (or left) as far as needed to show the whole dialog, buttons included:
        centred on a window with a banner above its tabs it could reach past the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        x = max(room.left(), min(frame.left(), room.right() - frame.width()))
        y = max(room.top(), min(frame.top(), room.bottom() - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def show_soon(self, widget: QWidget) -> None:
        """Scroll to a widget once the layout has placed it (a question just added, or one
        grown by its sub-topics): the layout is settled first, else the scroll goes to where
        the widget was before it was placed."""

        def scroll() -> None:
            layout = self.content.layout()
            if layout is not None:
                layout.activate()  # the content's new size, then the scroll bar's new range
            QCoreApplication.sendEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))
            self.scroll_area.ensureWidgetVisible(widget, 0, 0)

        QTimer.singleShot(0, scroll)
