"""The calm notice above the tabs: "Rapport oktober 2026 klaar" with a button that opens the
PDF, and, when a month waits (the delivery folder is missing, read-only or full), what to do
with a button that tries again now. Hidden when there is nothing to say.

The delivery itself ran at the start (``ido_desk.delivery.deliver_at_start``); the notice only
reads its outcome, and "Nu bezorgen" runs ``deliver_pending`` off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.delivery import (
    DeliveryRun,
    close_report_notice,
    deliver_pending,
    report_notice,
    waiting_problem,
)
from ido_desk.desk import Desk
from ido_desk.periods import Period
from ui.changes import Change, follow
from ui.messages import user_message, window_text
from ui.operations import Op
from ui.qt_dates import month_and_year


class DeliveryNotice(QFrame):
    """Two rows, each shown only when it has something to say; ``changed`` visibility is
    handed to the bar around it through ``on_visible``."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("deliveryNotice")
        # coloured by the theme (ui/style.py)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.on_visible: Callable[[bool], None] = lambda _shown: None
        self._report: tuple[Period, Path] | None = None
        self._task: Op[DeliveryRun] | None = None

        self.report_text = QLabel()
        self.open_button = QPushButton(self.tr("Rapport openen"))
        self.open_button.clicked.connect(self.open_report)
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding over het rapport sluiten"))
        self.close_button.clicked.connect(self.close_report)
        self.report_row = self._row(self.report_text, self.open_button, self.close_button)

        self.wait_text = QLabel()
        self.wait_text.setWordWrap(True)
        self.wait_text.setObjectName("waiting")
        self.retry_button = QPushButton(self.tr("Nu bezorgen"))
        self.retry_button.clicked.connect(self.deliver_now)
        self.wait_row = self._row(self.wait_text, self.retry_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.report_row)
        layout.addWidget(self.wait_row)

    def _row(self, text: QLabel, *buttons: QPushButton) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 1)
        for button in buttons:
            line.addWidget(button)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return row

    def refresh(self) -> None:
        """Read the outcome of the last delivery and show what needs saying."""
        self._report = report_notice(self.desk)
        if self._report is not None:
            period, path = self._report
            self.report_text.setText(
                self.tr("Rapport {0} klaar").replace("{0}", month_and_year(period.start))
            )
            self.open_button.setToolTip(str(path))
        months, problem = waiting_problem(self.desk)
        if months and problem:
            names = ", ".join(month_and_year(m.start) for m in months)
            said = window_text(problem)
            self.wait_text.setText(
                self.tr("Nog niet bezorgd: {0}. {1}").replace("{0}", names).replace("{1}", said)
            )
        self.report_row.setVisible(self._report is not None)
        self.wait_row.setVisible(bool(months and problem))
        self.on_visible(self._report is not None or bool(months and problem))

    def open_report(self) -> None:
        if self._report is not None:
            self.open_url(QUrl.fromLocalFile(str(self._report[1])))

    def close_report(self) -> None:
        if self._report is not None:
            close_report_notice(self.desk, self._report[0])
        self.refresh()

    def deliver_now(self) -> None:
        if self._task is not None and self._task.running:
            return
        self.retry_button.setEnabled(False)
        self.wait_text.setText(self.tr("Bezig met bezorgen…"))
        self._task = deliver_in_background(self, self.desk, self._delivered, self._failed)

    def _delivered(self, _run: DeliveryRun) -> None:
        self.retry_button.setEnabled(True)  # the text follows Change.SETTINGS (install_notice)

    def _failed(self, exc: BaseException) -> None:
        self.retry_button.setEnabled(True)
        self.wait_text.setText(user_message(exc))


def deliver_in_background(
    parent: QWidget,
    desk: Desk,
    done: Callable[[DeliveryRun], None],
    failed: Callable[[BaseException], None],
) -> Op[DeliveryRun]:
    """ "Nu bezorgen" (here and in the settings): the delivery off the GUI thread, announced as
    Change.SETTINGS so that this notice and the settings' month list look again."""
    work = Op(parent, desk, lambda _progress: deliver_pending(desk), changes=Change.SETTINGS)
    return work.success(done).failure(failed).run()


def install_notice(window: QMainWindow, desk: Desk) -> DeliveryNotice:
    """The notice in a fixed bar above the tabs, shown only when it has something to say."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Meldingen"), window)
    bar.setObjectName("deliveryBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's own, shown when narrow
    if more is not None:  # a screen reader listed it as a check box without a name
        more.setAccessibleName(QCoreApplication.translate("MainWindow", "Meer meldingen"))
    notice = DeliveryNotice(desk, bar)
    bar.addWidget(notice)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    notice.on_visible = bar.setVisible
    notice.refresh()
    follow(window, desk, Change.SETTINGS, notice.refresh)  # a delivery from anywhere
    return notice
