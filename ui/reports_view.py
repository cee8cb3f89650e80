"""The "Rapporten" tab: choose the kind, the period and the locations (one, all, or those of a
municipality, province or library organisation); the report is built off the GUI thread with
visible progress (``preview_report``: one operation), previewed, printed or saved as PDF,
CSV or XLSX. Every step calls an ``ido_desk.reports`` service; nothing here touches the
database."""

from __future__ import annotations

import tempfile
from itertools import count
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.labels import PAGE, PAGES, counted
from ido_desk.location import all_locations
from ido_desk.periods import (
    Period,
    date_range,
    last_full_month,
    month,
    quarter,
    quarter_of,
    year,
)
from ido_desk.reports.kinds import GROUPS, KINDS
from ido_desk.reports.scope import ALL, LocationFilter
from ido_desk.reports.service import (
    Preview,
    Report,
    ReportRequest,
    preview_report,
    save_preview,
    write_report,
)
from ido_desk.translatable import Text
from ui.chips_layout import FlowRow
from ui.field_label import field_label
from ui.messages import show_error, user_message, window_text
from ui.name_box import fit_to_names
from ui.operations import Op, Progress
from ui.pdf_print import print_document
from ui.qt_dates import month_name, to_date, to_qdate

MONTH, QUARTER, YEAR, RANGE = range(4)


class ReportsView(QWidget):
    """Emits ``reportReady`` when a new preview is shown, ``saved(path)`` after a save."""

    reportReady = Signal()
    saved = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: Report | None = None
        self.pdf_path: Path | None = None
        self.task: Op[Preview] | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="ido-desk-reports-")
        self._numbers = count(1)
        self._one_location: object = None  # the choice of a one-location kind, to go back to
        self._build_widgets()
        self._lay_out()
        self._connect()
        self.reset_period()
        self._update_buttons()

    # -- widgets ------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.kind = QComboBox()
        for key, kind in KINDS.items():
            self.kind.addItem(self.tr(kind.label), key)
        self.narrow = QComboBox()  # a municipality, province or organisation, or nothing
        self.group = QComboBox()
        for key, word in GROUPS.items():
            self.group.addItem(self.tr("per {0}").format(self.tr(word)), key)
        self.period_kind = QComboBox()
        for label in (
            QT_TRANSLATE_NOOP("ReportsView", "Maand"),
            QT_TRANSLATE_NOOP("ReportsView", "Kwartaal"),
            QT_TRANSLATE_NOOP("ReportsView", "Jaar"),
            QT_TRANSLATE_NOOP("ReportsView", "Periode van … tot en met …"),
        ):
            self.period_kind.addItem(self.tr(str(label)))
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(month_name(number))
        self.month_year = self._year_box()
        self.quarter = QComboBox()
        for number in range(1, 5):
            self.quarter.addItem(self.tr("{0}e kwartaal").format(number))
        self.quarter_year = self._year_box()
        self.year = self._year_box()
        self.range_from = QDateEdit()
        self.range_to = QDateEdit()
        for edit in (self.range_from, self.range_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.periods = QStackedWidget()
        self.periods.addWidget(self._row(self.month, self.month_year))
        self.periods.addWidget(self._row(self.quarter, self.quarter_year))
        self.periods.addWidget(self._row(self.year))
        self.periods.addWidget(self._row(self.range_from, QLabel(self.tr("t/m")), self.range_to))
        self.location = QComboBox()  # as wide as its names, within reason (reload_locations)
        self.narrow.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.narrow.setMinimumContentsLength(18)
        self.reload_locations()
        for widget, name in (
            (self.kind, self.tr("Soort rapport")),
            (self.narrow, self.tr("Alleen voor")),
            (self.group, self.tr("Indeling")),
            (self.period_kind, self.tr("Soort periode")),
            (self.month, self.tr("Maand")),
            (self.month_year, self.tr("Jaar")),
            (self.quarter, self.tr("Kwartaal")),
            (self.quarter_year, self.tr("Jaar")),
            (self.year, self.tr("Jaar")),
            (self.range_from, self.tr("Van")),
            (self.range_to, self.tr("Tot en met")),
            (self.location, self.tr("Locatie")),
        ):
            widget.setAccessibleName(name)
        self.build_button = QPushButton(self.tr("Rapport maken  (F5)"))
        self.build_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(self.tr("Kies een rapport en een periode, en klik op Rapport maken."))
        self.status.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.preview = QPdfView()  # parented when laid out: last in the Tab order, as on screen
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton(self.tr("Afdrukken…  (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Opslaan als…  (Ctrl+S)"))

    def _year_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(2000, 2100)
        return box

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    def _lay_out(self) -> None:
        # rows that wrap: at 1.5x or 2x text the fields go onto a next line, not off-screen
        what = FlowRow()
        when = FlowRow()
        for row, label, widget in (
            (what, self.tr("&Rapport"), self.kind),
            (what, self.tr("&Locatie"), self.location),
            (what, self.tr("Alleen &van"), self.narrow),
            (what, self.tr("&Groepen"), self.group),
            (when, self.tr("P&eriode"), self.period_kind),
            (when, None, self.periods),
        ):
            if label:
                row.add(field_label(label, widget), widget)
            else:
                row.add(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.build_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.status, 2)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(when)
        layout.addLayout(actions)
        layout.addWidget(self.preview, 1)

    def _connect(self) -> None:
        self.period_kind.currentIndexChanged.connect(self.periods.setCurrentIndex)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.build_button.clicked.connect(self.build)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.build)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_report)

    def _kind_chosen(self) -> None:
        """A kind about every location selects "Alle locaties" (as ``--kind region`` does);
        the user can still narrow it. Back at a one-location kind, its location returns."""
        if KINDS[self.kind.currentData()].every_location:
            if self._one_location is None:
                self._one_location = self.location.currentData()
            self.location.setCurrentIndex(self.location.findData(ALL))
        elif self._one_location is not None:
            if self.location.currentData() == ALL:
                self.location.setCurrentIndex(max(0, self.location.findData(self._one_location)))
            self._one_location = None
        self._update_buttons()

    def reload_locations(self) -> None:
        """Own location first, then the others, then all of them together."""
        self.location.clear()
        choices = all_locations(self.desk)
        for choice in choices:
            self.location.addItem(f"{choice.title} ({choice.municipality})", choice.code)
        self.location.addItem(self.tr("Alle locaties ({0})").format(len(choices)), ALL)
        fit_to_names(self.location)
        self.narrow.clear()
        self.narrow.addItem(self.tr("(geen filter)"), None)
        for word, key, values in (
            (
                QT_TRANSLATE_NOOP("ReportsView", "Gemeente"),
                "municipality",
                {c.cbs_code: f"{c.municipality} ({c.cbs_code})" for c in choices},
            ),
            (
                QT_TRANSLATE_NOOP("ReportsView", "Provincie"),
                "province",
                {c.province: c.province for c in choices if c.province},
            ),
            (
                QT_TRANSLATE_NOOP("ReportsView", "Organisatie"),
                "organisation",
                {c.organisation: c.organisation for c in choices if c.organisation},
            ),
        ):
            for value, label in sorted(values.items(), key=lambda kv: kv[1]):
                self.narrow.addItem(f"{self.tr(str(word))}: {label}", f"{key}:{value}")

    def reset_period(self) -> None:
        """The default: the last full month."""
        today = self.desk.clock().date()
        self.set_period(last_full_month(today))
        self.range_from.setDate(QDate(today.year, today.month, 1))
        self.range_to.setDate(QDate(today.year, today.month, today.day))

    def set_period(self, period: Period) -> None:
        kinds = {"month": MONTH, "quarter": QUARTER, "year": YEAR, "range": RANGE}
        self.period_kind.setCurrentIndex(kinds[period.kind])
        self.month.setCurrentIndex(period.start.month - 1)
        self.month_year.setValue(period.start.year)
        self.quarter.setCurrentIndex(quarter_of(period.start) - 1)
        self.quarter_year.setValue(period.start.year)
        self.year.setValue(period.start.year)
        if period.kind == "range":
            self.range_from.setDate(to_qdate(period.start))
            self.range_to.setDate(to_qdate(period.last_day))

    def period(self) -> Period:
        """The period the widgets show. Raises ValidationError for an inverted range."""
        index = self.period_kind.currentIndex()
        if index == MONTH:
            return month(self.month_year.value(), self.month.currentIndex() + 1)
        if index == QUARTER:
            return quarter(self.quarter_year.value(), self.quarter.currentIndex() + 1)
        if index == YEAR:
            return year(self.year.value())
        return date_range(to_date(self.range_from.date()), to_date(self.range_to.date()))

    def request(self) -> ReportRequest:
        location = self.location.currentData()
        narrow = self.narrow.currentData()
        where = LocationFilter(location)
        if narrow:  # "municipality:GM0603", "province:Zuid-Holland", "organisation:..."
            key, value = narrow.split(":", 1)
            where = LocationFilter(
                ALL,
                (value,) if key == "municipality" else (),
                (value,) if key == "province" else (),
                (value,) if key == "organisation" else (),
            )
        return ReportRequest(
            self.kind.currentData(), self.period(), where, self.group.currentData()
        )

    # -- building -----------------------------------------------------------------------

    def build(self) -> None:
        if self.task is not None and self.task.running:
            return
        try:
            request = self.request()
        except Exception as exc:  # a range that ends before it starts
            show_error(self, exc)
            return
        target = Path(self._scratch.name) / f"rapport-{next(self._numbers)}.pdf"
        desk = self.desk

        def work(progress: Progress) -> Preview:
            return preview_report(desk, request, target, progress)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Rapport wordt gemaakt…"))
        self.task = (
            Op(self, desk, work)
            .success(self._built)
            .failure(self._failed)
            .progress(self._progress)
            .run()
        )
        self._update_buttons()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(window_text(Text("core", text)) + "…")  # the signal gave a str

    def _built(self, result: Preview) -> None:
        self.report, self.pdf_path = result.report, result.pdf
        self.document.load(str(result.pdf))
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("{0}: {1}.").format(
                result.summary, window_text(counted(self.document.pageCount(), PAGE, PAGES))
            )
        )
        self._update_buttons()
        self.reportReady.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.status.setText(self.tr("Het rapport kon niet worden gemaakt."))
        self._update_buttons()
        show_error(self, exc)

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        ready = self.report is not None and not busy
        self.build_button.setEnabled(not busy)
        self.group.setEnabled(self.kind.currentData() == "region")
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- printing and saving ------------------------------------------------------------

    def print_report(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page of the preview, scaled to the printer's page."""
        print_document(self, self.document, printer)

    def save_report(self) -> None:
        if self.report is None:
            return
        header = self.report.header
        suggested = f"{self.kind.currentText()} {header.period.code}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Rapport opslaan"),
            str(Path.home() / suggested),
            self.tr(
                "PDF (*.pdf);;CSV voor Excel (*.csv);;Excel (*.xlsx);;"
                "Gegevens voor een draaitabel (*.long.csv)"
            ),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the shown report as PDF, CSV or XLSX (from the extension)."""
        if self.report is None:
            return False
        try:
            if path.suffix.lower() == ".pdf" and self.pdf_path is not None:
                save_preview(self.pdf_path, path)
            else:
                write_report(self.report, path)
        except Exception as exc:
            self.status.setText(self.tr("Niet opgeslagen: {0}").format(user_message(exc)))
            show_error(self, exc)
            return False
        self.status.setText(self.tr("Opgeslagen: {0}").format(str(path)))
        self.saved.emit(str(path))
        return True

    def closeEvent(self, event: object) -> None:
        self.document.close()
        self._scratch.cleanup()
        super().closeEvent(event)  # type: ignore[arg-type]
