"""Visits from a paper tally sheet: "12 x DigiD activeren on 3 November" becomes 12 visits,
all marked as entered from a tally sheet (record_batch).

By keys: the count, Tab to the date (one stop: the arrows change the day), Tab to the channel
(the one the front desk has chosen), Tab to the duration, then the topic and Alt+letter for
the help. Ctrl+Enter saves; the dialog stays open for the next line of the sheet and offers
"Ongedaan maken" (Alt+O) for the whole batch just saved (undo_batch); Esc closes."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import VisitDraft
from ido_desk.errors import UserError, ValidationError
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.visits import MAX_BATCH, MAX_DURATION_MIN, record_batch, undo_batch
from ui.changes import Change, announce
from ui.chips import CHIP_HEIGHT
from ui.chips_keys import item_keys
from ui.field_label import add_field
from ui.list_labels import shown
from ui.messages import user_message, window_text
from ui.qt_dates import to_date, to_qdate
from ui.question_editor import QuestionEditor
from ui.scroll_dialog import ScrollingDialog
from ui.visit_dialog import error_label

NOON = time(12)  # the hour a tally-sheet visit is put at (now, when earlier today)
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
RESERVED_LETTERS = {"O"}  # Alt+O undoes the batch (Ctrl+Z is the text boxes' own undo)


class WholeDateEdit(QDateEdit):
    """A date that is one Tab stop: Tab leaves it instead of walking into day, month, year
    (the arrow keys change the day; typing still goes to the part the cursor is in)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def remembered_channel(parent: QWidget | None) -> str | None:
    """The channel the front desk has chosen (its chips), if the dialog was opened there."""
    chips = getattr(parent, "channel", None)
    value = getattr(chips, "value", None)
    return value() if callable(value) else None


class BatchDialog(ScrollingDialog):
    """``saved(text)`` carries the status line after the visits are stored; ``undone(text)``
    after the batch was taken back."""

    saved = Signal(str)
    undone = Signal(str)

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, channel: str | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_batch: list[str] = []
        self.setWindowTitle(self.tr("Turflijst invoeren"))
        layout = self.body
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
        self.count.setAccessibleName(self.tr("Aantal bezoeken"))
        add_field(form, self.tr("Aantal"), self.count)
        today = to_qdate(desk.clock().date())
        self.day = WholeDateEdit(today, self)
        self.day.setMaximumDate(today)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMinimumHeight(CHIP_HEIGHT)
        self.day.setAccessibleName(self.tr("Datum"))
        add_field(form, self.tr("Datum"), self.day)
        self.channel = QComboBox(self)
        self.channel.setMinimumHeight(CHIP_HEIGHT)
        for item in desk.catalogue.channels.active():
            self.channel.addItem(shown(item), item.code)
        chosen = channel or remembered_channel(parent)
        self.channel.setCurrentIndex(max(0, self.channel.findData(chosen)))
        self.channel.setAccessibleName(self.tr("Kanaal"))
        add_field(form, self.tr("Kanaal"), self.channel)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MIN)
        self.duration.setSpecialValueText(self.tr("onbekend"))
        self.duration.setSuffix(self.tr(" min per bezoek"))
        self.duration.setMinimumHeight(CHIP_HEIGHT)
        self.duration.setAccessibleName(self.tr("Duur in minuten per bezoek"))
        add_field(form, self.tr("Duur"), self.duration)
        layout.addLayout(form)

        helps = item_keys(desk.catalogue.help_kinds.active(), set(RESERVED_LETTERS))
        self.question = QuestionEditor(desk.catalogue, 1, help_keys=helps, parent=self)
        self.question.title.setText(self.tr("Vraag"))
        layout.addWidget(self.question)

        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)

        buttons = self.buttons
        self.done_label = QLabel(self)
        self.done_label.setObjectName("status")
        self.done_label.setWordWrap(True)
        buttons.addWidget(self.done_label, 1)
        self.undo_button = QPushButton(self.tr("Ongedaan maken  Alt+O"), self)
        self.undo_button.setMinimumHeight(CHIP_HEIGHT)
        self.undo_button.setToolTip(self.tr("De zojuist opgeslagen turflijst helemaal terugnemen"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        buttons.addWidget(self.undo_button)
        self.close_button = QPushButton(self.tr("Sluiten  Esc"), self)
        self.close_button.setMinimumHeight(CHIP_HEIGHT)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.close_button)
        self.save_button = QPushButton(self.tr("Opslaan  Ctrl+Enter"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(CHIP_HEIGHT)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        QShortcut(QKeySequence("Alt+O"), self, self.undo)

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
        return f"{shown(topic)} > {shown(sub)}" if sub else shown(topic)

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
            self.last_batch = record_batch(self.desk, count, day, self.draft(), at)
        except ValidationError as exc:
            self._error(window_text(exc.message))
            return
        except UserError as exc:
            self._error(user_message(exc))
            return
        text = self.tr("Turflijst opgeslagen: {0} x {1} op {2}").format(
            count, self._what(), self._day_text()
        )
        self._batch_done(text, undo=True)
        self.saved.emit(text)
        self.count.setValue(1)  # ready for the next line of the sheet
        self.count.setFocus(Qt.FocusReason.OtherFocusReason)
        self.count.selectAll()

    def undo(self) -> None:
        """Take the batch just saved back, all of it (Alt+O)."""
        if not self.last_batch:
            return
        try:
            removed = undo_batch(self.desk, self.last_batch)
        except UserError as exc:
            self._error(user_message(exc))
            return
        self.last_batch = []
        text = self.tr("Turflijst ongedaan gemaakt: {0} weggehaald").format(
            window_text(counted(removed, VISIT, VISITS))
        )
        self._batch_done(text, undo=False)
        self.undone.emit(text)

    def _batch_done(self, text: str, *, undo: bool) -> None:
        announce(self.desk, Change.VISITS)
        self.done_label.setText(text)
        self.undo_button.setVisible(undo)

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.question.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)
