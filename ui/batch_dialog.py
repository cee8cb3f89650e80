"""Visits from a paper tally sheet: "12 x DigiD activeren on 3 November" becomes 12 visits,
all marked as entered from a tally sheet (record_batch)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import VisitDraft
from ido_desk.errors import UserError, ValidationError
from ido_desk.visits import MAX_BATCH, MAX_DURATION_MIN, record_batch
from ui.chips import CHIP_HEIGHT, ChipDialog
from ui.messages import user_message
from ui.qt_dates import to_date, to_qdate
from ui.question_editor import QuestionEditor
from ui.visit_dialog import error_label

NOON = time(12)  # the hour a tally-sheet visit is put at (now, when earlier today)
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class BatchDialog(ChipDialog):
    """``saved(text)`` carries the status line after the visits are stored."""

    saved = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Turflijst invoeren"))
        self.setMinimumWidth(980)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Zet de streepjes van een papieren turflijst in één keer over: zoveel keer "
                "dezelfde vraag op één dag. Ze worden gemarkeerd als ingevoerd van een turflijst."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        form = QFormLayout()
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_BATCH)
        self.count.setValue(1)
        self.count.setSuffix(self.tr(" x"))
        self.count.setMinimumHeight(CHIP_HEIGHT)
        form.addRow(self.tr("Aantal"), self.count)
        today = to_qdate(desk.clock().date())
        self.day = QDateEdit(today, self)
        self.day.setMaximumDate(today)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMinimumHeight(CHIP_HEIGHT)
        form.addRow(self.tr("Datum"), self.day)
        self.channel = QComboBox(self)
        self.channel.setMinimumHeight(CHIP_HEIGHT)
        for channel in desk.catalogue.channels.active():
            self.channel.addItem(channel.label_nl, channel.code)
        form.addRow(self.tr("Kanaal"), self.channel)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MIN)
        self.duration.setSpecialValueText(self.tr("onbekend"))
        self.duration.setSuffix(self.tr(" min per bezoek"))
        self.duration.setMinimumHeight(CHIP_HEIGHT)
        form.addRow(self.tr("Duur"), self.duration)
        layout.addLayout(form)

        self.question = QuestionEditor(desk.catalogue, 1, parent=self)
        self.question.title.setText(self.tr("Vraag"))
        layout.addWidget(self.question)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.error = error_label(self)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Annuleren  Esc"), self)
        cancel.setMinimumHeight(CHIP_HEIGHT)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        self.save_button = QPushButton(self.tr("Opslaan  Ctrl+Enter"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(CHIP_HEIGHT)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)

        self.count.valueChanged.connect(self._show_summary)
        self.day.dateChanged.connect(self._show_summary)
        self.question.changed.connect(self._show_summary)
        self.question.changed.connect(self.fit_height_soon)
        self._show_summary()
        self.count.setFocus(Qt.FocusReason.OtherFocusReason)
        self.count.selectAll()

    def draft(self) -> VisitDraft:
        question = self.question.draft()
        return VisitDraft(
            questions=(question,) if question else (),
            channel=self.channel.currentData(),
            duration_min=self.duration.value() or None,
        )

    def _what(self) -> str:
        topic = self.question.topic()
        if topic is None:
            return self.tr("(kies een onderwerp)")
        sub_code = self.question.subtopics.value()
        sub = self.desk.catalogue.topics.get(sub_code) if sub_code else None
        return f"{topic.label_nl} > {sub.label_nl}" if sub else topic.label_nl

    def _day_text(self) -> str:
        return DUTCH.toString(self.day.date(), "dddd d MMMM yyyy")

    def _show_summary(self) -> None:
        self.summary.setText(
            self.tr("{0} x {1} op {2}").format(self.count.value(), self._what(), self._day_text())
        )
        self.error.hide()

    def save(self) -> None:
        count = self.count.value()
        day = to_date(self.day.date())
        now = self.desk.clock()
        at = min(NOON, now.time().replace(second=0)) if day == now.date() else NOON
        try:
            record_batch(self.desk, count, day, self.draft(), at)
        except ValidationError as exc:
            self._error(exc.message)
            return
        except UserError as exc:
            self._error(user_message(exc))
            return
        self.saved.emit(
            self.tr("Turflijst opgeslagen: {0} x {1} op {2}").format(
                count, self._what(), self._day_text()
            )
        )
        self.accept()

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.question.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)
