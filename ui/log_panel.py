"""The Registreren screen: log a visit in seconds while the next visitor waits.

One form (channel, timer or duration chips, the questions, a note) over today's list. "1" then
Ctrl+Enter logs a DigiD visit with the remembered channel and help; after saving, the form is
ready for the next visitor and the save can be undone for a few seconds."""

from __future__ import annotations

import math
import time
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, VisitDraft
from ido_desk.errors import UserError, ValidationError
from ido_desk.privacy import PrivacyError
from ido_desk.visits import last_visit, record_visit, undo_visit
from ui.batch_dialog import BatchDialog
from ui.changes import Change, announce
from ui.chips import CHIP_HEIGHT, ChipGroup, letter_keys
from ui.day_list import DayList
from ui.messages import user_message
from ui.qt_dates import to_datetime, to_qdatetime
from ui.question_editor import QuestionEditor

DURATIONS = [("5", "5"), ("10", "10"), ("15", "15"), ("30", "30"), ("45", "45+")]
DURATION_KEYS = ["F6", "F7", "F8", "F9", "F10"]
UNDO_SHOWN_MS = 10_000  # the "Ongedaan maken" button stays this long
SAVE_GUARD_S = 1.0  # a second click on save within this time is ignored
RESERVED_LETTERS = {"E", "N", "T"}  # Alt+E: Eerder, Alt+N: note; Ctrl+T is the tally sheet


def topics_text(draft: VisitDraft, desk: Desk) -> str:
    """ "DigiD > Activeren; Toeslagen" for the status line."""
    parts = []
    for question in draft.questions:
        topic = desk.catalogue.topics.get(question.topic)
        text = topic.label_nl if topic else question.topic
        sub = desk.catalogue.topics.get(question.subtopic) if question.subtopic else None
        parts.append(f"{text} > {sub.label_nl}" if sub else text)
    return "; ".join(parts)


class LogPanel(QWidget):
    """The front-desk form over today's visits. ``visits_changed`` after every save or undo."""

    visits_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.save_guard_s = SAVE_GUARD_S
        self._last_save = -math.inf
        self._visit_started: datetime | None = None
        self._undo: tuple[str, VisitDraft] | None = None
        self._remembered_help: str | None = None
        self.batch_dialog: BatchDialog | None = None
        taken = set(RESERVED_LETTERS)
        cat = desk.catalogue
        self._help_keys = letter_keys([h.label_nl for h in cat.help_kinds.active()], taken)
        channel_keys = letter_keys([c.label_nl for c in cat.channels.active()], taken)

        form = QWidget(self)
        form.setObjectName("logForm")
        layout = QVBoxLayout(form)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)

        # channel ........................................... timer [5][10][15][30][45+] min
        top = QHBoxLayout()
        top.addWidget(self._field_label(self.tr("Kanaal")))
        self.channel = ChipGroup(
            [(c.code, c.label_nl) for c in cat.channels.active()],
            allow_none=False,
            keys=channel_keys,
            parent=form,
        )
        self.channel.changed.connect(self._choice_made)
        top.addWidget(self.channel, 1)
        layout.addLayout(top)

        when = QHBoxLayout()
        when.addWidget(self._field_label(self.tr("Duur")))
        self.timer_label = QLabel("00:00", form)
        self.timer_label.setObjectName("timer")
        self.timer_label.setToolTip(
            self.tr("Loopt vanaf de eerste keuze voor dit bezoek; een duur-knop gaat voor.")
        )
        when.addWidget(self.timer_label)
        self.duration = ChipGroup(DURATIONS, keys=DURATION_KEYS, one_line=True, parent=form)
        self.duration.changed.connect(self._choice_made)
        when.addWidget(self.duration)
        when.addWidget(QLabel(self.tr("min"), form))
        when.addSpacing(24)
        when.addWidget(self._field_label(self.tr("Tijdstip"), 0))
        self.now_label = QLabel(self.tr("nu"), form)
        when.addWidget(self.now_label)
        self.earlier = QPushButton(self.tr("Eerder ...  Alt+E"), form)
        self.earlier.setProperty("chip", True)
        self.earlier.setCheckable(True)
        self.earlier.setMinimumHeight(CHIP_HEIGHT)
        self.earlier.setToolTip(self.tr("Een bezoek van eerder vastleggen (achteraf) (Alt+E)"))
        self.earlier.setStyleSheet(self.channel.styleSheet())
        self.earlier.toggled.connect(self._earlier_toggled)
        when.addWidget(self.earlier)
        self.started_at = QDateTimeEdit(form)
        self.started_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.started_at.setCalendarPopup(True)
        self.started_at.setMinimumHeight(CHIP_HEIGHT)
        self.started_at.setToolTip(self.tr("Wanneer het bezoek begon"))
        self.started_at.hide()
        when.addWidget(self.started_at)
        when.addStretch(1)
        layout.addLayout(when)

        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(4)
        layout.addLayout(self.questions_box)
        self.editors: list[QuestionEditor] = []
        self._add_editor()

        note_row = QHBoxLayout()
        note_row.addWidget(self._field_label(self.tr("Notitie")))
        note_col = QVBoxLayout()
        self.note = QLineEdit(form)
        self.note.setObjectName("note")
        self.note.setMinimumHeight(CHIP_HEIGHT)
        self.note.setPlaceholderText(self.tr("optioneel; geen namen, nummers of adressen  (Alt+N)"))
        self.note.setMaxLength(500)
        note_col.addWidget(self.note)
        self.note_error = self._error_label(form)
        self.note.textEdited.connect(lambda _t: self.note_error.hide())
        note_col.addWidget(self.note_error)
        note_row.addLayout(note_col, 1)
        layout.addLayout(note_row)

        actions = QHBoxLayout()
        self.same_button = self._button(self.tr("Zelfde als vorige  F5"), form)
        self.same_button.setToolTip(self.tr("Het formulier vullen met het vorige bezoek (F5)"))
        self.same_button.clicked.connect(self.fill_same_as_last)
        actions.addWidget(self.same_button)
        self.add_button = self._button(self.tr("+ vraag  Ins"), form)
        self.add_button.setToolTip(self.tr("Nog een vraag bij hetzelfde bezoek (Ins)"))
        self.add_button.clicked.connect(self.add_question)
        actions.addWidget(self.add_button)
        self.batch_button = self._button(self.tr("Turflijst invoeren  Ctrl+T"), form)
        self.batch_button.setToolTip(
            self.tr("Bezoeken van een papieren turflijst in één keer invoeren (Ctrl+T)")
        )
        self.batch_button.clicked.connect(self.open_batch)
        actions.addWidget(self.batch_button)
        actions.addStretch(1)
        self.form_error = self._error_label(form)
        actions.addWidget(self.form_error)
        self.save_button = self._button(self.tr("Opslaan  Ctrl+Enter"), form)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Het bezoek opslaan (Ctrl+Enter)"))
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.day_list = DayList(desk, parent=self)
        self.day_list.visits_changed.connect(self.visits_changed)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.day_list.add_header_widget(self.status)
        self.undo_button = QPushButton(self.tr("Ongedaan maken  Ctrl+Z"), self)
        self.undo_button.setMinimumHeight(CHIP_HEIGHT)
        self.undo_button.setToolTip(self.tr("Het zojuist opgeslagen bezoek terugnemen (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.day_list.add_header_widget(self.undo_button)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.day_list)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 240])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._hide_undo)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

        self.save_action = self._action(self.save, "Ctrl+Return", "Ctrl+Enter")
        self._action(self.add_question, "Ins")
        self._action(self.fill_same_as_last, "F5")
        self._action(self.open_batch, "Ctrl+T")
        self._action(self.earlier.toggle, "Alt+E")
        self._action(self.focus_note, "Alt+N")
        self.undo_action = self._action(self.undo, "Ctrl+Z")
        self.undo_action.setEnabled(False)

        last = last_visit(desk)
        channels = self.channel.codes()
        remembered = last.draft.channel if last else None
        self.channel.set_value(remembered if remembered in channels else channels[0])
        self.reset_form()

    # -- building blocks ----------------------------------------------------------------

    def _field_label(self, text: str, width: int = 120) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("fieldLabel")
        label.setMinimumWidth(width)
        label.setMinimumHeight(CHIP_HEIGHT)
        return label

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName("error")
        label.setWordWrap(True)
        label.setStyleSheet("color: #b42318; font-weight: 600;")
        label.hide()
        return label

    def _button(self, text: str, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setMinimumHeight(CHIP_HEIGHT + 4)
        return button

    def _action(self, slot: object, *keys: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while this tab shows
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _add_editor(self) -> QuestionEditor:
        editor = QuestionEditor(
            self.desk.catalogue,
            len(self.editors) + 1,
            removable=bool(self.editors),
            help_keys=self._help_keys,
            parent=self,
        )
        editor.changed.connect(self._choice_made)
        editor.remove_requested.connect(lambda e=editor: self._remove_editor(e))
        self.questions_box.addWidget(editor)
        self.editors.append(editor)
        return editor

    def _remove_editor(self, editor: QuestionEditor) -> None:
        if len(self.editors) == 1:
            return
        self.editors.remove(editor)
        self.questions_box.removeWidget(editor)
        editor.deleteLater()
        for n, other in enumerate(self.editors, 1):
            other.set_number(n)
        self.editors[-1].focus_topics()

    # -- the form -----------------------------------------------------------------------

    def add_question(self) -> None:
        """Another question for the same visit (Ins); the help chosen so far carries over."""
        help_code = self.editors[-1].help.value()
        editor = self._add_editor()
        editor.set_draft(None, help_code=help_code)
        editor.focus_topics()

    def draft(self) -> VisitDraft:
        questions = tuple(d for d in (e.draft() for e in self.editors) if d is not None)
        backdated = self.earlier.isChecked()
        return VisitDraft(
            questions=questions,
            channel=self.channel.value(),
            duration_min=self.duration_min(),
            started_at=to_datetime(self.started_at.dateTime()) if backdated else None,
            note=self.note.text().strip() or None,
            entry=Entry.BACKDATED if backdated else None,
        )

    def duration_min(self) -> int | None:
        """The chosen chip, else the timer's minutes rounded up (at least 1)."""
        chip = self.duration.value()
        if chip is not None:
            return int(chip)
        if self._visit_started is None or self.earlier.isChecked():
            return None
        seconds = (self.desk.clock() - self._visit_started).total_seconds()
        return max(1, math.ceil(seconds / 60))

    def set_draft(self, draft: VisitDraft) -> None:
        """Fill the form with a visit (its note and time are not copied)."""
        while len(self.editors) > 1:
            self._remove_editor(self.editors[-1])
        for n, question in enumerate(draft.questions):
            editor = self.editors[n] if n < len(self.editors) else self._add_editor()
            editor.set_draft(question)
        if draft.channel in self.channel.codes():
            self.channel.set_value(draft.channel)
        chip = str(draft.duration_min) if draft.duration_min is not None else None
        self.duration.set_value(chip if chip in self.duration.codes() else None)
        self._choice_made()

    def reset_form(self) -> None:
        """Ready for the next visitor: the channel and the help are remembered."""
        while len(self.editors) > 1:
            self._remove_editor(self.editors[-1])
        self.editors[0].set_draft(None, help_code=self._remembered_help)
        self.duration.set_value(None)
        self.note.clear()
        self.earlier.setChecked(False)
        self._clear_errors()
        self._visit_started = None
        self._tick.stop()
        self.timer_label.setText("00:00")
        self.timer_label.setEnabled(False)
        self.editors[0].focus_topics()

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _choice_made(self) -> None:
        if self._visit_started is None:
            self._visit_started = self.desk.clock()
            self.timer_label.setEnabled(True)
            self._tick.start()
        self.form_error.hide()

    def _show_elapsed(self) -> None:
        if self._visit_started is None:
            return
        seconds = max(0, int((self.desk.clock() - self._visit_started).total_seconds()))
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def _earlier_toggled(self, on: bool) -> None:
        self.started_at.setVisible(on)
        self.now_label.setVisible(not on)
        if on:
            now = to_qdatetime(self.desk.clock())
            self.started_at.setMaximumDateTime(now.addSecs(5 * 60))
            self.started_at.setDateTime(now)
            self.started_at.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- saving and undoing -------------------------------------------------------------

    def save(self) -> None:
        """Log the visit (Ctrl+Enter). A second press within a second is ignored."""
        if time.monotonic() - self._last_save < self.save_guard_s:
            return
        self._clear_errors()
        draft = self.draft()
        try:
            visit_id = record_visit(self.desk, draft)
        except PrivacyError as exc:
            self._show_error(self.note_error, str(exc))
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ValidationError as exc:
            target = self.note_error if exc.field == "note" else self.form_error
            self._show_error(target, exc.message)
            return
        except UserError as exc:
            self._show_error(self.form_error, user_message(exc))
            return
        self._last_save = time.monotonic()
        at = draft.started_at or self.desk.clock()
        self.status.setText(
            self.tr("Opgeslagen {0} - {1}").format(f"{at:%H:%M}", topics_text(draft, self.desk))
        )
        self._undo = (visit_id, draft)
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        self._undo_timer.start()
        self._remembered_help = draft.questions[-1].help
        self.reset_form()
        self._changed()

    def undo(self) -> None:
        """Take back the visit just saved (Ctrl+Z) and put it back in the form."""
        if self._undo is None:
            return
        visit_id, draft = self._undo
        try:
            undo_visit(self.desk, visit_id)
        except UserError as exc:
            self._hide_undo()
            self.status.setText(user_message(exc))
            return
        self._hide_undo()
        self._last_save = -math.inf  # an undo is deliberate: the next save is no double click
        self.status.setText(self.tr("Ongedaan gemaakt: {0}").format(topics_text(draft, self.desk)))
        self.set_draft(draft)
        if draft.started_at is not None:  # a back-dated visit comes back with its time
            self.earlier.setChecked(True)
            self.started_at.setDateTime(to_qdatetime(draft.started_at))
        elif draft.duration_min is not None and self.duration.value() is None:
            # a timed visit: the timer goes on from where it stood
            self._visit_started = self.desk.clock() - timedelta(minutes=draft.duration_min)
        self.note.setText(draft.note or "")
        self._changed()

    def _hide_undo(self) -> None:
        self._undo = None
        self._undo_timer.stop()
        self.undo_button.hide()
        self.undo_action.setEnabled(False)

    def fill_same_as_last(self) -> None:
        """Fill the form with the last visit (F5)."""
        last = last_visit(self.desk)
        if last is None:
            self.status.setText(self.tr("Er is nog geen vorig bezoek."))
            return
        self.set_draft(last.draft)
        self.editors[-1].focus_topics()

    def open_batch(self) -> None:
        """Visits from a paper tally sheet (Ctrl+T)."""
        dialog = BatchDialog(self.desk, self)
        dialog.saved.connect(self._batch_saved)
        self.batch_dialog = dialog
        dialog.open()

    def _batch_saved(self, text: str) -> None:
        self.status.setText(text)
        self._changed()

    def _changed(self) -> None:
        announce(self.desk, Change.VISITS)  # today's list refreshes itself from this
        self.visits_changed.emit()

    def _clear_errors(self) -> None:
        self.note_error.hide()
        self.form_error.hide()

    @staticmethod
    def _show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            self.editors[-1].handle_key(event)
            or self.channel.handle_key(event)
            or self.duration.handle_key(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)
