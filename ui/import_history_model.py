"""The import history as a table: which file, from which location, when, with how many visits
new / updated / deleted / unchanged, and whether it was undone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ido_desk.exchange.history import ImportInfo

Index = QModelIndex | QPersistentModelIndex


class ImportHistoryModel(QAbstractTableModel):
    """The import history, newest first; rows are ``ImportInfo``."""

    IMPORTED, LOCATION, FILE, PERIOD, NEW, UPDATED, DELETED, UNCHANGED, STATUS = range(9)
    HEADERS = (
        "Ingelezen",
        "Locatie",
        "Bestand",
        "Periode",
        "Nieuw",
        "Bijgewerkt",
        "Verwijderd",
        "Ongewijzigd",
        "Status",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imports: list[ImportInfo] = []

    def set_imports(self, imports: Sequence[ImportInfo]) -> None:
        self.beginResetModel()
        self.imports = list(imports)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.imports)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.imports[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            last_day = info.period_end - timedelta(days=1)
            values = (
                f"{info.imported_at:%d-%m-%Y %H:%M}",
                info.location_name,
                info.file_name,
                f"{info.period_start:%d-%m-%Y} t/m {last_day:%d-%m-%Y}",
                info.new,
                info.updated,
                info.deleted,
                info.unchanged,
                self.tr("ongedaan gemaakt") if info.undone_at else self.tr("ingelezen"),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.LOCATION:
            return info.location_code
        if role == Qt.ItemDataRole.TextAlignmentRole and self.NEW <= column <= self.UNCHANGED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and info.undone_at is not None:
            return QColor("#777777")
        return None
