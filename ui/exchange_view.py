"""The "Uitwisseling" tab: a branch exports a period for its coordinator; a coordinator imports
the files branches send (chosen, dropped, or arriving in a watched inbox folder), confirms a
new location's key fingerprint, sees the import history and can undo an import.

Everything goes through ``ido_desk.exchange`` services; the work (export, verification, import,
undo) runs off the GUI thread with progress. A key is confirmed on the GUI thread first
(``keys_to_confirm``), then the import runs with the answers."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QFileSystemWatcher,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
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
from ido_desk.exchange.export import ExportResult, export_period
from ido_desk.exchange.history import UndoResult, import_history, undo_import
from ido_desk.exchange.importer import ImportResult, KeyQuestion, import_files, keys_to_confirm
from ido_desk.exchange.keys import KeyFile, own_fingerprint, read_key_file
from ido_desk.periods import last_full_month, parse_period
from ui.import_history_model import ImportHistoryModel
from ui.messages import user_message
from ui.pin_dialog import ask_manager
from ui.style import ERROR_COLOUR, OK_COLOUR
from ui.worker import BackgroundTask, run_in_background

INBOX_SETTLE_MS = 800  # a file must look the same twice this far apart: its copy has finished


class ExchangeView(QWidget):
    """``imported`` is emitted after an import or undo changed the data (the overview and the
    reports refresh on it)."""

    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setAcceptDrops(True)
        self.key_files: list[KeyFile] = []
        self.key_dialog: QMessageBox | None = None
        self.undo_dialog: QMessageBox | None = None
        self._task: BackgroundTask | None = None
        self._queue: list[Path] = []
        self._importing = False  # from the key check until the import is done
        self._inbox_seen: set[tuple[str, int, int]] = set()
        self._inbox_pending: dict[Path, tuple[str, int, int]] = {}
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._inbox_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(INBOX_SETTLE_MS)
        self._settle.timeout.connect(self.scan_inbox)

        layout = QVBoxLayout(self)
        layout.addWidget(self._export_box())
        layout.addWidget(self._import_box(), 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.refresh_history()

    # -- export ---------------------------------------------------------------------------

    def _export_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exporteren voor de coördinator"))
        form = QFormLayout(box)
        self.period_edit = QLineEdit(
            last_full_month(self.desk.clock().date()).start.strftime("%Y-%m")
        )
        self.period_edit.setPlaceholderText(
            self.tr("2026-10, 2026-Q3, 2026 of 2026-01-01..2026-03-15")
        )
        form.addRow(self.tr("&Periode"), self.period_edit)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.out_edit = QLineEdit(documents or str(Path.home()))
        browse = QPushButton(self.tr("Bladeren…"))
        browse.clicked.connect(self._choose_out)
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(browse)
        out_label = QLabel(self.tr("&Map of bestand"))
        out_label.setBuddy(self.out_edit)
        form.addRow(out_label, row)
        self.export_button = QPushButton(self.tr("Exporteren  (Ctrl+E)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.clicked.connect(self.start_export)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.export_button, self.export_status)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        form.addRow(self.tr("Sleutel van deze installatie"), self.fingerprint_label)
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
        self._status(self.export_status, self.tr("Bezig met exporteren…"))
        self._run(
            lambda progress: export_period(self.desk, period.start, period.end, out, progress),
            self._export_done,
            lambda exc: self._status(self.export_status, user_message(exc), error=True),
        )

    def _export_done(self, result: ExportResult) -> None:
        text = self.tr(
            "Opgeslagen: {file}\n{visits} bezoeken (waarvan {tombstones} verwijderd), "
            "{questions} vragen; ondertekend met sleutel {fingerprint}."
        )
        self._status(
            self.export_status,
            text.format(
                file=result.path,
                visits=result.visits,
                tombstones=result.tombstones,
                questions=result.questions,
                fingerprint=result.fingerprint,
            ),
        )

    # -- import ---------------------------------------------------------------------------

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Importeren van vestigingen"))
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Bestanden kiezen…  (Ctrl+O)"))
        self.choose_button.setShortcut(QKeySequence("Ctrl+O"))
        self.choose_button.clicked.connect(self._choose_files)
        key_button = QPushButton(self.tr("Sleutelbestand…"))
        key_button.clicked.connect(self._choose_key_file)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(key_button)
        buttons.addWidget(QLabel(self.tr("of sleep exportbestanden hierheen")), 1)
        layout.addLayout(buttons)

        inbox = QHBoxLayout()
        self.inbox_edit = QLineEdit()
        self.inbox_edit.setPlaceholderText(
            self.tr("Postvak: een map waarin exportbestanden binnenkomen")
        )
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
            self, self.tr("Exportbestanden kiezen"), "", self.tr("Exportbestanden (*.zip)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def _choose_key_file(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(self, self.tr("Sleutelbestand kiezen"))
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
            self.tr("Sleutel van {code} klaargezet (vingerafdruk {fp}).").format(
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
        self._run(
            lambda _progress: keys_to_confirm(self.desk, batch),
            lambda questions: self._ask_keys(batch, list(questions), set()),
            self._import_failed,
        )

    def _ask_keys(
        self, batch: list[Path], questions: list[KeyQuestion], approved: set[tuple[str, str]]
    ) -> None:
        if not questions:
            self._start_import(batch, approved)
            return
        question = questions[0]
        dialog = QMessageBox(QMessageBox.Icon.Question, self.tr("Nieuwe locatie"), "", parent=self)
        dialog.setText(
            self.tr(
                "{name} ({municipality}, code {code}) stuurt voor het eerst gegevens.\n\n"
                "Vingerafdruk van de sleutel:\n{fp}\n\nVergelijk deze vingerafdruk met die in de "
                "instellingen van de vestiging, bijvoorbeeld door te bellen. Vertrouwt u deze "
                "sleutel?"
            ).format(
                name=question.location_name,
                municipality=question.municipality,
                code=question.location_code,
                fp=question.fingerprint,
            )
        )
        trust = dialog.addButton(self.tr("Vertrouwen"), QMessageBox.ButtonRole.YesRole)
        dialog.addButton(self.tr("Niet vertrouwen"), QMessageBox.ButtonRole.NoRole)

        def answered() -> None:
            if dialog.clickedButton() is trust:
                approved.add((question.location_code, question.fingerprint))
            self.key_dialog = None
            dialog.deleteLater()
            self._ask_keys(batch, questions[1:], approved)

        dialog.finished.connect(answered)
        self.key_dialog = dialog
        dialog.open()

    def _start_import(self, batch: list[Path], approved: set[tuple[str, str]]) -> None:
        keys = list(self.key_files)

        def work(progress: Any) -> list[ImportResult]:
            return import_files(
                self.desk,
                batch,
                lambda q: (q.location_code, q.fingerprint) in approved,
                key_files=keys,
                progress=progress,
            )

        self._run(work, self._import_done, self._import_failed)

    def _import_done(self, results: list[ImportResult]) -> None:
        self._importing = False
        for result in results:
            self._result(result.message, error=not result.ok)
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
        folder = QFileDialog.getExistingDirectory(self, self.tr("Postvak-map kiezen"))
        if folder:
            self.inbox_edit.setText(folder)
            self.watch_box.setChecked(True)

    def set_watching(self, on: bool) -> None:
        for watched in self.watcher.directories():
            self.watcher.removePath(watched)
        if not on:
            return
        inbox = Path(self.inbox_edit.text().strip()).expanduser()
        if not inbox.is_dir():
            self._result(
                self.tr("De postvak-map {0} bestaat niet.").replace("{0}", str(inbox)), error=True
            )
            self.watch_box.setChecked(False)
            return
        self.watcher.addPath(str(inbox))
        self.scan_inbox()

    def _inbox_changed(self, _folder: str) -> None:
        self._settle.start()

    def scan_inbox(self) -> None:
        """Import the exports in the inbox that were not seen before (by name, size, time).

        A file is taken once it looks the same on two looks a settle interval apart, so that
        one still being copied in (a slow USB stick, a network share) is not read half-way;
        while any file is still changing, the inbox is looked at again."""
        folders = self.watcher.directories()
        if not folders:
            return
        arrived = []
        for path in sorted(Path(folders[0]).glob("*.zip")):
            try:
                stat = path.stat()
            except OSError:
                continue
            mark = (path.name, stat.st_size, stat.st_mtime_ns)
            if mark in self._inbox_seen:
                continue
            if self._inbox_pending.get(path) == mark:
                del self._inbox_pending[path]
                self._inbox_seen.add(mark)
                arrived.append(path)
            else:
                self._inbox_pending[path] = mark
        if self._inbox_pending:
            self._settle.start()
        if arrived:
            self.import_paths(arrived)

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
        dialog.setText(
            self.tr(
                "Import {id} ({file}, {location}) ongedaan maken? De {new} nieuwe bezoeken "
                "verdwijnen en bijgewerkte of verwijderde bezoeken komen terug zoals ze waren."
            ).format(id=info.id, file=info.file_name, location=info.location_code, new=info.new)
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
            ).format(id=result.import_id, removed=result.removed, restored=result.restored)
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

        self._task = run_in_background(
            self, work, on_done=on_done, on_error=on_error, on_progress=self._on_progress
        )
        self._task.finished.connect(finished)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        self.progress.setFormat(f"{text}: %v / %m")

    def _status(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {ERROR_COLOUR.name() if error else OK_COLOUR.name()};")

    def _result(self, text: str, *, error: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setForeground(ERROR_COLOUR if error else OK_COLOUR)
        self.results.insertItem(0, item)
