"""The "Landelijk formulier" tab: the visits not yet typed over into the national IDO
registration form (``ui.national_form_model``), a mark per visit or for a whole day, the
number still to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
from ido_desk.reports.national_form.mapping import load_national_form
from ido_desk.reports.national_form.transfer import count_untransferred
from ui.messages import count_text, show_error
from ui.national_form_model import NationalFormModel

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
            self.count.setText(
                self.tr("Nog {0} bezoeken over te zetten").format(count_text(remaining))
            )
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
