"""Open a logged visit to fix it (update_visit) or delete it (delete_visit, after a
confirmation). Both reach the audit log; errors are shown by the field and nothing typed is
lost. Above the buttons a line says what will change when saved. The topic keys (digits) and
the help keys (Alt+letter) act on the question that has the focus; a digit typed elsewhere
(next to the duration box, say) changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, VisitDraft
from ido_desk.errors import UserError, ValidationError
from ido_desk.labels import visit_line
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.visit_reading import get_visit
from ido_desk.visits import MAX_DURATION_MIN, delete_visit, update_visit
from ui.chips import CHIP_HEIGHT
from ui.chips_keys import item_keys
from ui.field_label import add_field
from ui.list_labels import english, shown
from ui.messages import user_message, window_text
from ui.pin_dialog import as_manager
from ui.qt_dates import to_datetime, to_qdatetime
from ui.question_editor import QuestionEditor
from ui.scroll_dialog import ScrollingDialog
from ui.style import ERROR_STYLE
from ui.visit_changes import changes_text

ENTRY_TEXT = {  # marked for pyside6-lupdate; shown through tr()
    Entry.LIVE: str(QT_TRANSLATE_NOOP("VisitDialog", "tijdens het bezoek")),
    Entry.BACKDATED: str(QT_TRANSLATE_NOOP("VisitDialog", "achteraf")),
    Entry.BATCH: str(QT_TRANSLATE_NOOP("VisitDialog", "van een turflijst")),
}


def ask_first(parent: QWidget, *texts: object, info: str = "") -> bool:
    """A question whose safe answer (``keep``) is the default and Escape; True for ``act``.
    ``texts``: title, question, act, keep (Dutch source strings of the context VisitDialog)."""
    title, text, act, keep = (str(t) for t in texts)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VisitDialog", title))
    box.setText(QCoreApplication.translate("VisitDialog", text))
    box.setInformativeText(info)
    yes = box.addButton(
        QCoreApplication.translate("VisitDialog", act), QMessageBox.ButtonRole.DestructiveRole
    )
    no = box.addButton(
        QCoreApplication.translate("VisitDialog", keep), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete(parent: QWidget, what: str) -> bool:
    """Ask before deleting a visit; the safe answer is the default."""
    return ask_first(
        parent,
        QT_TRANSLATE_NOOP("VisitDialog", "Bezoek verwijderen"),
        QT_TRANSLATE_NOOP("VisitDialog", "Dit bezoek verwijderen?"),
        QT_TRANSLATE_NOOP("VisitDialog", "Verwijderen"),
        QT_TRANSLATE_NOOP("VisitDialog", "Niet verwijderen"),
        info=what,
    )


def confirm_discard(parent: QWidget) -> bool:
    """Ask before throwing unsaved changes away; going on editing is the default."""
    return ask_first(
        parent,
        QT_TRANSLATE_NOOP("VisitDialog", "Niet opgeslagen"),
        QT_TRANSLATE_NOOP("VisitDialog", "Wijzigingen weggooien?"),
        QT_TRANSLATE_NOOP("VisitDialog", "Weggooien"),
        QT_TRANSLATE_NOOP("VisitDialog", "Verder bewerken"),
    )


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class VisitDialog(ScrollingDialog):
    """Edit one visit. Accepted after a save or a delete (``deleted`` tells which);
    ``outcome`` then says for the status line what was done."""

    def __init__(self, desk: Desk, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.visit_id = visit_id
        self.deleted = False
        self.outcome = ""  # "Gewijzigd: bezoek 10:15 — duur 10 → 25 min", once accepted
        self.before: VisitDraft | None = None  # the visit as opened, once the form is filled
        detail = get_visit(desk, visit_id)
        draft = detail.draft
        self.setWindowTitle(self.tr("Bezoek bewerken"))
        self._help_keys = item_keys(desk.catalogue.help_kinds.active(), set())  # as on the form
        layout = self.body
        layout.setSpacing(10)

        info = QLabel(
            self.tr("Ingevoerd {0}, versie {1}").format(
                self.tr(ENTRY_TEXT[detail.entry]), detail.revision
            ),
            self,
        )
        info.setObjectName("hint")
        layout.addWidget(info)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.started_at = QDateTimeEdit(to_qdatetime(draft.started_at or self.desk.clock()), self)
        self.started_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.started_at.setCalendarPopup(True)
        self.started_at.setMinimumHeight(CHIP_HEIGHT)
        self.started_at.setAccessibleName(self.tr("Tijdstip"))
        add_field(form, self.tr("Tijdstip"), self.started_at)
        self.channel = QComboBox(self)
        self.channel.setMinimumHeight(CHIP_HEIGHT)
        for channel in desk.catalogue.channels.active():
            self.channel.addItem(shown(channel), channel.code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        self.channel.setAccessibleName(self.tr("Kanaal"))
        add_field(form, self.tr("Kanaal"), self.channel)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_DURATION_MIN)
        self.duration.setSpecialValueText(self.tr("onbekend"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(draft.duration_min or 0)
        self.duration.setMinimumHeight(CHIP_HEIGHT)
        self.duration.setAccessibleName(self.tr("Duur in minuten"))
        add_field(form, self.tr("Duur"), self.duration)
        layout.addLayout(form)

        self.questions_box = QVBoxLayout()
        layout.addLayout(self.questions_box)
        self.editors: list[QuestionEditor] = []
        for question in draft.questions:
            self._add_editor().set_draft(question)
        self.add_button = QPushButton(self.tr("+ vraag  Ins"), self)
        self.add_button.setMinimumHeight(CHIP_HEIGHT)
        self.add_button.clicked.connect(self.add_question)
        QShortcut(QKeySequence("Ins"), self, self.add_question)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.note = QLineEdit(draft.note or "", self)
        self.note.setMinimumHeight(CHIP_HEIGHT)
        self.note.setPlaceholderText(self.tr("optioneel; geen namen, nummers of adressen"))
        self.note.setMaxLength(500)
        note_form = QFormLayout()
        self.note.setAccessibleName(self.tr("Notitie"))
        add_field(note_form, self.tr("Notitie"), self.note)
        layout.addLayout(note_form)
        self.note_error = error_label(self)
        layout.addWidget(self.note_error)
        self.form_error = error_label(self)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("changes")
        self.summary.setWordWrap(True)
        self.outer.insertWidget(1, self.summary)  # always in view, by the buttons

        buttons = self.buttons
        self.delete_button = QPushButton(self.tr("Verwijderen…"), self)
        self.delete_button.setObjectName("danger")
        self.delete_button.setMinimumHeight(CHIP_HEIGHT)
        self.delete_button.setToolTip(self.tr("Dit bezoek verwijderen (Ctrl+Delete)"))
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence("Ctrl+Del"), self, self.delete)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuleren  Esc"), self)
        self.cancel_button.setMinimumHeight(CHIP_HEIGHT)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton(self.tr("Opslaan  Ctrl+Enter"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(CHIP_HEIGHT)
        self.save_button.setMinimumWidth(180)
        self.save_button.clicked.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        buttons.addWidget(self.save_button)
        self.started_at.dateTimeChanged.connect(self.show_changes)
        self.channel.currentIndexChanged.connect(self.show_changes)
        self.duration.valueChanged.connect(self.show_changes)
        self.note.textChanged.connect(self.show_changes)
        self.before = self.draft()  # as the form shows it, to say what a save would change
        self.show_changes()
        if self.editors:
            self.editors[0].focus_topics()

    def show_changes(self) -> None:
        """ "Wordt gewijzigd: duur 10 → 25 min; hulp ..." (or that nothing changed yet)."""
        if self.before is None:
            return
        lines = changes_text(self.desk.catalogue, self.before, self.draft())
        if lines:
            self.summary.setText(self.tr("Wordt gewijzigd: {0}").format("; ".join(lines)))
        else:
            self.summary.setText(self.tr("Nog niets gewijzigd."))

    def _add_editor(self) -> QuestionEditor:
        editor = QuestionEditor(
            self.desk.catalogue,
            len(self.editors) + 1,
            removable=bool(self.editors),
            help_keys=self._help_keys,
            parent=self,
        )
        editor.remove_requested.connect(lambda e=editor: self._remove_editor(e))
        editor.changed.connect(self.fit_height_soon)
        editor.changed.connect(self.show_changes)
        editor.changed.connect(lambda e=editor: self._keep_in_view(e))
        self.questions_box.addWidget(editor)
        self.editors.append(editor)
        return editor

    def reject(self) -> None:
        """Escape, Annuleren or the close button: changes are not lost without asking."""
        changed = self.before is not None and changes_text(
            self.desk.catalogue, self.before, self.draft()
        )
        if changed and not confirm_discard(self):
            return
        super().reject()

    def _keep_in_view(self, editor: QuestionEditor) -> None:
        """The question being filled in stays in view as its sub-topics make it taller."""
        if editor is self.focused_editor():
            self.show_soon(editor)

    def _remove_editor(self, editor: QuestionEditor) -> None:
        self.editors.remove(editor)
        self.questions_box.removeWidget(editor)
        editor.deleteLater()
        for n, other in enumerate(self.editors, 1):
            other.set_number(n)
        self.show_changes()
        if self.editors:
            self.editors[-1].focus_topics()

    def add_question(self) -> None:
        editor = self._add_editor()
        editor.set_draft(None)
        editor.focus_topics()
        self.fit_height_soon()
        self.show_soon(editor)
        self.show_changes()

    def draft(self) -> VisitDraft:
        return VisitDraft(
            questions=tuple(d for d in (e.draft() for e in self.editors) if d is not None),
            channel=self.channel.currentData(),
            duration_min=self.duration.value() or None,
            started_at=to_datetime(self.started_at.dateTime()),
            note=self.note.text().strip() or None,
        )

    def save(self) -> None:
        self.note_error.hide()
        self.form_error.hide()
        try:
            draft = self.draft()
            changed = as_manager(
                self.desk, self, lambda: update_visit(self.desk, self.visit_id, draft)
            )
        except PrivacyError as exc:
            self._show(self.note_error, window_text(exc.message))
            return
        except ValidationError as exc:
            target = self.note_error if exc.field == "note" else self.form_error
            self._show(target, window_text(exc.message))
            return
        except UserError as exc:
            self._show(self.form_error, user_message(exc))
            return
        when = self.started_at.dateTime().toString("HH:mm")
        changes = "; ".join(changes_text(self.desk.catalogue, self.before or draft, draft))
        if not changed:
            self.outcome = self.tr("Niets gewijzigd aan bezoek {0}: niet opnieuw opgeslagen.")
        elif changes:
            self.outcome = self.tr("Gewijzigd: bezoek {0} — {1}")
        else:
            self.outcome = self.tr("Gewijzigd: bezoek {0}.")
        self.outcome = self.outcome.format(when, changes)
        self.accept()

    def delete(self) -> None:
        when = self.started_at.dateTime().toString("dd-MM-yyyy HH:mm")
        line = visit_line(self.desk.catalogue, self.before or self.draft(), english())
        if not confirm_delete(self, f"{when}  {line}"):  # which one: more may share the minute
            return
        try:
            as_manager(self.desk, self, lambda: delete_visit(self.desk, self.visit_id))
        except UserError as exc:
            self._show(self.form_error, user_message(exc))
            return
        self.deleted = True
        self.outcome = self.tr("Verwijderd: bezoek {0}.").format(when)
        self.accept()

    def _show(self, label: QLabel, text: str) -> None:
        """An error by its field, scrolled into view; a refused note gets the focus back."""
        label.setText(text)
        label.show()
        if label is self.note_error:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_soon(label)

    def focused_editor(self) -> QuestionEditor | None:
        focus = QApplication.focusWidget()
        return next((e for e in self.editors if focus is not None and e.isAncestorOf(focus)), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editor = self.focused_editor()
        if editor is None and not event.text().isdigit() and self.editors:
            editor = self.editors[-1]  # Alt+letter for the help; a digit needs the question
        if editor is not None and editor.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)
