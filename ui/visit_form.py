"""The questions area of the Registreren tab: channel, duration, when, the questions and the
note, in a scroll area that follows the keyboard (a new question, "Meer ...", the focused
field come into view). It knows what a save would store (``draft()``) and what this desk
carried over from its last save; saving is the panel's (``ui.log_panel``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, VisitDraft
from ido_desk.form_rules import REFERRING_HELP, Remembered, stored_duration
from ido_desk.labels import PART_SEPARATOR, visit_line
from ui.chips import CHIP_HEIGHT, ChipGroup
from ui.chips_keys import item_keys
from ui.chips_layout import FlowRow
from ui.field_label import field_label, name_field
from ui.list_labels import english, shown
from ui.question_editor import QuestionEditor
from ui.style import error_label
from ui.visit_timer import VisitTimer
from ui.when_row import WhenRow, moment_text

DURATIONS = [("5", "5"), ("10", "10"), ("15", "15"), ("30", "30"), ("45", "45+")]
DURATION_KEYS = ["F6", "F7", "F8", "F9", "F10"]
# Alt+E: Eerder, Alt+G: gisteren, Alt+N: note; Ctrl+T is the tally sheet
RESERVED_LETTERS = {"E", "G", "N", "T"}


@dataclass(frozen=True)
class FormState:
    """Everything in the form, to put back after Escape or an undone save."""

    draft: VisitDraft
    backdated_at: datetime | None
    timer_started: datetime | None


class VisitForm(QScrollArea):
    """``changed`` after every choice the user makes (and after ``set_draft``)."""

    changed = Signal()

    def __init__(self, desk: Desk, remembered: Remembered, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.remembered = remembered
        self.dirty = False  # a choice made since the last save or emptying
        taken = set(RESERVED_LETTERS)
        cat = desk.catalogue
        self._help_keys = item_keys(cat.help_kinds.active(), taken)  # the same in English
        channel_keys = item_keys(cat.channels.active(), taken)

        self.inner = inner = QWidget(self.viewport())  # where setWidget puts it: not moved
        inner.setObjectName("logForm")
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        self.channel = ChipGroup(
            [(c.code, shown(c)) for c in cat.channels.active()],
            allow_none=False,
            keys=channel_keys,
            keys_in_label=True,
            name=self.tr("Kanaal"),
            parent=inner,
        )
        self.channel.changed.connect(self._choice_made)
        layout.addLayout(self._row(self.tr("Kanaal"), self.channel, 1))

        self.timer_label = VisitTimer(desk.clock, inner)
        self.timer_label.setToolTip(
            self.tr("Loopt vanaf de eerste keuze voor dit bezoek; een duur-knop gaat voor.")
        )
        self.duration = ChipGroup(
            DURATIONS,
            keys=DURATION_KEYS,
            keys_in_label=True,
            one_line=True,
            name=self.tr("Duur in minuten"),
            spoken=self.tr("{0} minuten"),
            parent=inner,
        )
        self.duration.button("45").setAccessibleName(self.tr("45 minuten of meer"))
        self.timer_label.setAccessibleName(self.tr("Gemeten tijd"))
        self.duration.changed.connect(self._choice_made)
        # Tijdstip beside Duur: one line where it fits, the next line where it does not
        self.when = WhenRow(desk.clock, inner)
        self.when.setAccessibleName(self.tr("Tijdstip"))
        self.when.changed.connect(self._choice_made)
        when_label = field_label(self.tr("Tijdstip"), self.when.earlier, inner)
        when_label.setObjectName("fieldLabel")
        times = FlowRow(inner, spacing=12, gap=4)
        times.add(self.timer_label, self.duration, QLabel(self.tr("min"), inner))
        times.add(when_label, self.when)
        layout.addLayout(self._row(self.tr("Duur"), times, 1, buddy=self.duration))

        self.questions_box = QVBoxLayout()
        self.questions_box.setSpacing(4)
        layout.addLayout(self.questions_box)
        self.editors: list[QuestionEditor] = []
        self._add_editor()

        self.note = QLineEdit(inner)
        self.note.setObjectName("note")
        self.note.setMinimumHeight(CHIP_HEIGHT)
        self.note.setPlaceholderText(self.tr("optioneel; geen namen, nummers of adressen  (Alt+N)"))
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Notitie"))
        self.note.setAccessibleDescription(
            self.tr("Optioneel. Geen namen, nummers of adressen. Sneltoets Alt+N.")
        )
        self.note_error = error_label(QLabel(inner))
        self._keep_error_seen = False
        self.note.textEdited.connect(self._note_edited)
        note_col = QVBoxLayout()
        note_col.addWidget(self.note)
        note_col.addWidget(self.note_error)
        note_row = self._row(self.tr("Notitie"), None, buddy=self.note)
        note_row.addLayout(note_col, 1)
        layout.addLayout(note_row)
        layout.addStretch(1)

        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: the focus scrolls
        self.setMinimumHeight(120)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    # -- building blocks ----------------------------------------------------------------

    def _row(
        self, label: str, widget: QWidget | None, stretch: int = 0, buddy: QWidget | None = None
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        field = QLabel(label, self.inner)
        partner = buddy or widget
        if partner is not None:
            name_field(field, partner)
        field.setObjectName("fieldLabel")
        field.setMinimumWidth(120)
        field.setMinimumHeight(CHIP_HEIGHT)
        row.addWidget(field, 0, Qt.AlignmentFlag.AlignTop)
        if widget is not None:
            row.addWidget(widget, stretch)
        return row

    def _add_editor(self) -> QuestionEditor:
        editor = QuestionEditor(
            self.desk.catalogue,
            len(self.editors) + 1,
            removable=bool(self.editors),
            help_keys=self._help_keys,
            parent=self.inner,
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

    def height_down_to(self, widget: QWidget) -> int:
        """The height that shows the form from its top down to ``widget``, unscrolled."""
        return widget.mapTo(self.inner, QPoint(0, widget.height())).y() + 8

    # -- scrolling to what is being edited ----------------------------------------------

    def scroll_to(self, widget: QWidget) -> None:
        """Bring a part of the form into view (a new question, the topics behind "Meer")."""

        def show() -> None:
            if isValid(widget) and isValid(self):
                self._layout_form()
                if widget.height() + 16 > self.viewport().height():  # its top (the question's
                    top = widget.mapTo(self.inner, QPoint(0, 0)).y()  # title), not its middle
                    self.verticalScrollBar().setValue(top - 8)
                else:
                    self.ensureWidgetVisible(widget, 0, 8)

        QTimer.singleShot(0, show)  # once the layout has made room for it

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and isValid(self) and self.inner.isAncestorOf(new):
            self._layout_form()
            self.ensureWidgetVisible(new, 0, 8)

    def _layout_form(self) -> None:
        """Let the form take in a new question now, so that scrolling finds it in place."""
        layout = self.inner.layout()
        if layout is not None:
            layout.activate()

    # -- the form -----------------------------------------------------------------------

    def focus_topics(self) -> None:
        self.editors[-1].focus_topics()

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_note_error(self, text: str) -> None:
        """Why the note is refused: under the note, scrolled into view (at 1366x768 it is below
        the fold), with the focus in the note to put it right."""
        self.note_error.setText(text)
        self.note_error.show()
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self._keep_error_seen = True  # until the note is typed in: the form grows in passes
        self.scroll_to(self.note_error)

    def _range_changed(self, _low: int, _high: int) -> None:
        """The form grew (the refusal's lines wrapped): the refusal stays in view."""
        if self._keep_error_seen and self.note_error.isVisible():
            self.ensureWidgetVisible(self.note_error, 0, 8)

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

    def reset(self) -> None:
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
        self.note_error.hide()
        self.when.set_started(None)
        self.timer_label.reset()
        self.dirty = False
        self.editors[0].focus_topics()
        self.scroll_to_top()

    def scroll_to_top(self) -> None:
        """The next visitor starts at the top of the form (also after question 2 was in view,
        and after the scrolls the focus has asked for)."""
        bar = self.verticalScrollBar()
        bar.setValue(0)
        QTimer.singleShot(0, bar, lambda: bar.setValue(0))

    def is_blank(self) -> bool:
        """Nothing chosen for a visit yet (the remembered channel and help do not count)."""
        return (
            len(self.editors) == 1
            and self.editors[0].topics.value() is None
            and self.duration.value() is None
            and not self.note.text().strip()
            and not self.when.is_backdated()
        )

    def _note_edited(self, _text: str) -> None:
        self.note_error.hide()
        self._keep_error_seen = False
        self._choice_made()

    def _choice_made(self) -> None:
        """After every change: the timer runs from the first choice and stops when the form
        is emptied."""
        self.dirty = True
        untouched = (
            self.channel.value() == (self.remembered.channel or self.channel.codes()[0])
            and self.editors[0].help.value() == self.remembered.help
        )
        if self.is_blank() and untouched:
            self.timer_label.reset()
        elif not self.when.is_backdated():
            self.timer_label.start()
        self.changed.emit()

    # -- what the form says before saving -----------------------------------------------

    def preview_text(self) -> str:
        """ "Wordt opgeslagen: DigiD · Telefonisch · Samen gedaan · 6 min", or what is missing."""
        draft = self.draft()
        problem = self.when.problem()
        if problem:
            return problem
        if not draft.questions:
            return self.tr("Kies een onderwerp: 1-9, 0 voor meer, of typ een deel van de naam.")
        line = visit_line(self.desk.catalogue, draft, english())
        if draft.started_at is not None and self.when.is_backdated():  # the day and time too
            when = moment_text(draft.started_at, self.desk.clock().date(), say_today=True)
            text = self.tr("Wordt opgeslagen: {0} — {1}").format(when, line)
        else:
            text = self.tr("Wordt opgeslagen: {0}").format(line)
        seconds = self.timer_label.seconds()
        if draft.duration_min is None and seconds is not None and not self.when.is_backdated():
            text += self.tr(" (korter dan 2 min gemeten)")
        return text

    def carried_text(self) -> str:
        """ "Overgenomen van het vorige bezoek: Telefonisch · Samen gedaan" while in the form."""
        carried = []
        cat = self.desk.catalogue
        channel = cat.channels.get(self.remembered.channel or "")
        if channel is not None and self.channel.value() == channel.code:
            carried.append(shown(channel))
        help_kind = cat.help_kinds.get(self.remembered.help or "")
        if help_kind is not None and self.editors[0].help.value() == help_kind.code:
            carried.append(shown(help_kind))
        if not carried:
            return ""
        return self.tr("Overgenomen van het vorige bezoek: {0}").format(
            PART_SEPARATOR.join(carried)
        )
