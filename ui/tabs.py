"""The tabs of the main window, in order, with their titles (``ui.tab_views`` says what
stands behind each), and how the tab bar fits a narrow window (large text on a small screen):
the corner button drops its key from its face (the tooltip and a screen reader keep it), the
tabs take less padding (then less again), and titles that still do not fit are shortened
with "…" instead of hiding tabs behind scroll arrows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

REGISTER, OVERVIEW, REPORTS, NATIONAL_FORM, EXCHANGE, REGION, SETTINGS = range(7)
# marked for pyside6-lupdate (context MainWindow, where they are shown through tr())
TAB_TITLES: tuple[str, ...] = tuple(
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("MainWindow", "Registreren"),
        QT_TRANSLATE_NOOP("MainWindow", "Overzicht"),
        QT_TRANSLATE_NOOP("MainWindow", "Rapporten"),
        QT_TRANSLATE_NOOP("MainWindow", "Landelijk formulier"),
        QT_TRANSLATE_NOOP("MainWindow", "Uitwisseling"),
        QT_TRANSLATE_NOOP("MainWindow", "Regio"),
        QT_TRANSLATE_NOOP("MainWindow", "Instellingen"),
    )
)

KEY_SEPARATOR = "  "  # "Pincode instellen  Ctrl+L": the text, then its key


class CornerButton(QPushButton):
    """The button in the tab bar's corner. ``text()`` is always the whole text (and its
    accessible name); its face leaves the key out when the window is narrow ("compact"), and
    shows only its ``short`` word when even that leaves a tab's name cut ("tight")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._short = ""
        self.fit = "normal"

    @property
    def compact(self) -> bool:
        return self.fit != "normal"

    def text(self) -> str:
        return self._whole

    def setText(self, text: str, short: str = "") -> None:
        self._whole, self._short = text, short
        self.setAccessibleName(text)
        self._show()

    def set_fit(self, fit: str) -> None:
        self.fit = fit
        self._show()

    def _show(self) -> None:
        face = self._whole.split(KEY_SEPARATOR)[0] if self.compact else self._whole
        super().setText(self._short if self.fit == "tight" and self._short else face)


def fit_tab_bar(tabs: QTabWidget, corner: QPushButton) -> None:
    """Every tab name whole with the corner button beside it, at any width: compact when the
    whole bar does not fit, tight (less padding, the corner button's short word) when even
    that does not; after that (large text on a small screen) the bar scrolls, with arrow
    buttons, rather than cutting every name to "Re…" (Registreren or Regio?)."""
    bar = tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    for fit in ("normal", "compact", "tight"):  # "tight": 1280x1024 at 1.5 (853 wide)
        if isinstance(corner, CornerButton):
            corner.set_fit(fit)
        if bar.property("fit") != fit:
            bar.setProperty("fit", fit)
            bar.style().unpolish(bar)
            bar.style().polish(bar)
        bar.setUsesScrollButtons(False)
        needed = sum(bar.tabSizeHint(n).width() for n in range(bar.count()))
        if needed + corner.sizeHint().width() <= tabs.width():
            return
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)  # the current tab is scrolled into view (Ctrl+1..7 too)
