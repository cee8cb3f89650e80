"""The audit log as a table model: when, who, what, and the short description in the
window's language (its entity on hover), read a page at a time as the table scrolls."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ido_desk.audit_log import AuditFilter, AuditRow, count_audit, read_audit
from ido_desk.desk import Desk
from ui.list_labels import english
from ui.table_model import PagedRowsModel

PAGE = 200
AT, ROLE, ACTION, DESCRIPTION = range(4)


class AuditTableModel(PagedRowsModel[AuditRow]):
    """The rows that match ``where`` (``load``), newest first; ``total`` counts them all."""

    HEADERS: tuple[str, ...] = cast(  # AT, ROLE, ACTION, DESCRIPTION
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("AuditTableModel", "Tijdstip"),
            QT_TRANSLATE_NOOP("AuditTableModel", "Wie"),
            QT_TRANSLATE_NOOP("AuditTableModel", "Wat"),
            QT_TRANSLATE_NOOP("AuditTableModel", "Omschrijving"),
        ),
    )

    def __init__(self, desk: Desk, parent: Any = None, *, page_size: int = PAGE) -> None:
        super().__init__(page_size, parent)
        self.desk = desk
        self.where = AuditFilter()
        self.total = 0

    def load(self, where: AuditFilter) -> None:
        self.where = where
        self.total = count_audit(self.desk, where)
        self.show_first(read_audit(self.desk, where, 0, self.page_size, english=english()))

    def next_page(self) -> list[AuditRow]:
        return read_audit(self.desk, self.where, len(self.rows), self.page_size, english=english())

    def cell(self, row: AuditRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{row.at:%d-%m-%Y %H:%M}",
                row.who,
                row.action_label,
                row.description,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return self.tr("{0}\n\n{1} {2}").format(
                row.description, row.entity_label, row.entity_id
            )
        return None
