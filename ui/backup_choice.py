"""Choosing the backup to restore: our own list of the backups in the backup folder, newest
first, each with when it was made (to the second), its kind and its whole file name, so two
backups of one day are told apart (the file dialog cut both names to "ido-desk-2026120…" at
1366x768 with large text). "Ander bestand…" still opens the file dialog for a backup kept
elsewhere (a USB stick)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.backup import BackupInfo, list_backups
from ido_desk.desk import Desk
from ui.messages import window_text
from ui.qt_dates import to_qdate
from ui.table_model import RowsModel


class BackupsModel(RowsModel[BackupInfo]):
    MADE, KIND, NAME = range(3)  # the size in the tooltip: all three fit at 1366x768, 150%
    HEADERS: tuple[str, ...] = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("BackupsModel", "Gemaakt op"),
            QT_TRANSLATE_NOOP("BackupsModel", "Soort"),
            QT_TRANSLATE_NOOP("BackupsModel", "Bestand"),
        ),
    )

    def cell(self, info: BackupInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MADE:
                day = QLocale().toString(to_qdate(info.made_at.date()), "d MMM yyyy")
                return f"{day} {info.made_at:%H:%M:%S}"
            if column == self.KIND:
                return window_text(info.kind_label)
            return info.path.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{info.path} ({QLocale().formattedDataSize(info.size, 1)})"
        return None


class BackupChoice(QDialog):
    """``chosen`` is the backup file picked (from the list or with "Ander bestand…")."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Back-up kiezen"))
        self.model = BackupsModel(self)
        self.model.set_rows(list_backups(desk.paths))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Back-ups, nieuwste eerst"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.doubleClicked.connect(self._take)
        intro = QLabel(
            self.tr("Kies de back-up die u wilt terugzetten. U krijgt daarna nog een vraag.")
            if self.model.rowCount()
            else self.tr("Er staan geen back-ups in de back-upmap. Kies een ander bestand.")
        )
        intro.setWordWrap(True)
        intro.setBuddy(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = self.buttons.addButton(
            self.tr("&Ander bestand…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(lambda: self._take(self.table.currentIndex()))
        self.other_button.clicked.connect(self._other_file)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.model.rowCount()))
        self.table.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the whole rows (the screen's width at most; then it scrolls)."""
        self.table.resizeColumnsToContents()
        width = self.table.horizontalHeader().length() + 2 * self.table.frameWidth() + 4
        width += self.table.verticalScrollBar().sizeHint().width()
        screen = self.screen().availableGeometry() if self.screen() else None
        limit = screen.width() - 40 if screen else width
        margins = self._layout.contentsMargins()
        self.resize(min(width + margins.left() + margins.right(), limit), self.sizeHint().height())

    def _take(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.chosen = self.model.rows[index.row()].path
        self.accept()

    def _other_file(self) -> None:
        server = self.desk.paths.database_file is None
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Back-up kiezen"),
            str(self.desk.paths.backup_dir),
            self.tr("IDO Desk-back-ups (*.dump);;Alle bestanden (*)")
            if server
            else self.tr("Back-ups van IDO Desk (*.sqlite);;Alle bestanden (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def choose_backup(desk: Desk, parent: QWidget | None = None) -> Path | None:
    dialog = BackupChoice(desk, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
