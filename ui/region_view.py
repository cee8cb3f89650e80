"""The Regio tab: all locations side by side, per month the number of visits, the months for
which nothing has arrived marked (whom to chase), and the totals per municipality; and the
regional report of the same months, printed or saved (PDF, XLSX, CSV).

The numbers come from ``ido_desk.exchange.overview.regional_overview`` (SQL GROUP BY), the
report from ``ido_desk.reports.service``, both off the GUI thread; the view holds only the
frozen result."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.exchange.overview import LocationRow, Overview, regional_overview
from ido_desk.labels import LOCATION, LOCATIONS, VISIT, VISITS, counted
from ido_desk.periods import Period, last_months
from ido_desk.reports.scope import ALL
from ido_desk.reports.service import Preview, ReportRequest, export_report, preview_report
from ui.location_months_model import MISSING_TEXT, LocationMonthsModel
from ui.messages import show_error, user_message, window_text
from ui.municipality_totals_model import MunicipalityTotalsModel
from ui.operations import Op
from ui.pdf_print import print_document
from ui.qt_dates import to_qdate


class RegionView(QWidget):
    """Emits ``saved(path)`` after the regional report was saved, ``printed`` after printing."""

    saved = Signal(str)
    printed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[Overview] | None = None
        self._report_task: Op[Any] | None = None
        self._again = False  # asked to refresh while a refresh ran
        self._scratch = tempfile.TemporaryDirectory(prefix="ido-desk-regio-")

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Laatste")))
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 60)
        self.months_box.setValue(12)
        self.months_box.setSuffix(self.tr(" maanden"))
        self.months_box.setAccessibleName(self.tr("Laatste aantal maanden"))
        controls.addWidget(self.months_box)
        self.refresh_button = QPushButton(self.tr("Vernieuwen  (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        controls.addWidget(self.refresh_button)
        self.print_button = QPushButton(self.tr("Afdrukken…  (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Opslaan als…  (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save_report)
        controls.addWidget(self.print_button)
        controls.addWidget(self.save_button)
        self.status = QLabel()
        self.status.setWordWrap(True)  # on its own line: the buttons' row fits large text
        controls.addStretch(1)

        self.locations_model = LocationMonthsModel(self)
        self.locations = self._table(self.locations_model)
        # the names as row headers, which stay put when the months scroll (the newest are
        # shown first, on the right): a row of numbers is never without its location
        self.locations.verticalHeader().setVisible(True)
        self.locations.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.municipalities_model = MunicipalityTotalsModel(self)
        self.municipalities = self._table(self.municipalities_model)
        legend = QLabel(
            self.tr(
                "{0} = niets ontvangen over een afgelopen maand: geen bezoeken en geen export die "
                "de maand dekt. De lopende maand (grijs) telt tot nu toe en ontbreekt nog niet."
            ).replace("{0}", MISSING_TEXT)
        )
        legend.setWordWrap(True)  # large text: on more lines, never wider than the window
        legend.setObjectName("missingNote")  # in the missing cells' colour (ui/style.py)

        self.late = QLabel()  # the locations that are late, on top
        self.late.setWordWrap(True)
        self.late.setObjectName("missingNote")
        self.late.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.late)
        self.locations.setAccessibleName(self.tr("Locaties"))
        self.municipalities.setAccessibleName(self.tr("Totalen per gemeente"))
        layout.addWidget(self.locations, 3)
        layout.addWidget(legend)
        layout.addWidget(QLabel(self.tr("Totalen per gemeente")))
        layout.addWidget(self.municipalities, 2)
        self.refresh()

    def _table(self, model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def refresh(self) -> None:
        if self._task is not None and self._task.running:
            self._again = True
            return
        months = self.months()
        self.status.setText(self.tr("Bezig…"))
        self._task = (
            Op(
                self,
                self.desk,
                lambda _progress: regional_overview(self.desk, months.start, months.last_day),
            )
            .success(self._show)
            .failure(lambda exc: self.status.setText(user_message(exc)))
            .run()
        )

    def months(self) -> Period:
        return last_months(self.desk.clock().date(), self.months_box.value())

    def request(self) -> ReportRequest:
        """The regional report over the months shown, every location."""
        return ReportRequest("region", self.months(), ALL)

    # -- the regional report ------------------------------------------------------------

    def _busy(self) -> bool:
        return self._report_task is not None and self._report_task.running

    def save_report(self) -> None:
        suggested = Path.home() / f"Regio-overzicht {self.months().code}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Regio-overzicht opslaan"),
            str(suggested),
            self.tr("PDF (*.pdf);;Excel (*.xlsx);;CSV voor Excel (*.csv)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the regional report off the GUI thread; ``saved`` says when it is there."""
        if self._busy():
            return
        request, desk = self.request(), self.desk
        self.status.setText(self.tr("Regio-overzicht wordt gemaakt…"))
        self._report_task = (
            Op(self, desk, lambda progress: export_report(desk, request, path, progress))
            .success(self._saved)
            .failure(self._failed)
            .run()
        )

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Opgeslagen: {0}").format(str(path)))
        self.saved.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Het regio-overzicht kon niet worden gemaakt."))
        show_error(self, exc)

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Make the report's PDF off the GUI thread, then print its pages."""
        if self._busy():
            return
        request, desk = self.request(), self.desk
        target = Path(self._scratch.name) / "regio.pdf"
        self.status.setText(self.tr("Regio-overzicht wordt gemaakt…"))

        def done(preview: Preview) -> None:
            document = QPdfDocument(self)
            document.load(str(preview.pdf))
            print_document(self, document, printer)
            document.close()
            self.status.setText(self.tr("Afgedrukt: {0}").format(preview.summary))
            self.printed.emit()

        self._report_task = (
            Op(self, desk, lambda progress: preview_report(desk, request, target, progress))
            .success(done)
            .failure(self._failed)
            .run()
        )

    def _late(self, row: LocationRow) -> str:
        """ "Vestiging A (november 2026 ontbreekt; laatste bestand 03-12-2026)"."""
        month = QLocale().toString(to_qdate(row.overdue), "MMMM yyyy") if row.overdue else "?"
        if row.last_file:
            return self.tr("{name} ({month} ontbreekt; laatste bestand {day})").format(
                name=row.name, month=month, day=f"{row.last_file:%d-%m-%Y}"
            )
        return self.tr("{name} ({month} ontbreekt; nog nooit een bestand)").format(
            name=row.name, month=month
        )

    def _show_newest(self) -> None:
        bar = self.locations.horizontalScrollBar()
        bar.setValue(bar.maximum())

    def _show(self, overview: Overview) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.locations_model.set_overview(overview)
        self.locations.setColumnHidden(LocationMonthsModel.LOCATION, True)  # in the row headers
        # the newest months (and the total) in view, not off-screen on the right: the columns
        # take their widths from their contents once laid out, so scroll after that
        QTimer.singleShot(0, self._show_newest)
        self.municipalities_model.set_rows(overview.municipalities)
        chase = [row.name for row in overview.locations if row.missing_months]
        text = self.tr("{n}, {visits}.").format(
            n=window_text(counted(len(overview.locations), LOCATION, LOCATIONS)),
            visits=window_text(counted(overview.total, VISIT, VISITS)),
        )
        if chase:
            text += " " + self.tr("Ontbrekende maanden bij: {names}.").format(
                names=", ".join(chase)
            )
        self.status.setText(text)
        late = [self._late(row) for row in overview.locations if row.late]
        self.late.setText(self.tr("Te laat met bezorgen: {0}.").replace("{0}", "; ".join(late)))
        self.late.setVisible(bool(late))
