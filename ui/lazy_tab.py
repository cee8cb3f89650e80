"""A tab whose view is built the first time it is needed.

The window paints its frame at once; what is behind a tab (and the modules it needs, such as
ReportLab for the reports) is loaded when the tab is first shown, and built again when
what it shows changed (``ui.tab_views`` says after which changes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = None
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("Even geduld…"), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setObjectName("hint")
        self._layout.addWidget(self._placeholder)
        self._scroll: QScrollArea | None = None  # made with the view: the window starts sooner

    def _scroll_area(self) -> QScrollArea:
        """A view wider or taller than the window (large text on a small screen) scrolls
        instead of pushing the tab bar and its corner button off the screen."""
        if self._scroll is None:
            self._scroll = QScrollArea(self)
            self._scroll.setWidgetResizable(True)
            self._scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.addWidget(self._scroll)
        return self._scroll

    def set_builder(self, build: Callable[[], QWidget]) -> None:
        self._build = build

    @property
    def view(self) -> QWidget | None:
        """The view, if it has been built."""
        return self._view

    def ensure_built(self) -> QWidget | None:
        """The view, built now if it was not yet. A view that cannot be built (say, a broken
        settings file behind it) leaves its reason on the tab instead of "Even geduld"."""
        if self._view is None and self._build is not None:
            try:
                view = self._build()
            except Exception as exc:
                from ui.messages import user_message

                self._placeholder.setText(user_message(exc))
                self._placeholder.setWordWrap(True)
                return None
            self._view = view
            self._placeholder.hide()
            scroll = self._scroll_area()
            scroll.setWidget(view)
            scroll.show()
        return self._view

    def rebuild_now(self) -> None:
        """Build the view again (what it shows changed under it); ``ui.changes`` calls this
        while the tab shows, or when it is next shown."""
        if self._view is not None and self._scroll is not None:
            self._scroll.takeWidget()
            self._scroll.hide()
            self._view.deleteLater()
            self._view = None
            self._placeholder.show()
        self.ensure_built()
