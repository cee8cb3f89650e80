"""The "Uitwisseling" tab: a branch exports a period for its coordinator; a coordinator imports
the files branches send (chosen, dropped, or arriving in a watched inbox folder), confirms a
new location's key fingerprint, sees the import history and can undo an import.

Everything goes through ``ido_desk.exchange`` services; the work (export, verification, import,
undo) runs off the GUI thread with progress. A key is confirmed on the GUI thread first
(``prepare_import`` verifies the files), then the import runs with the answers on the
verified files. Every text from a file is shown as plain text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.exchange.history import UndoResult, import_history, undo_import
from ido_desk.exchange.importer import ImportResult, Prepared, import_prepared, prepare_import
from ido_desk.exchange.keys import KeyFile, read_key_file
from ido_desk.import_folder import import_folder, remember_import_folder
from ido_desk.translatable import Text
from ui.export_section import ExportSection
from ui.import_history_model import ImportHistoryModel
from ui.inbox_watcher import InboxWatcher
from ui.key_dialog import KeyQuestionDialog
from ui.messages import count_text, user_message, window_text
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.style import ERROR_STYLE, OK_STYLE, chosen_theme


class ExchangeView(ExportSection, QWidget):
    """``imported`` is emitted after an import or undo changed the data (the overview and the
    reports refresh on it)."""

    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setAcceptDrops(True)
        self.key_files: list[KeyFile] = []
        self.key_dialog: KeyQuestionDialog | None = None
        self.undo_dialog: QMessageBox | None = None
        self.export_dialog: QMessageBox | None = None
        self._task: Op[Any] | None = None
        self._queue: list[Path] = []
        self._importing = False  # from the key check until the import is done
        self.inbox = InboxWatcher(self)
        self.inbox.arrived.connect(self.import_paths)
        self.watcher, self.poll = self.inbox.watcher, self.inbox.poll

        layout = QVBoxLayout(self)
        layout.addWidget(self._export_box())
        layout.addWidget(self._import_box(), 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.refresh_history()

    # -- import ---------------------------------------------------------------------------

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Importeren van vestigingen"))
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Bestanden kiezen…  (Ctrl+O)"))
        self.choose_button.setShortcut(QKeySequence("Ctrl+O"))
        self.choose_button.clicked.connect(self._choose_files)
        key_button = QPushButton(self.tr("Herkenningsbestand…"))
        key_button.clicked.connect(self._choose_key_file)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(key_button)
        buttons.addWidget(QLabel(self.tr("of sleep exportbestanden hierheen")), 1)
        layout.addLayout(buttons)

        inbox = QHBoxLayout()
        self.inbox_edit = QLineEdit()
        self.inbox_edit.setPlaceholderText(self.tr("Map waarin exportbestanden binnenkomen"))
        inbox_button = QPushButton(self.tr("Map kiezen…"))
        inbox_button.clicked.connect(self._choose_inbox)
        self.watch_box = QCheckBox(self.tr("Map &bewaken"))
        self.watch_box.toggled.connect(self.set_watching)
        inbox.addWidget(self.inbox_edit, 1)
        inbox.addWidget(inbox_button)
        inbox.addWidget(self.watch_box)
        layout.addLayout(inbox)

        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(110)
        layout.addWidget(self.results)

        layout.addWidget(QLabel(self.tr("Geschiedenis")))
        self.history_model = ImportHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history, 1)
        self.undo_button = QPushButton(self.tr("Import ongedaan maken"))
        self.undo_button.clicked.connect(self.ask_undo)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_button)
        layout.addLayout(undo_row)
        return box

    def _choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Exportbestanden kiezen"),
            str(import_folder(self.desk)),
            self.tr("Exportbestanden (*.zip *.ZIP *.Zip)"),
        )
        if files:
            remember_import_folder(self.desk, Path(files[0]))
            self.import_paths([Path(f) for f in files])

    def _choose_key_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(self, self.tr("Herkenningsbestand kiezen"))
        if file:
            self.add_key_file(Path(file))

    def add_key_file(self, path: Path) -> None:
        try:
            key = read_key_file(path)
        except Exception as exc:
            self._result(user_message(exc), error=True)
            return
        self.key_files.append(key)
        self._result(
            self.tr("Herkenningscode van {code} klaargezet (controlecode {fp}).").format(
                code=key.location_code, fp=key.fingerprint
            )
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: Iterable[Path]) -> None:
        """Import these files: first find the new keys (in the background), ask about them
        here, then import in the background. Files arriving meanwhile wait their turn."""
        self._queue.extend(paths)
        if self.busy or not self._queue:
            return
        if not ask_manager(self.desk, self, self.tr("Importeren")):
            self._queue.clear()
            return
        batch, self._queue = self._queue, []
        self._importing = True
        keys = list(self.key_files)
        self._run(
            lambda _progress: prepare_import(self.desk, batch, keys),
            lambda prepared: self._ask_keys(prepared, set()),
            self._import_failed,
        )

    def _ask_keys(self, prepared: Prepared, approved: set[tuple[str, str]]) -> None:
        if not prepared.questions:
            self._start_import(prepared, approved)
            return
        question, *rest = prepared.questions
        dialog = KeyQuestionDialog(question, self)

        def answered() -> None:
            if dialog.trusted:
                approved.add((question.location_code, question.fingerprint))
            self.key_dialog = None
            dialog.deleteLater()
            self._ask_keys(replace(prepared, questions=rest), approved)

        dialog.finished.connect(answered)
        self.key_dialog = dialog
        dialog.open()

    def _start_import(self, prepared: Prepared, approved: set[tuple[str, str]]) -> None:
        keys = list(self.key_files)

        def work(progress: Any) -> list[ImportResult]:
            return import_prepared(
                self.desk,
                prepared,
                lambda q: (q.location_code, q.fingerprint) in approved,
                keys,
                progress,
            )

        self._run(work, self._import_done, self._import_failed)

    def _import_done(self, results: list[ImportResult]) -> None:
        self._importing = False
        for result in results:
            if result.ok:
                self._result(window_text(result.message))
            else:  # as the command line says it
                said = self.tr("Geweigerd, er is niets veranderd: {0}")
                self._result(said.replace("{0}", window_text(result.message)), error=True)
        self.refresh_history()
        if any(r.ok and not r.already_imported for r in results):
            self.imported.emit()
        self.import_paths([])  # files that arrived meanwhile

    def _import_failed(self, exc: BaseException) -> None:
        self._importing = False
        self._result(user_message(exc), error=True)
        self.import_paths([])

    # -- the inbox ------------------------------------------------------------------------

    def _choose_inbox(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor binnenkomende bestanden kiezen")
        )
        if folder:
            self.inbox_edit.setText(folder)
            self.watch_box.setChecked(True)

    def set_watching(self, on: bool) -> None:
        self.inbox.stop()
        if not on:
            return
        inbox = Path(self.inbox_edit.text().strip()).expanduser()
        if not inbox.is_dir():
            self._result(
                self.tr("De map voor binnenkomende bestanden {0} bestaat niet.").replace(
                    "{0}", str(inbox)
                ),
                error=True,
            )
            self.watch_box.setChecked(False)
            return
        self.inbox.watch(inbox)

    def scan_inbox(self) -> None:
        self.inbox.scan()

    # -- history and undo -----------------------------------------------------------------

    def refresh_history(self) -> None:
        try:
            self.history_model.set_imports(import_history(self.desk))
        except Exception as exc:
            self._result(user_message(exc), error=True)

    def ask_undo(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows or self.busy:
            self._result(self.tr("Kies eerst een import in de geschiedenis."), error=True)
            return
        info = self.history_model.imports[rows[0].row()]
        dialog = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Import ongedaan maken"), "", parent=self
        )
        dialog.setTextFormat(Qt.TextFormat.PlainText)  # the file name came with the file
        dialog.setText(
            self.tr(
                "Import {id} ({file}, {location}) ongedaan maken? De {new} nieuwe bezoeken "
                "verdwijnen en bijgewerkte of verwijderde bezoeken komen terug zoals ze waren."
            ).format(
                id=info.id,
                file=info.file_name,
                location=info.location_code,
                new=count_text(info.new),
            )
        )
        undo = dialog.addButton(self.tr("Ongedaan maken"), QMessageBox.ButtonRole.AcceptRole)
        dialog.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)

        def answered() -> None:
            self.undo_dialog = None
            dialog.deleteLater()
            if dialog.clickedButton() is undo:
                self._run(
                    lambda _progress: undo_import(self.desk, info.id),
                    self._undo_done,
                    lambda exc: self._result(user_message(exc), error=True),
                )

        dialog.finished.connect(answered)
        self.undo_dialog = dialog
        dialog.open()

    def _undo_done(self, result: UndoResult) -> None:
        self._result(
            self.tr(
                "Import {id} ongedaan gemaakt: {removed} bezoeken weggehaald, {restored} "
                "teruggezet."
            ).format(
                id=result.import_id,
                removed=count_text(result.removed),
                restored=count_text(result.restored),
            )
        )
        self.refresh_history()
        self.imported.emit()

    # -- plumbing -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._importing or (self._task is not None and self._task.running)

    def _run(self, work: Any, on_done: Any, on_error: Any) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)

        def finished() -> None:
            self.progress.setVisible(False)

        self._task = (
            Op(self, self.desk, work)
            .success(on_done)
            .failure(on_error)
            .progress(self._on_progress)
            .when_finished(finished)
            .run()
        )

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(f"{window_text(Text('core', text))}: %v / %m")  # a str now

    def _status(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def _result(self, text: str, *, error: bool = False) -> None:
        item = QListWidgetItem(text)
        theme = chosen_theme()
        item.setForeground(QColor(theme.error if error else theme.ok))
        self.results.insertItem(0, item)
