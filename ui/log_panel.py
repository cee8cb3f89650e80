"""The Registreren screen: log a visit in seconds while the next visitor waits.

One form (channel, duration, when, the questions, a note) over today's list. The questions
scroll; what a save will store, Save and the status line stay in view below them. "1" then
Ctrl+Enter logs a DigiD visit with the channel and help this desk remembers (shown before
saving, ``ido_desk.form_rules`` says what carries over and which duration is stored). After a
save, the form is ready for the next visitor and the save can be undone for a few seconds;
Escape empties the form, and Ctrl+Z puts it back."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from db.errors import StorageError
from ido_desk.desk import Desk
from ido_desk.drafts import Entry, VisitDraft
from ido_desk.errors import NotFound, ValidationError
from ido_desk.form_rules import (
    REFERRING_HELP,
    carried_over,
    load_remembered,
    remember,
    stored_duration,
)
from ido_desk.labels import PART_SEPARATOR, topics_text, visit_line
from ido_desk.privacy import PrivacyError
from ido_desk.visits import last_visit, record_visit, undo_visit
from ui.batch_dialog import BatchDialog
from ui.chips import CHIP_HEIGHT, ChipGroup, letter_keys
from ui.day_list import DayList
from ui.messages import user_message
from ui.question_editor import QuestionEditor
from ui.save_bar import SaveBar
from ui.style import error_label
from ui.visit_timer import VisitTimer
from ui.when_row import WhenRow, day_text

DURATIONS = [("5", "5"), ("10", "10"), ("15", "15"), ("30", "30"), ("45", "45+")]
DURATION_KEYS = ["F6", "F7", "F8", "F9", "F10"]
UNDO_SHOWN_MS = 10_000  # the "Ongedaan maken" button stays this long
SAVE_GUARD_S = 1.0  # the same form saved again within this time is a double press
# Alt+E: Eerder, Alt+G: gisteren, Alt+N: note; Ctrl+T is the tally sheet
RESERVED_LETTERS = {"E", "G", "N", "T"}


@dataclass(frozen=True)
class FormState:
    """Everything in the form, to put back after Escape or an undone save."""

    draft: VisitDraft
    backdated_at: datetime | None
    timer_started: datetime | None


class LogPanel(QWidget):
    """The front-desk form over today's visits. ``visits_changed`` after every save or undo."""

    visits_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.save_guard_s = SAVE_GUARD_S
        self._last_save = -float("inf")
        self._dirty = False  # a choice made since the last save or emptying
        self._undo: tuple[str, str | None, FormState] | None = None  # (kind, visit id, form)
        self.remembered = load_remembered(desk)
        self.batch_dialog: BatchDialog | None = None
        taken = set(RESERVED_LETTERS)
        cat = desk.catalogue
        self._help_keys = letter_keys([h.label_nl for h in cat.help_kinds.active()], taken)
        channel_keys = letter_keys([c.label_nl for c in cat.channels.active()], taken)

        self.form = form = QWidget(self)
        form.setObjectName("logForm")
        layout = QVBoxLayout(form)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        self.channel = ChipGroup(
            [(c.code, c.label_nl) for c in cat.channels.active()],
            allow_none=False,
            keys=channel_keys,
            parent=form,
        )
        self.channel.changed.connect(self._choice_made)
        layout.addLayout(self._row(self.tr("Kanaal"), self.channel, 1))

        self.timer_label = VisitTimer(desk.clock, form)
        self.timer_label.setToolTip(
            self.tr("Loopt vanaf de eerste keuze voor dit bezoek; een duur-knop gaat voor.")
        )
        self.timer_label.ticked.connect(self._show_preview)
        self.duration = ChipGroup(DURATIONS, keys=DURATION_KEYS, one_line=True, parent=form)
        self.duration.changed.connect(self._choice_made)
        duration_row = self._row(self.tr("Duur"), self.timer_label)
        duration_row.addWidget(self.duration)
        duration_row.addWidget(QLabel(self.tr("min"), form))
        duration_row.addStretch(1)
        layout.addLayout(duration_row)

        self.when = WhenRow(desk.clock, form)
        self.when.changed.connect(self._choice_made)
        self.earlier = self.when.earlier
        layout.addLayout(self._row(self.tr("Tijdstip"), self.when, 1))

        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(4)
        layout.addLayout(self.questions_box)
        self.editors: list[QuestionEditor] = []
        self._add_editor()

        self.note = QLineEdit(form)
        self.note.setObjectName("note")
        self.note.setMinimumHeight(CHIP_HEIGHT)
        self.note.setPlaceholderText(self.tr("optioneel; geen namen, nummers of adressen  (Alt+N)"))
        self.note.setMaxLength(500)
        self.note_error = error_label(QLabel(form))
        self.note.textEdited.connect(self._note_edited)
        note_col = QVBoxLayout()
        note_col.addWidget(self.note)
        note_col.addWidget(self.note_error)
        note_row = self._row(self.tr("Notitie"), None)
        note_row.addLayout(note_col, 1)
        layout.addLayout(note_row)
        layout.addStretch(1)

        self.questions_area = QScrollArea(self)
        self.questions_area.setWidget(form)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setMinimumHeight(120)
        self.questions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.bar = bar = SaveBar(self)
        self.preview, self.form_error, self.status = bar.preview, bar.form_error, bar.status
        self.save_button, self.undo_button = bar.save_button, bar.undo_button
        bar.same_button.clicked.connect(self.fill_same_as_last)
        bar.add_button.clicked.connect(self.add_question)
        bar.batch_button.clicked.connect(self.open_batch)
        bar.save_button.clicked.connect(self.save)
        bar.undo_button.clicked.connect(self.undo)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(self.questions_area, 1)
        top_layout.addWidget(bar)

        self.day_list = DayList(desk, parent=self)
        self.day_list.visits_changed.connect(self.visits_changed)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.day_list)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._hide_undo)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

        self.save_action = self._action(self.save, "Ctrl+Return", "Ctrl+Enter")
        self._action(self.add_question, "Ins")
        self._action(self.fill_same_as_last, "F5")
        self._action(self.open_batch, "Ctrl+T")
        self._action(self.when.toggle, "Alt+E")
        self._action(self.when.pick_yesterday, "Alt+G")
        self._action(self.focus_note, "Alt+N")
        self.undo_action = self._action(self.undo, "Ctrl+Z")
        self.undo_action.setEnabled(False)
        self.reset_form()

    # -- building blocks ----------------------------------------------------------------

    def _row(self, label: str, widget: QWidget | None, stretch: int = 0) -> QHBoxLayout:
        row = QHBoxLayout()
        field = QLabel(label, self.form)
        field.setObjectName("fieldLabel")
        field.setMinimumWidth(120)
        field.setMinimumHeight(CHIP_HEIGHT)
        row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
        if widget is not None:
            row.addWidget(widget, stretch)
        return row

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
            parent=self.form,
        )
        editor.changed.connect(self._choice_made)
        editor.changed.connect(lambda e=editor: self.scroll_to(e))  # a new row of sub-topics
        editor.remove_requested.connect(lambda e=editor: self._remove_editor(e))
        editor.more_shown.connect(lambda e=editor: self.scroll_to(e.topics))
        self.questions_box.addWidget(editor)
        self.editors.append(editor)
        return editor

    def _remove_editor(self, editor: QuestionEditor) -> None:
        if len(self.editors) == 1:
            return
        self.editors.remove(editor)
        self.questions_box.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        for n, other in enumerate(self.editors, 1):
            other.set_number(n)
        self.editors[-1].focus_topics()
        self._choice_made()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # today's list gets a quarter of the height, the form the rest
            self._sized = True
            total = max(self.splitter.height(), 400)
            day = max(150, total // 4)
            self.splitter.setSizes([total - day, day])

    # -- the form -----------------------------------------------------------------------

    def focus_form(self) -> None:
        """Put the keyboard back on the form (after a dialog or a list action)."""
        self.editors[-1].focus_topics()

    def add_question(self) -> None:
        """Another question for the same visit (Ins); the help chosen so far carries over
        (a referring help does not: the referral belongs to the question before)."""
        current = self.editors[-1].help.value()
        help_code = current if current not in (None, *REFERRING_HELP) else self.remembered.help
        editor = self._add_editor()
        editor.set_draft(None, help_code=help_code)
        editor.focus_topics()
        self._choice_made()
        self.scroll_to(editor)

    def scroll_to(self, widget: QWidget) -> None:
        """Bring a part of the form into view (a new question, the topics behind "Meer")."""

        def show() -> None:
            if isValid(widget) and isValid(self.questions_area):
                self._layout_form()
                self.questions_area.ensureWidgetVisible(widget, 0, 8)

        QTimer.singleShot(0, show)  # once the layout has made room for it

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and isValid(self.form) and self.form.isAncestorOf(new):
            self._layout_form()
            self.questions_area.ensureWidgetVisible(new, 0, 8)

    def _layout_form(self) -> None:
        """Let the form take in a new question now, so that scrolling finds it in place."""
        layout = self.form.layout()
        if layout is not None:
            layout.activate()

    def draft(self) -> VisitDraft:
        """What a save stores now."""
        questions = tuple(d for d in (e.draft() for e in self.editors) if d is not None)
        backdated = self.when.is_backdated()
        return VisitDraft(
            questions=questions,
            channel=self.channel.value(),
            duration_min=self.duration_min(),
            started_at=self.when.started_at() if backdated else self.timer_label.started,
            note=self.note.text().strip() or None,
            entry=Entry.BACKDATED if backdated else Entry.LIVE,
        )

    def duration_min(self) -> int | None:
        chip = self.duration.value()
        return stored_duration(
            int(chip) if chip is not None else None,
            self.timer_label.seconds(),
            self.when.is_backdated(),
        )

    def state(self) -> FormState:
        return FormState(self.draft(), self.when.started_at(), self.timer_label.started)

    def set_state(self, state: FormState) -> None:
        """Put a form back as it was (after Escape or an undone save)."""
        self.set_draft(state.draft)
        self.when.set_started(state.backdated_at)
        self.note.setText(state.draft.note or "")
        if state.timer_started is not None and state.backdated_at is None:
            self.timer_label.start(state.timer_started)
        self._choice_made()

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
        """Ready for the next visitor, with what this desk remembers (channel and help)."""
        while len(self.editors) > 1:
            self._remove_editor(self.editors[-1])
        channels = self.channel.codes()
        remembered = self.remembered.channel
        self.channel.set_value(remembered if remembered in channels else channels[0])
        self.editors[0].set_draft(None, help_code=self.remembered.help)
        self.editors[0].finder.clear()
        self.duration.set_value(None)
        self.note.clear()
        self.when.set_started(None)
        self._clear_errors()
        self.timer_label.reset()
        self._dirty = False
        self._show_preview()
        self.editors[0].focus_topics()

    def is_blank(self) -> bool:
        """Nothing chosen for a visit yet (the remembered channel and help do not count)."""
        return (
            len(self.editors) == 1
            and self.editors[0].topics.value() is None
            and self.duration.value() is None
            and not self.note.text().strip()
            and not self.when.is_backdated()
        )

    def has_unsaved(self) -> bool:
        """A visit half filled in: closing the window asks first."""
        return self._dirty and not self.is_blank()

    def clear_form(self) -> None:
        """Escape: empty the form; Ctrl+Z puts it back."""
        if self.is_blank() and not self._dirty:
            return
        state = self.state()
        self.reset_form()
        self._offer_undo("clear", None, state)
        self.status.setText(self.tr("Formulier leeggemaakt. Ctrl+Z zet het terug."))

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _note_edited(self, _text: str) -> None:
        self.note_error.hide()
        self._choice_made()

    def _choice_made(self) -> None:
        """After every change: the timer runs from the first choice and stops when the form
        is emptied; the preview says what a save would store."""
        self._dirty = True
        untouched = (
            self.channel.value() == (self.remembered.channel or self.channel.codes()[0])
            and self.editors[0].help.value() == self.remembered.help
        )
        if self.is_blank() and untouched:
            self.timer_label.reset()
        elif not self.when.is_backdated():
            self.timer_label.start()
        self.form_error.hide()
        self._show_preview()

    def _show_preview(self) -> None:
        draft = self.draft()
        problem = self.when.problem()
        if problem:
            self.preview.setText(problem)
        elif not draft.questions:
            self.preview.setText(
                self.tr("Kies een onderwerp: 1-9, 0 voor meer, of typ een deel van de naam.")
            )
        else:
            text = self.tr("Wordt opgeslagen: {0}").format(visit_line(self.desk.catalogue, draft))
            seconds = self.timer_label.seconds()
            if draft.duration_min is None and seconds is not None and not self.when.is_backdated():
                text += self.tr(" (korter dan 2 min gemeten)")
            self.preview.setText(text)
        carried = []
        cat = self.desk.catalogue
        channel = cat.channels.get(self.remembered.channel or "")
        if channel is not None and self.channel.value() == channel.code:
            carried.append(channel.label_nl)
        help_kind = cat.help_kinds.get(self.remembered.help or "")
        if help_kind is not None and self.editors[0].help.value() == help_kind.code:
            carried.append(help_kind.label_nl)
        self.bar.carried.setText(
            self.tr("Overgenomen van het vorige bezoek: {0}").format(PART_SEPARATOR.join(carried))
            if carried
            else ""
        )
        self.bar.carried.setVisible(bool(carried))

    # -- saving and undoing -------------------------------------------------------------

    def save(self) -> None:
        """Log the visit (Ctrl+Enter). The same form pressed twice is saved once, and says so."""
        if not self._dirty and time.monotonic() - self._last_save < self.save_guard_s:
            self.status.setText(
                self.status.text().split(self.tr(" (nogmaals"))[0]
                + self.tr(" (nogmaals gedrukt: niet opnieuw opgeslagen)")
            )
            return
        self._clear_errors()
        problem = self.when.problem()
        if problem:
            self._show_error(self.form_error, problem)
            return
        state = self.state()
        draft = state.draft
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
        except (StorageError, NotFound) as exc:
            self._show_error(self.form_error, user_message(exc))
            return
        self._last_save = time.monotonic()
        self.status.setText(self._saved_text(draft))
        self.remembered = carried_over(self.remembered, draft)
        remember(self.desk, self.remembered)
        self.reset_form()
        self._offer_undo("save", visit_id, state)
        self._changed()

    def _saved_text(self, draft: VisitDraft) -> str:
        """ "Opgeslagen 10:42 — DigiD · Aan de balie · Samen gedaan · 10 min"; a back-dated
        visit of another day says the day too."""
        at = (draft.started_at or self.desk.clock()).replace(second=0)
        today = self.desk.clock().date()
        when = f"{at:%H:%M}" if at.date() == today else f"{day_text(at.date(), today)} {at:%H:%M}"
        return self.tr("Opgeslagen {0} — {1}").format(when, visit_line(self.desk.catalogue, draft))

    def _offer_undo(self, kind: str, visit_id: str | None, state: FormState) -> None:
        self._undo = (kind, visit_id, state)
        if kind == "save":
            self.bar.show_undo(
                self.tr("Ongedaan maken  Ctrl+Z"),
                self.tr("Het zojuist opgeslagen bezoek terugnemen (Ctrl+Z)"),
            )
        else:
            self.bar.show_undo(
                self.tr("Terugzetten  Ctrl+Z"), self.tr("Het leeggemaakte formulier terug (Ctrl+Z)")
            )
        self.undo_action.setEnabled(True)
        self._undo_timer.start()

    def undo(self) -> None:
        """Take back the visit just saved, or the emptying of the form (Ctrl+Z); either way
        the form is filled again as it was."""
        if self._undo is None:
            return
        kind, visit_id, state = self._undo
        if kind == "save" and visit_id is not None:
            try:
                undo_visit(self.desk, visit_id)
            except (ValidationError, NotFound, StorageError) as exc:
                self._hide_undo()
                self.status.setText(user_message(exc))
                return
        self._hide_undo()
        self._last_save = -float("inf")  # an undo is deliberate: the next save is no double press
        if kind == "save":
            self.status.setText(
                self.tr("Ongedaan gemaakt: {0}").format(
                    topics_text(self.desk.catalogue, state.draft)
                )
            )
        else:
            self.status.setText(self.tr("Formulier teruggezet."))
        self.set_state(state)
        if kind == "save":
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
        self.day_list.refresh()
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
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.clear_form()
            event.accept()
            return
        if (
            self.editors[-1].handle_key(event)
            or self.channel.handle_key(event)
            or self.duration.handle_key(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)
