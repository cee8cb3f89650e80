"""The part every flat table model here shares: plain rows replaced whole, their count, the
column count and the horizontal headers. A model names its columns and ``HEADERS`` (marked
with ``QT_TRANSLATE_NOOP`` when they are to be translated) and says in ``data`` what a cell
shows; a big table adds its own lazy fetching (``VisitsModel``)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    HEADERS: tuple[str, ...] = ()  # Dutch; translated in the context of the model's class name

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def header(self, section: int) -> str | None:
        if not 0 <= section < len(self.HEADERS):
            return None
        return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header(section)
        return None
