"""The table model of the lists editor: the items of one list, retired ones greyed.

Fed with plain ``ListRow`` dataclasses from ``ido_desk.list_admin.list_rows``; a list holds at
most a few dozen items, so it is loaded whole."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from ido_desk.list_admin import REFERRAL_KINDS, ListRow
from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue, OrganisationItem, ReferralItem, TopicItem
from ui.style import chosen_theme
from ui.table_model import RowsModel

KEY, CODE, LABEL_NL, LABEL_EN, DETAIL, STATUS = range(6)
CODE_ROLE = Qt.ItemDataRole.UserRole
TEXT_COLUMNS = (CODE, LABEL_NL, LABEL_EN, DETAIL)  # a cut cell's tooltip holds all of it


class ListItemsModel(RowsModel[ListRow]):
    HEADERS: tuple[str, ...] = cast(
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("ListItemsModel", "Toets"),
            QT_TRANSLATE_NOOP("ListItemsModel", "Code"),
            QT_TRANSLATE_NOOP("ListItemsModel", "Nederlands"),
            QT_TRANSLATE_NOOP("ListItemsModel", "Engels"),
            QT_TRANSLATE_NOOP("ListItemsModel", "Bijzonderheden"),
            QT_TRANSLATE_NOOP("ListItemsModel", "Status"),
        ),
    )  # KEY ... STATUS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue: Catalogue | None = None

    def show_rows(self, rows: list[ListRow], catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self.set_rows(rows)

    def row_at(self, row: int) -> ListRow:
        return self.rows[row]

    def row_of(self, code: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.item.code == code), None)

    # -- QAbstractTableModel ----------------------------------------------------------------

    def cell(self, row: ListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == CODE_ROLE:
            return row.item.code
        if role == Qt.ItemDataRole.ForegroundRole and row.item.retired:
            return QColor(chosen_theme().hint)
        if role == Qt.ItemDataRole.FontRole and row.item.retired:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut cell ("Install the…")
            text = self._text(row, column).strip() if column in TEXT_COLUMNS else ""
            if row.item.retired:
                retired = self.tr("Vervallen: niet meer te kiezen; oude bezoeken houden dit.")
                text = f"{text}\n{retired}" if text else retired
            return text or None
        return None

    def _text(self, row: ListRow, column: int) -> str:
        item = row.item
        if column == KEY:
            return row.shortcut or ""
        if column == CODE:
            return item.code
        if column == LABEL_NL:
            return ("    " * row.depth) + item.label_nl
        if column == LABEL_EN:
            return item.label_en
        if column == DETAIL:
            return self._detail(row)
        if column == STATUS:
            return self.tr("Vervallen") if item.retired else self.tr("Actief")
        return ""

    def _detail(self, row: ListRow) -> str:
        item, cat = row.item, self._catalogue
        if cat is None:
            return ""
        if isinstance(item, OrganisationItem):
            return GOVERNMENT_LEVELS.get(item.level, (item.level,))[0]
        if isinstance(item, ReferralItem):
            kind = REFERRAL_KINDS.get(item.kind, (item.kind,))[0]
            organisation = cat.organisations.get(item.organisation_code or "")
            if organisation is None or organisation.label_nl == item.label_nl:
                return kind
            return f"{kind}: {organisation.label_nl}"
        if isinstance(item, TopicItem):
            if item.parent_code is not None:
                return ""  # a sub-topic stands indented under its topic
            domain = cat.domains.get(item.domain_code)
            organisation = cat.organisations.get(item.organisation_code or "")
            parts = (
                [self.tr("voorgesteld: {0}").format(organisation.label_nl)] if organisation else []
            )
            parts.append(domain.label_nl if domain else item.domain_code)
            return " · ".join(parts)
        return ""
