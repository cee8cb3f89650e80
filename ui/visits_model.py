"""The visits of one day as a Qt table model, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.visit_reading import VisitSummary, list_visits
from ui.list_labels import english
from ui.table_model import PagedRowsModel

TIME, CHANNEL, TOPICS, HELP, DURATION = range(5)
PAGE_SIZE = 100
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def entry_marker(entry: Entry) -> str:
    """How the list marks a visit that was not logged while the visitor was there."""
    if entry is Entry.BACKDATED:
        return QCoreApplication.translate("VisitsModel", "(achteraf)")
    if entry is Entry.BATCH:
        return QCoreApplication.translate("VisitsModel", "(turflijst)")
    return ""


class VisitsModel(PagedRowsModel[VisitSummary]):
    """Rows are ``VisitSummary`` dataclasses, newest first; ``refresh()`` reloads."""

    HEADERS: tuple[str, ...] = cast(  # TIME, CHANNEL, TOPICS, HELP, DURATION
        tuple[str, ...],
        (
            QT_TRANSLATE_NOOP("VisitsModel", "Tijd"),
            QT_TRANSLATE_NOOP("VisitsModel", "Kanaal"),
            QT_TRANSLATE_NOOP("VisitsModel", "Onderwerp"),
            QT_TRANSLATE_NOOP("VisitsModel", "Hulp"),
            QT_TRANSLATE_NOOP("VisitsModel", "Duur"),
        ),
    )

    def __init__(
        self,
        desk: Desk,
        day: date,
        page_size: int = PAGE_SIZE,
        first_page: list[VisitSummary] | None = None,
    ) -> None:
        super().__init__(page_size)
        self.desk = desk
        self.day = day
        if first_page is None:
            self.refresh()
        else:
            self.show_page(day, first_page)

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the first page (after a save, an edit, a delete)."""
        first = list_visits(self.desk, self.day, 0, self.page_size, english=english())
        self.show_page(self.day, first)

    def show_page(self, day: date, page: list[VisitSummary]) -> None:
        """Show a day's first page, read by the caller (with the day's counts, in one go)."""
        self.day = day
        self.show_first(page)

    def next_page(self) -> list[VisitSummary]:
        return list_visits(self.desk, self.day, len(self.rows), self.page_size, english=english())

    # -- the table ------------------------------------------------------------------------

    def summary(self, row: int) -> VisitSummary:
        return self.rows[row]

    def cell(self, visit: VisitSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(visit, column)
        if role == VISIT_ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(visit: VisitSummary, column: int) -> str | None:
        if column == TIME:
            marker = entry_marker(visit.entry)
            return f"{visit.started_at:%H:%M} {marker}".strip()
        if column == CHANNEL:
            return visit.channel
        if column == TOPICS:
            return visit.topics
        if column == HELP:
            return visit.help
        if column == DURATION:
            return f"{visit.duration_min} min" if visit.duration_min is not None else "–"
        return None

    @staticmethod
    def _tooltip(visit: VisitSummary, column: int) -> str | None:
        if column == TIME and visit.entry is Entry.BACKDATED:
            return QCoreApplication.translate("VisitsModel", "Achteraf ingevoerd")
        if column == TIME and visit.entry is Entry.BATCH:
            return QCoreApplication.translate("VisitsModel", "Ingevoerd van een turflijst")
        if column == TOPICS and visit.question_count > 1:
            return QCoreApplication.translate("VisitsModel", "{0} vragen: {1}").format(
                visit.question_count, visit.topics
            )
        if column in (TOPICS, HELP):  # the whole text, when the column cuts it
            return visit.topics if column == TOPICS else visit.help
        return None
