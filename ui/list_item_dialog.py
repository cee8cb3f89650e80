"""The dialog that adds a list item or changes one: labels, and what the list needs besides
(a topic's main topic, domain and suggested organisation; an organisation's level; a referral's
kind and organisation).

The dialog does not close on a refusal: the Dutch message appears in the dialog, the field at
fault gets the focus, and everything typed stays."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ido_desk.errors import ValidationError
from ido_desk.list_admin import REFERRAL_KINDS, NewItem, suggest_code
from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue, Item, TopicItem
from ui.field_label import add_field
from ui.messages import user_message
from ui.style import ERROR_STYLE

Submit = Callable[["ListItemDialog"], None]


class ListItemDialog(QDialog):
    """``item`` None: add an item to ``kind``; else change that item."""

    def __init__(
        self,
        kind: str,
        catalogue: Catalogue,
        submit: Submit,
        item: Item | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.item = item
        self._submit = submit
        self._code_edited = False
        adding = item is None
        self.setWindowTitle(self.tr("Item toevoegen") if adding else self.tr("Item wijzigen"))
        self.setMinimumWidth(460)

        self.code = QLineEdit(item.code if item else "")
        self.code.setReadOnly(not adding)
        self.code.setPlaceholderText(self.tr("kleine letters, cijfers en _"))
        self.code.textEdited.connect(self._on_code_edited)
        self.label_nl = QLineEdit(item.label_nl if item else "")
        self.label_nl.textChanged.connect(self._on_label_changed)
        self.label_en = QLineEdit(item.label_en if item else "")
        self.label_en.setPlaceholderText(self.tr("leeg: gelijk aan de Nederlandse naam"))

        form = QFormLayout()
        add_field(form, self.tr("&Nederlandse naam"), self.label_nl)
        add_field(form, self.tr("&Engelse naam"), self.label_en)
        add_field(form, self.tr("&Code"), self.code)
        self.parent_topic: QComboBox | None = None
        self.domain: QComboBox | None = None
        self.organisation: QComboBox | None = None
        self.level: QComboBox | None = None
        self.referral_kind: QComboBox | None = None
        if kind == "topic":
            self._topic_fields(form, catalogue, item)
        elif kind == "organisation" and adding:
            self.level = QComboBox()
            for code, (nl, _en) in GOVERNMENT_LEVELS.items():
                self.level.addItem(nl, code)
            add_field(form, self.tr("&Bestuursniveau"), self.level)
        elif kind == "referral" and adding:
            self.referral_kind = QComboBox()
            for code, (nl, _en) in REFERRAL_KINDS.items():
                self.referral_kind.addItem(nl, code)
            self.organisation = self._organisations(catalogue, none_text=self.tr("(geen)"))
            self.referral_kind.currentIndexChanged.connect(self._on_referral_kind)
            add_field(form, self.tr("&Soort"), self.referral_kind)
            add_field(form, self.tr("&Organisatie"), self.organisation)
            self._on_referral_kind()

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Toevoegen") if adding else self.tr("Opslaan"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.label_nl.setFocus()

    # -- what was filled in -------------------------------------------------------------------

    def new_item(self) -> NewItem:
        return NewItem(
            code=self.code.text(),
            label_nl=self.label_nl.text(),
            label_en=self.label_en.text(),
            parent=_value(self.parent_topic),
            domain=_value(self.domain),
            organisation=_value(self.organisation),
            level=_value(self.level),
            referral_kind=_value(self.referral_kind),
        )

    def suggested_organisation(self) -> str | None:
        return _value(self.organisation)

    def show_error(self, exc: BaseException) -> None:
        """Show a refusal in the dialog and put the focus on the field at fault."""
        self.error.setText(user_message(exc))
        self.error.show()
        field = exc.field if isinstance(exc, ValidationError) else ""
        widget = {
            "code": self.code,
            "label_nl": self.label_nl,
            "label_en": self.label_en,
            "parent": self.parent_topic,
            "domain": self.domain,
            "organisation": self.organisation,
            "level": self.level,
            "referral_kind": self.referral_kind,
        }.get(field)
        if widget is not None:
            widget.setFocus()

    # -- building -----------------------------------------------------------------------------

    def _topic_fields(self, form: QFormLayout, catalogue: Catalogue, item: Item | None) -> None:
        if item is None:
            self.parent_topic = parent_topic = QComboBox()
            parent_topic.addItem(self.tr("(geen: een hoofdonderwerp)"), None)
            for topic in catalogue.main_topics():
                parent_topic.addItem(topic.label_nl, topic.code)
            add_field(form, self.tr("&Hoort onder"), parent_topic)
            self.domain = domain_box = QComboBox()
            for domain in catalogue.domains.active():
                domain_box.addItem(domain.label_nl, domain.code)
            add_field(form, self.tr("&Domein"), domain_box)
            parent_topic.currentIndexChanged.connect(self._on_parent)
        if item is None or (isinstance(item, TopicItem) and item.parent_code is None):
            self.organisation = self._organisations(catalogue, none_text=self.tr("(geen)"))
            if isinstance(item, TopicItem) and item.organisation_code:
                self.organisation.setCurrentIndex(
                    max(0, self.organisation.findData(item.organisation_code))
                )
            add_field(form, self.tr("&Voorgestelde organisatie"), self.organisation)

    def _organisations(self, catalogue: Catalogue, none_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(none_text, None)
        for organisation in catalogue.organisations.active():
            combo.addItem(organisation.label_nl, organisation.code)
        return combo

    # -- reacting ------------------------------------------------------------------------------

    def _on_code_edited(self, _text: str) -> None:
        self._code_edited = True

    def _on_label_changed(self, text: str) -> None:
        if self.item is None and not self._code_edited:
            self.code.setText(suggest_code(text))

    def _on_parent(self) -> None:
        """A sub-topic takes its main topic's domain and suggestion, unless chosen otherwise."""
        sub = self.parent_topic is not None and self.parent_topic.currentData() is not None
        for combo in (self.domain, self.organisation):
            if combo is not None:
                combo.setEnabled(not sub)

    def _on_referral_kind(self) -> None:
        assert self.referral_kind is not None and self.organisation is not None
        self.organisation.setEnabled(self.referral_kind.currentData() == "organisation")

    def _on_ok(self) -> None:
        self.error.hide()
        try:
            self._submit(self)
        except Exception as exc:  # shown in the dialog, which stays open with what was typed
            self.show_error(exc)
            return
        self.accept()


def _value(combo: QComboBox | None) -> str | None:
    if combo is None or not combo.isEnabled():
        return None
    data = combo.currentData()
    return str(data) if data is not None else None
