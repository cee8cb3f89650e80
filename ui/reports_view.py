"""The "Rapporten" tab: choose the kind, the period and the locations (one, all, or those of a
municipality, province or library organisation); the report is built off the GUI thread with
visible progress (``preview_report``: one operation), previewed, printed or saved as PDF,
CSV or XLSX. Every step calls an ``ido_desk.reports`` service; nothing here touches the
database."""

from __future__ import annotations

import tempfile
from itertools import count
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.labels import PAGE, PAGES, counted
from ido_desk.location import all_locations
from ido_desk.periods import Period
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
from ui.period_choice import PeriodChoice


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
        self.when.reset(desk.clock().date())
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
        self.when = PeriodChoice(self)
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

    def _lay_out(self) -> None:
        # rows that wrap: at 1.5x or 2x text the fields go onto a next line, not off-screen
        what = FlowRow()
        when = FlowRow()
        for row, label, widget in (
            (what, self.tr("&Rapport"), self.kind),
            (what, self.tr("&Locatie"), self.location),
            (what, self.tr("Alleen &van"), self.narrow),
            (what, self.tr("&Groepen"), self.group),
            (when, self.tr("P&eriode"), self.when.kind),
            (when, None, self.when.fields),
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

    def period(self) -> Period:
        """The period the widgets show. Raises ValidationError for an inverted range."""
        return self.when.period()

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
