"""The export half of the Uitwisseling tab: a period and a folder or file, the export in the
background, and a question before a missing folder is made or an existing file replaced."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.exchange.export import ExportResult, FileExists, MissingFolder, export_period
from ido_desk.exchange.keys import own_fingerprint
from ido_desk.periods import dutch_date, last_full_month, parse_period
from ui.field_label import add_field
from ui.messages import count_text, user_message
from ui.pin_dialog import ask_manager


class ExportSection(QWidget):
    """Mixed into ExchangeView, which provides the background runner and the status styles."""

    desk: Desk
    export_dialog: QMessageBox | None

    @property
    def busy(self) -> bool:
        raise NotImplementedError

    def _run(self, work: Any, on_done: Any, on_error: Any) -> None:
        raise NotImplementedError

    def _status(self, label: QLabel, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exporteren voor de coördinator"))
        form = QFormLayout(box)
        self.period_edit = QLineEdit(
            last_full_month(self.desk.clock().date()).start.strftime("%Y-%m")
        )
        self.period_edit.setPlaceholderText(
            self.tr("2026-10, 2026-Q3, 2026 of 2026-01-01..2026-03-15")
        )
        add_field(form, self.tr("&Periode"), self.period_edit)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.out_edit = QLineEdit(documents or str(Path.home()))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._choose_out)
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(browse)
        add_field(form, self.tr("&Map of bestand"), row, buddy=self.out_edit)
        self.export_button = QPushButton(self.tr("Exporteren  (Ctrl+E)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.clicked.connect(self.start_export)
        self.export_status = QLabel()
        self.export_status.setTextFormat(Qt.TextFormat.PlainText)
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.export_button, self.export_status)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        add_field(form, self.tr("Herkenningscode van deze vestiging"), self.fingerprint_label)
        try:
            self.fingerprint_label.setText(own_fingerprint(self.desk.paths))
        except OSError as exc:
            self.fingerprint_label.setText(
                self.tr("niet beschikbaar ({0})").replace("{0}", str(exc))
            )
        self.period_edit.returnPressed.connect(self.start_export)
        return box

    def _choose_out(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor het exportbestand"), self.out_edit.text()
        )
        if folder:
            self.out_edit.setText(folder)

    def start_export(self) -> None:
        if self.busy or not ask_manager(self.desk, self, self.tr("Exporteren")):
            return
        try:
            period = parse_period(self.period_edit.text())
        except Exception as exc:  # ValidationError: shown where it belongs
            self._status(self.export_status, user_message(exc), error=True)
            self.period_edit.setFocus()
            return
        # the text as typed: a trailing "/" says it is a folder, which a Path would drop
        out = os.path.expanduser(self.out_edit.text().strip() or ".")
        self._export(period.start, period.end, out, create_folder=False, overwrite=False)

    def _export(
        self, start: date, end: date, out: str, *, create_folder: bool, overwrite: bool
    ) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, MissingFolder):
                question = self.tr("De map {0} bestaat niet. Wilt u deze map aanmaken?")
                self._ask_export(
                    question.replace("{0}", str(exc.folder)),
                    self.tr("Map aanmaken"),
                    exc,
                    lambda: self._export(start, end, out, create_folder=True, overwrite=overwrite),
                )
            elif isinstance(exc, FileExists):
                question = self.tr("Het bestand {0} bestaat al. Wilt u het overschrijven?")
                self._ask_export(
                    question.replace("{0}", str(exc.path)),
                    self.tr("Overschrijven"),
                    exc,
                    lambda: self._export(start, end, out, create_folder=True, overwrite=True),
                )
            else:
                self._status(self.export_status, user_message(exc), error=True)

        self._status(self.export_status, self.tr("Bezig met exporteren…"))
        self._run(
            lambda progress: export_period(
                self.desk,
                start,
                end,
                out,
                progress,
                create_folder=create_folder,
                overwrite=overwrite,
            ),
            self._export_done,
            failed,
        )

    def _ask_export(
        self, text: str, yes: str, refusal: BaseException, again: Callable[[], None]
    ) -> None:
        """Ask before making a folder or replacing a file; "no" leaves the refusal shown."""
        dialog = QMessageBox(QMessageBox.Icon.Question, self.tr("Exporteren"), "", parent=self)
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setText(text)
        accept = dialog.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        dialog.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self._status(self.export_status, user_message(refusal), error=True)

        def answered() -> None:
            self.export_dialog = None
            dialog.deleteLater()
            if dialog.clickedButton() is accept:
                again()

        dialog.finished.connect(answered)
        self.export_dialog = dialog
        dialog.open()

    def _export_done(self, result: ExportResult) -> None:
        running = ""
        if result.running:  # the file holds the period up to today, and says so
            last = result.period_end - timedelta(days=1)
            running = "\n" + self.tr("De periode loopt nog: het bestand gaat t/m {0}.").format(
                dutch_date(last)
            )
        text = self.tr(
            "Opgeslagen: {file}\n{visits} bezoeken (waarvan {tombstones} verwijderd), "
            "{questions} vragen; ondertekend, controlecode {fingerprint}."
        )
        self._status(
            self.export_status,
            text.format(
                file=result.path,
                visits=count_text(result.visits),
                tombstones=count_text(result.tombstones),
                questions=count_text(result.questions),
                fingerprint=result.fingerprint,
            )
            + running,
        )
