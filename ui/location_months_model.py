"""The Regio tab's table of locations: a row per location, a column per month with its
visits (or "—" when nothing arrived over an ended month, "wacht" when the branch's newest file
says it is still to come), and the total."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ido_desk.exchange.overview import Overview
from ui.qt_dates import month_name
from ui.style import chosen_theme
from ui.table_model import Index

MISSING_TEXT = "—"
# the branch's newest file says the month is still to come
DISPLAY = Qt.ItemDataRole.DisplayRole
PENDING_TEXT = str(QT_TRANSLATE_NOOP("LocationMonthsModel", "wacht"))


class LocationMonthsModel(QAbstractTableModel):
    """A row per location: name, municipality, a column per month, the total."""

    LOCATION, MUNICIPALITY = 0, 1
    FIRST_MONTH = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview = Overview((), (), ())

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.endResetModel()

    @property
    def total_column(self) -> int:
        return self.FIRST_MONTH + len(self.overview.months)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.overview.locations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total_column + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:  # the row's name, beside the months
            if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
                return self.data(self.index(section, self.LOCATION), role)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.LOCATION:
            return self.tr("Locatie")
        if section == self.MUNICIPALITY:
            return self.tr("Gemeente")
        if section == self.total_column:
            return self.tr("Totaal")
        month = self.overview.months[section - self.FIRST_MONTH]
        return f"{month_name(month.month, short=True)} {month:%Y}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.overview.locations[index.row()]
        column = index.column()
        cell = None
        if self.FIRST_MONTH <= column < self.total_column:
            cell = row.cells[column - self.FIRST_MONTH]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LOCATION:
                return row.name + (self.tr(" (eigen locatie)") if row.is_own else "")
            if column == self.MUNICIPALITY:
                return f"{row.municipality} ({row.cbs_code})"
            if column == self.total_column:
                return row.total
            assert cell is not None
            if cell.pending:
                return self.tr(PENDING_TEXT)
            return MISSING_TEXT if cell.missing else cell.visits
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell is not None and cell.pending:
                month = self.overview.months[column - self.FIRST_MONTH]
                return self.tr("{name} heeft {month} nog niet bezorgd; het komt nog").format(
                    name=row.name, month=f"{month_name(month.month)} {month.year}"
                )
            if cell is not None and cell.missing:
                month = self.overview.months[column - self.FIRST_MONTH]
                return self.tr("Niets ontvangen van {name} over {month}").format(
                    name=row.name, month=f"{month_name(month.month)} {month.year}"
                )
            if cell is not None and cell.running:
                return self.tr("Lopende maand: bezoeken tot nu toe")
            if column == self.LOCATION:
                return row.code
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.missing:
            return QBrush(QColor(chosen_theme().missing))
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.pending:
            return QBrush(QColor(chosen_theme().pending))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LOCATION and row.is_own:
            return QBrush(QColor(chosen_theme().accent))
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.running:
            return QBrush(QColor(chosen_theme().hint))
        if role == Qt.ItemDataRole.FontRole and column == self.total_column:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
