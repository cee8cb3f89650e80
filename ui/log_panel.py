"""The Registreren screen: log a visit in seconds while the next visitor waits.

The questions area (``ui.visit_form``) scrolls; below it, always in view, the save bar says
what a save will store, holds Save and the status line; today's list is under both. "1" then
Ctrl+Enter logs a DigiD visit with the channel and help this desk remembers
(``ido_desk.form_rules`` says what carries over and which duration is stored). After a save,
the form is ready for the next visitor and the save can be undone for a few seconds; Escape
empties the form, and Ctrl+Z puts it back."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from ido_desk.drafts import VisitDraft
from ido_desk.errors import UserError, ValidationError
from ido_desk.form_rules import carried_over, load_remembered, remember
from ido_desk.labels import topics_text, visit_line
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.visit_reading import last_visit
from ui.changes import Change, announce
from ui.day_list import DayList
from ui.list_labels import english
from ui.messages import user_message, window_text
from ui.save_bar import SaveBar
from ui.visit_form import FormState, VisitForm
from ui.when_row import moment_text

if TYPE_CHECKING:  # loaded when first opened (Ctrl+T): the window starts without it
    from ido_desk.desk import Desk
    from ido_desk.visit_reading import DayPage
    from ui.batch_dialog import BatchDialog

UNDO_SHOWN_MS = 10_000  # the "Ongedaan maken" button stays this long
SAVE_GUARD_S = 1.0  # the same form saved again within this time is a double press
LIST_ROWS = 5  # today's visits in view below the form, when the screen has the room
LIST_ROWS_AT_LEAST = 3  # also on a low screen (large text): what was just logged, to fix it


class LogPanel(QWidget):
    """The front-desk form over today's visits. ``visits_changed`` after every save or undo."""

    visits_changed = Signal()

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, first_page: DayPage | None = None
    ) -> None:
        """``first_page``: today's list as the window's first read found it."""
        super().__init__(parent)
        self.desk = desk
        self.save_guard_s = SAVE_GUARD_S
        self._last_save = -float("inf")
        self._undo: tuple[str, str | None, FormState] | None = None  # (kind, visit id, form)
        self.batch_dialog: BatchDialog | None = None

        # every widget is made on its final parent: with the application's style sheet a
        # widget moved to another parent is styled again, all of its children with it
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self.splitter)
        self.questions_area = form = VisitForm(desk, load_remembered(desk), top)
        self.editors, self.channel, self.duration = form.editors, form.channel, form.duration
        self.when, self.earlier, self.timer_label = form.when, form.when.earlier, form.timer_label
        self.note, self.note_error = form.note, form.note_error
        form.changed.connect(self._form_changed)
        form.timer_label.ticked.connect(self._show_preview)

        self.bar = bar = SaveBar(top)
        self.preview, self.form_error, self.status = bar.preview, bar.form_error, bar.status
        self.save_button, self.undo_button = bar.save_button, bar.undo_button
        bar.same_button.clicked.connect(self.fill_same_as_last)
        bar.add_button.clicked.connect(form.add_question)
        bar.batch_button.clicked.connect(self.open_batch)
        bar.save_button.clicked.connect(self.save)
        bar.undo_button.clicked.connect(self.undo)

        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(0)
        top_layout.addWidget(form, 1)
        top_layout.addWidget(bar)

        self.day_list = DayList(desk, parent=self.splitter, first_page=first_page)
        self.day_list.view.setMinimumHeight(1)  # the list may fold to its counts line
        self.day_list.visits_changed.connect(self.visits_changed)
        self.day_list.told.connect(self.status.setText)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.day_list)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)  # a taller window (maximised) grows the form
        self.splitter.setStretchFactor(1, 0)
        self._auto_heights = True  # the panel shares the height, until the user moves it
        self.splitter.splitterMoved.connect(self._heights_chosen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._hide_undo)

        self.save_action = self._action(self.save, "Ctrl+Return", "Ctrl+Enter")
        self._action(form.add_question, "Ins")
        self._action(self.fill_same_as_last, "F5")
        self._action(self.open_batch, "Ctrl+T")
        self._action(self.when.toggle, "Alt+E")
        self._action(self.when.pick_yesterday, "Alt+G")
        self._action(form.focus_note, "Alt+N")
        self.undo_action = self._action(self.undo, "Ctrl+Z")
        self.undo_action.setEnabled(False)
        self.reset_form()

    def _action(self, slot: object, *keys: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while this tab shows
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._auto_heights:  # until the user moves the splitter, the list keeps its rows
            QTimer.singleShot(0, self, self._share_height)  # once the splitter is laid out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_heights:
            QTimer.singleShot(0, self, self._share_height)

    def _heights_chosen(self, _position: int, _index: int) -> None:
        self._auto_heights = False

    def _share_height(self) -> None:
        """Today's list shows LIST_ROWS visits; fewer when the form would not show the first
        question's topics otherwise, but never fewer than LIST_ROWS_AT_LEAST while the form
        keeps its least height (large text on a low screen: the form scrolls, and the
        volunteer still sees, and can double-click, what was just logged). The rest of the
        form scrolls."""
        total = self.splitter.height()
        table = self.day_list.view
        counts_line = self.day_list.height() - table.height()
        chrome = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        if table.horizontalScrollBar().maximum() > 0:  # columns wider than the list
            chrome += table.horizontalScrollBar().sizeHint().height()
        around = counts_line + chrome  # the counts line, the column titles
        row = table.verticalHeader().defaultSectionSize()
        wanted = around + LIST_ROWS * row + row // 3  # a glimpse of the next row says "more"
        shared = total - self.splitter.handleWidth() - self.bar.sizeHint().height()  # form, list
        room = shared - self.questions_area.height_down_to(self.questions_area.editors[0].topics)
        least = around + LIST_ROWS_AT_LEAST * row
        day = min(wanted, max(room, least), shared - self.questions_area.minimumHeight())
        if day < around + row:  # not one visit fits beside the form's least height
            day = counts_line
        self.splitter.setSizes([total - day, day])

    # -- the form -----------------------------------------------------------------------

    def focus_form(self) -> None:
        """Put the keyboard back on the form (after a dialog or a list action)."""
        self.questions_area.focus_topics()

    def add_question(self) -> None:
        self.questions_area.add_question()

    def draft(self) -> VisitDraft:
        return self.questions_area.draft()

    def is_blank(self) -> bool:
        return self.questions_area.is_blank()

    def has_unsaved(self) -> bool:
        """A visit half filled in: closing the window asks first."""
        return self.questions_area.dirty and not self.is_blank()

    def reset_form(self) -> None:
        self.questions_area.reset()
        self._clear_errors()
        self._show_preview()

    def clear_form(self) -> None:
        """Escape: empty the form; Ctrl+Z puts it back."""
        if self.is_blank() and not self.questions_area.dirty:
            return
        state = self.questions_area.state()
        self.reset_form()
        self._offer_undo("clear", None, state)
        self.status.setText(self.tr("Formulier leeggemaakt. Ctrl+Z zet het terug."))

    def _form_changed(self) -> None:
        self.form_error.hide()
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview.setText(self.questions_area.preview_text())
        carried = self.questions_area.carried_text()
        self.bar.carried.setText(carried)
        self.bar.carried.setVisible(bool(carried))

    # -- saving and undoing -------------------------------------------------------------

    def save(self) -> None:
        """Log the visit (Ctrl+Enter). The same form pressed twice is saved once, and says so."""
        if not self.questions_area.dirty and time.monotonic() - self._last_save < self.save_guard_s:
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
        from ido_desk.visits import record_visit  # SQLAlchemy: loaded once the window is ready

        state = self.questions_area.state()
        draft = state.draft
        try:
            visit_id = record_visit(self.desk, draft)
        except PrivacyError as exc:
            self.questions_area.show_note_error(window_text(exc.message))
            return
        except ValidationError as exc:
            if exc.field == "note":
                self.questions_area.show_note_error(window_text(exc.message))
            else:
                self._show_error(self.form_error, window_text(exc.message))
            return
        except UserError as exc:
            self._show_error(self.form_error, user_message(exc))
            return
        self._last_save = time.monotonic()
        self.status.setText(self._saved_text(draft))
        remembered = carried_over(self.questions_area.remembered, draft)
        self.questions_area.remembered = remembered
        remember(self.desk, remembered)
        self.reset_form()
        self._offer_undo("save", visit_id, state)
        self._changed()

    def _saved_text(self, draft: VisitDraft) -> str:
        """ "Opgeslagen 10:42 — DigiD · Aan de balie · Samen gedaan · 10 min"; a back-dated
        visit of another day says the day too."""
        at = (draft.started_at or self.desk.clock()).replace(second=0)
        return self.tr("Opgeslagen {0} — {1}").format(
            moment_text(at, self.desk.clock().date()),
            visit_line(self.desk.catalogue, draft, english()),
        )

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
            from ido_desk.visits import undo_visit

            try:
                undo_visit(self.desk, visit_id)
            except UserError as exc:
                self._hide_undo()
                self.status.setText(user_message(exc))
                return
        self._hide_undo()
        self._last_save = -float("inf")  # an undo is deliberate: the next save is no double press
        if kind == "save":
            self.status.setText(
                self.tr("Ongedaan gemaakt: {0}").format(
                    topics_text(self.desk.catalogue, state.draft, english())
                )
            )
        else:
            self.status.setText(self.tr("Formulier teruggezet."))
        self.questions_area.set_state(state)
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
        self.questions_area.set_draft(last.draft)
        self.editors[-1].focus_topics()

    def open_batch(self) -> None:
        """Visits from a paper tally sheet (Ctrl+T)."""
        from ui.batch_dialog import BatchDialog

        dialog = BatchDialog(self.desk, self)
        dialog.saved.connect(self._batch_done)
        dialog.undone.connect(self._batch_done)
        focus = QApplication.focusWidget()
        dialog.finished.connect(lambda _result: self._back_from_dialog(focus))
        self.batch_dialog = dialog
        dialog.open()

    def _back_from_dialog(self, focus: QWidget | None) -> None:
        """After a dialog closes: the window active again and the focus where it was, as a
        desktop's window manager gives them back (the form's keys act only in the active
        window; under Xvfb, or a kiosk without a window manager, nothing else does it)."""
        self.window().activateWindow()
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        else:
            self.focus_form()

    def _batch_done(self, text: str) -> None:
        """A batch saved or taken back: the status line says so (the dialog announced the
        change itself)."""
        self.status.setText(text)
        self.visits_changed.emit()

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
