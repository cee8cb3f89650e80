"""The coordinator's overview: all locations side by side, per month the number of visits, the
months for which nothing has arrived marked (whom to chase), and the totals per municipality.

The numbers come from ``ido_desk.exchange.overview.regional_overview`` (SQL GROUP BY), fetched
off the GUI thread; the view holds only the frozen result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.exchange.overview import Overview, last_months, regional_overview
from ido_desk.periods import MONTHS_NL
from ui.messages import user_message
from ui.operations import Op

MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
MISSING_TEXT = "—"
MISSING_BACKGROUND = QColor("#fde0e0")
PENDING_TEXT = "wacht"  # the branch's newest file says the month is still to come
PENDING_BACKGROUND = QColor("#fff4d6")
RUNNING_FOREGROUND = QColor("#777777")
OWN_FOREGROUND = QColor("#1a4f8b")

Index = QModelIndex | QPersistentModelIndex


class LocationMonthsModel(QAbstractTableModel):
    """A row per location: name, municipality, a column per month, the total."""

    LOCATION, MUNICIPALITY = 0, 1
    FIRST_MONTH = 2

    def __init__(self, parent: QWidget | None = None) -> None:
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
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.LOCATION:
            return self.tr("Locatie")
        if section == self.MUNICIPALITY:
            return self.tr("Gemeente")
        if section == self.total_column:
            return self.tr("Totaal")
        month = self.overview.months[section - self.FIRST_MONTH]
        return f"{MONTH_ABBREVIATIONS[month.month - 1]} {month:%Y}"

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
                    name=row.name, month=f"{MONTHS_NL[month.month - 1]} {month.year}"
                )
            if cell is not None and cell.missing:
                month = self.overview.months[column - self.FIRST_MONTH]
                return self.tr("Niets ontvangen van {name} over {month}").format(
                    name=row.name, month=f"{MONTHS_NL[month.month - 1]} {month.year}"
                )
            if cell is not None and cell.running:
                return self.tr("Lopende maand: bezoeken tot nu toe")
            if column == self.LOCATION:
                return row.code
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.missing:
            return QBrush(MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and cell is not None and cell.pending:
            return QBrush(PENDING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.LOCATION and row.is_own:
            return QBrush(OWN_FOREGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and cell is not None and cell.running:
            return QBrush(RUNNING_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and column == self.total_column:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_MONTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MunicipalityTotalsModel(QAbstractTableModel):
    MUNICIPALITY, CBS, LOCATIONS, VISITS = range(4)
    HEADERS = ("Gemeente", "CBS-code", "Locaties", "Bezoeken")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = Overview((), (), ())

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.overview.municipalities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        total = self.overview.municipalities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (total.municipality, total.cbs_code, total.locations, total.visits)[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.LOCATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CoordinatorOverview(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[Overview] | None = None
        self._again = False  # asked to refresh while a refresh ran

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Laatste")))
        self.months_box = QSpinBox()
        self.months_box.setRange(1, 60)
        self.months_box.setValue(12)
        self.months_box.setSuffix(self.tr(" maanden"))
        controls.addWidget(self.months_box)
        self.refresh_button = QPushButton(self.tr("Vernieuwen  (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        controls.addWidget(self.refresh_button)
        self.status = QLabel()
        controls.addWidget(self.status, 1)

        self.locations_model = LocationMonthsModel(self)
        self.locations = self._table(self.locations_model)
        self.municipalities_model = MunicipalityTotalsModel(self)
        self.municipalities = self._table(self.municipalities_model)
        legend = QLabel(
            self.tr(
                "{0} = niets ontvangen over een afgelopen maand: geen bezoeken en geen export die "
                "de maand dekt. De lopende maand (grijs) telt tot nu toe en ontbreekt nog niet."
            ).replace("{0}", MISSING_TEXT)
        )
        legend.setStyleSheet(f"background: {MISSING_BACKGROUND.name()}; padding: 3px;")

        self.late = QLabel()  # the locations that are late, on top
        self.late.setWordWrap(True)
        self.late.setStyleSheet(f"background: {MISSING_BACKGROUND.name()}; padding: 3px;")
        self.late.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.late)
        layout.addWidget(self.locations, 3)
        layout.addWidget(legend)
        layout.addWidget(QLabel(self.tr("Totalen per gemeente")))
        layout.addWidget(self.municipalities, 2)
        self.refresh()

    def _table(self, model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def refresh(self) -> None:
        if self._task is not None and self._task.running:
            self._again = True
            return
        first, last = last_months(self.desk.clock().date(), self.months_box.value())
        self.status.setText(self.tr("Bezig…"))
        self._task = (
            Op(self, self.desk, lambda _progress: regional_overview(self.desk, first, last))
            .success(self._show)
            .failure(lambda exc: self.status.setText(user_message(exc)))
            .run()
        )

    def _show(self, overview: Overview) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.locations_model.set_overview(overview)
        self.municipalities_model.set_overview(overview)
        chase = [row.name for row in overview.locations if row.missing_months]
        text = self.tr("{n} locaties, {visits} bezoeken.").format(
            n=len(overview.locations), visits=overview.total
        )
        if chase:
            text += " " + self.tr("Ontbrekende maanden bij: {names}.").format(
                names=", ".join(chase)
            )
        self.status.setText(text)
        late = [
            self.tr("{name} (laatste bestand {day})").format(
                name=row.name,
                day=f"{row.last_file:%d-%m-%Y}" if row.last_file else self.tr("nooit"),
            )
            for row in overview.locations
            if row.late
        ]
        self.late.setText(self.tr("Te laat met bezorgen: {0}.").replace("{0}", "; ".join(late)))
        self.late.setVisible(bool(late))
