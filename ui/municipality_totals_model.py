"""The Regio tab's totals per municipality: its CBS code, how many locations, how many
visits over the months shown."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ido_desk.exchange.overview import MunicipalityTotal
from ui.table_model import RowsModel


class MunicipalityTotalsModel(RowsModel[MunicipalityTotal]):
    MUNICIPALITY, CBS, LOCATIONS, VISITS = range(4)
    HEADERS: tuple[str, ...] = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("MunicipalityTotalsModel", "Gemeente"),
            QT_TRANSLATE_NOOP("MunicipalityTotalsModel", "CBS-code"),
            QT_TRANSLATE_NOOP("MunicipalityTotalsModel", "Locaties"),
            QT_TRANSLATE_NOOP("MunicipalityTotalsModel", "Bezoeken"),
        ),
    )

    def cell(self, total: MunicipalityTotal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (total.municipality, total.cbs_code, total.locations, total.visits)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.LOCATIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
