"""Each ended month of the delivery loop as a table row: when it was delivered, to which file,
how many visits, and its state (delivered, waiting, changed since); newest first."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ido_desk.delivery import MonthStatus
from ui.messages import window_text
from ui.qt_dates import month_and_year
from ui.table_model import RowsModel


class DeliveryMonthsModel(RowsModel[MonthStatus]):
    """A row per ended month, newest first."""

    MONTH, DELIVERED_AT, WHERE, VISITS, STATE = range(5)
    HEADERS: tuple[str, ...] = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("DeliveryMonthsModel", "Maand"),
            QT_TRANSLATE_NOOP("DeliveryMonthsModel", "Bezorgd op"),
            QT_TRANSLATE_NOOP("DeliveryMonthsModel", "Bestand"),
            QT_TRANSLATE_NOOP("DeliveryMonthsModel", "Bezoeken"),
            QT_TRANSLATE_NOOP("DeliveryMonthsModel", "Stand"),
        ),
    )

    def set_months(self, months: list[MonthStatus]) -> None:
        self.set_rows(reversed(months))

    def cell(self, status: MonthStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MONTH:
                return month_and_year(status.month.start)
            if column == self.DELIVERED_AT:
                return f"{status.delivered_at:%d-%m-%Y %H:%M}" if status.delivered_at else ""
            if column == self.WHERE:
                return str(status.path) if status.path else ""
            if column == self.VISITS:
                return status.visits if status.delivered_at else ""
            return self._state(status)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATE and status.problem:
            return window_text(status.problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VISITS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _state(self, status: MonthStatus) -> str:
        if status.changed:
            return self.tr("gewijzigd: gaat opnieuw")
        if status.pending:
            return self.tr("wacht")
        return self.tr("bezorgd")
