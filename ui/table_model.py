"""The part every flat table model here shares: plain rows replaced whole, their count, the
column count and the horizontal headers (``RowsModel``), and for a big table the rows read a
page at a time as the view scrolls (``PagedRowsModel``). A model names its columns and
``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` when they are to be translated) and says in
``data`` what a cell shows."""

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
    ROW_NUMBERS = False  # the vertical header numbers the rows 1, 2, ...

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What the cell of ``row`` in ``column`` shows for ``role`` (the model's own)."""
        raise NotImplementedError

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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header(section)
        return str(section + 1) if self.ROW_NUMBERS else None


class PagedRowsModel(RowsModel[Row]):
    """Rows read ``page_size`` at a time: ``show_first`` shows a first page read by the caller,
    ``next_page`` (the subclass's) reads the page after the rows shown when the view scrolls
    to the end (``canFetchMore`` / ``fetchMore``); a short page is the last."""

    def __init__(self, page_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._complete = True

    def next_page(self) -> list[Row]:
        raise NotImplementedError

    def show_first(self, page: list[Row]) -> None:
        self._complete = len(page) < self.page_size
        self.set_rows(page)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        page = self.next_page()
        self._complete = len(page) < self.page_size
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()
