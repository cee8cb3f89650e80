"""The "Landelijk formulier" tab: the visits not yet typed over into the national IDO
registration form, oldest first, each with its answers in the form's order and wording; a mark
per visit or for a whole day; the number still to do."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.reports.formatting import number
from ido_desk.reports.national_form.mapping import FormVisit, load_national_form
from ido_desk.reports.national_form.transfer import (
    count_untransferred,
    list_untransferred,
    mark_transferred,
)
from ui.messages import show_error

PAGE_SIZE = 200
DONE, WHEN = 0, 1  # the first columns; then the form's visit questions, then its questions
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class NationalFormModel(QAbstractTableModel):
    """One row per visit not yet transferred (as it was when loaded); marked rows stay, ticked,
    until ``refresh()``, so the place in the list is not lost."""

    def __init__(self, desk: Desk, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.desk = desk
        self.page_size = page_size
        self._rows: list[FormVisit] = []
        self._done: set[str] = set()
        self._complete = False
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
        self.beginResetModel()
        self._rows = list_untransferred(self.desk, self.page_size)
        self._done = set()
        self._complete = len(self._rows) < self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        last = self._rows[-1] if self._rows else None
        page = list_untransferred(self.desk, self.page_size, after=last)
        self._complete = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows += page
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE and self._rows[index.row()].id not in self._done:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = index.column()
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
        return self._rows[row]

    def is_done(self, row: int) -> bool:
        return self._rows[row].id in self._done

    def mark(self, rows: list[int]) -> int:
        ids = [self._rows[r].id for r in rows if self._rows[r].id not in self._done]
        if not ids:
            return 0
        marked = mark_transferred(self.desk, ids)
        self._note_done(set(ids))
        return marked

    def mark_day(self, day: date) -> int:
        marked = mark_transferred(self.desk, day)
        self._note_done({v.id for v in self._rows if v.started_at.date() == day})
        return marked

    def _note_done(self, ids: set[str]) -> None:
        self._done |= ids
        for row, visit in enumerate(self._rows):
            if visit.id in ids:
                self.dataChanged.emit(self.index(row, DONE), self.index(row, DONE))


RESIZE_PRECISION = 50  # the rows a column's width is measured on (the visible ones too)


class NationalFormView(QWidget):
    """Emits ``countChanged(int)`` with the number still to transfer (for the main screen)."""

    countChanged = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        form = load_national_form(desk)
        self.model = NationalFormModel(desk)
        self.title = QLabel(
            self.tr(
                "Over te zetten naar het {0}. Werk van boven naar beneden; vink een bezoek af "
                "zodra het in het landelijke formulier staat."
            ).format(form.title)
        )
        self.title.setWordWrap(True)
        self.source = QLabel(  # the file's name; where it is, for the manager, on hover
            self.tr("Indeling van het formulier: {0}").format(Path(form.source_file).name)
        )
        self.source.setToolTip(form.source_file)
        self.source.setObjectName("hint")  # the theme's hint colour (gray was 3.7:1)
        self.count = QLabel()
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.count.setFont(font)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Landelijk formulier"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)  # not every row on every refresh
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line a row (no wrap)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.mark_button = QPushButton(self.tr("Geselecteerde bezoeken overgezet  (Ctrl+M)"))
        self.day_button = QPushButton(self.tr("Hele dag overgezet  (Ctrl+D)"))
        self.refresh_button = QPushButton(self.tr("Vernieuwen  (F5)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.day_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.source)
        self.mark_button.clicked.connect(self.mark_selected)
        self.day_button.clicked.connect(self.mark_current_day)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.dataChanged.connect(lambda *_: self.update_count())
        QShortcut(QKeySequence("Ctrl+M"), self, self.mark_selected)
        QShortcut(QKeySequence("Ctrl+D"), self, self.mark_current_day)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.update_count()

    def update_count(self) -> int:
        remaining = count_untransferred(self.desk)
        if remaining == 0:
            self.count.setText(self.tr("Alles is overgezet naar het landelijke formulier."))
        elif remaining == 1:
            self.count.setText(self.tr("Nog 1 bezoek over te zetten"))
        else:
            self.count.setText(self.tr("Nog {0} bezoeken over te zetten").format(number(remaining)))
        self.countChanged.emit(remaining)
        return remaining

    def refresh(self) -> None:
        self.model.refresh()
        self.update_count()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def mark_selected(self) -> None:
        rows = self.selected_rows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        try:
            self.model.mark(rows)
        except Exception as exc:
            show_error(self, exc)
        self.update_count()

    def mark_current_day(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            self.model.mark_day(self.model.visit_at(index.row()).started_at.date())
        except Exception as exc:
            show_error(self, exc)
        self.update_count()
