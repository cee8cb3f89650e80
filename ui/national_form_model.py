"""The table model of the "Landelijk formulier" tab: the visits not yet typed over into the
national IDO registration form, oldest first, a page at a time, each with its answers in the
form's order and wording, and the marks made."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ido_desk.desk import Desk
from ido_desk.reports.national_form.mapping import FormVisit, load_national_form
from ido_desk.reports.national_form.transfer import list_untransferred, mark_transferred
from ui.table_model import Index, PagedRowsModel

PAGE_SIZE = 200
DONE, WHEN = 0, 1  # the first columns; then the form's visit questions, then its questions
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NationalFormModel(PagedRowsModel[FormVisit]):
    """One row per visit not yet transferred (as it was when loaded); marked rows stay, ticked,
    until ``refresh()``, so the place in the list is not lost."""

    ROW_NUMBERS = True

    def __init__(self, desk: Desk, page_size: int = PAGE_SIZE) -> None:
        super().__init__(page_size)
        self.desk = desk
        self._done: set[str] = set()
        form = load_national_form(desk)
        self.headers = [
            QCoreApplication.translate("NationalFormModel", "Overgezet"),
            QCoreApplication.translate("NationalFormModel", "Bezoek"),
            *(q.label for q in form.visit),
            *(q.label for q in form.question),
        ]
        self.visit_questions = len(form.visit)
        self.refresh()

    def refresh(self) -> None:
        self._done = set()
        self.show_first(list_untransferred(self.desk, self.page_size))

    def next_page(self) -> list[FormVisit]:
        return list_untransferred(self.desk, self.page_size, after=self.rows[-1])

    def header(self, section: int) -> str | None:  # the form's own questions, as loaded
        return self.headers[section] if 0 <= section < len(self.headers) else None

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE and self.rows[index.row()].id not in self._done:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, visit: FormVisit, column: int, role: int) -> Any:
        if role == VISIT_ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            done = visit.id in self._done
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == DONE:
            return (
                QCoreApplication.translate("NationalFormModel", "ja")
                if visit.id in self._done
                else ""
            )
        if column == WHEN:
            return f"{visit.started_at:%d-%m-%Y %H:%M}"
        offset = column - 2
        if offset < self.visit_questions:
            return visit.answers[offset].answer
        position = offset - self.visit_questions
        answers = [q[position].answer for q in visit.questions if position < len(q)]
        if len(answers) == 1:
            return answers[0]
        return "\n".join(f"{n}. {a}" for n, a in enumerate(answers, start=1))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != DONE:
            return False
        if Qt.CheckState(value) != Qt.CheckState.Checked:
            return False  # a mark is not taken back here: the form has been filled in
        return self.mark([index.row()]) > 0

    def visit_at(self, row: int) -> FormVisit:
        return self.rows[row]

    def is_done(self, row: int) -> bool:
        return self.rows[row].id in self._done

    def mark(self, rows: list[int]) -> int:
        ids = [self.rows[r].id for r in rows if self.rows[r].id not in self._done]
        if not ids:
            return 0
        marked = mark_transferred(self.desk, ids)
        self._note_done(set(ids))
        return marked

    def mark_day(self, day: date) -> int:
        marked = mark_transferred(self.desk, day)
        self._note_done({v.id for v in self.rows if v.started_at.date() == day})
        return marked

    def _note_done(self, ids: set[str]) -> None:
        self._done |= ids
        for row, visit in enumerate(self.rows):
            if visit.id in ids:
                self.dataChanged.emit(self.index(row, DONE), self.index(row, DONE))
