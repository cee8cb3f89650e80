"""The import history as a table: which file, from which location, when, with how many visits
new / updated / deleted / unchanged, and whether it was undone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ido_desk.exchange.history import ImportInfo
from ui.style import chosen_theme
from ui.table_model import RowsModel


class ImportHistoryModel(RowsModel[ImportInfo]):
    """The import history, newest first; rows are ``ImportInfo``."""

    IMPORTED, LOCATION, FILE, PERIOD, NEW, UPDATED, DELETED, UNCHANGED, STATUS = range(9)
    HEADERS: tuple[str, ...] = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Ingelezen"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Locatie"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Bestand"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Periode"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Nieuw"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Bijgewerkt"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Verwijderd"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Ongewijzigd"),
            QT_TRANSLATE_NOOP("ImportHistoryModel", "Status"),
        ),
    )

    @property
    def imports(self) -> list[ImportInfo]:
        return self.rows

    def set_imports(self, imports: Sequence[ImportInfo]) -> None:
        self.set_rows(imports)

    def cell(self, info: ImportInfo, column: int, role: int) -> Any:
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
            return QColor(chosen_theme().hint)
        return None
