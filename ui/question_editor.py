"""One question of a visit: topic, sub-topic, organisation, help given and referral.

Keys: 1..9 pick the first nine topics, 0 shows the rest ("Meer ..."), Alt+1..9 pick a
sub-topic, and the help chips have the keys the form hands in (Alt+letter). A letter starts a
search for a topic by name ("tablet", Enter). A key never clears a chosen chip (a click
does). The referral list is sorted and grouped: organisations, courses and services, other."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ido_desk.drafts import QuestionDraft
from ido_desk.form_rules import REFERRING_HELP
from ido_desk.lists import Catalogue, ReferralItem, TopicItem
from ui.chips import CHIP_HEIGHT, ChipGroup, make_disclosure
from ui.chips_keys import key_matches
from ui.field_label import name_field
from ui.list_labels import shown
from ui.topic_finder import TopicFinder

TOPIC_KEYS = [str(n) for n in range(1, 10)]
MORE_KEY = "0"
SUBTOPIC_KEYS = [f"Alt+{n}" for n in range(1, 10)]
LABEL_WIDTH = 120  # the column of field names (and the title, the search box under it)
REFERRAL_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (  # any other kind: "Overig"
    (str(QT_TRANSLATE_NOOP("QuestionEditor", "Organisaties")), ("organisation",)),
    (str(QT_TRANSLATE_NOOP("QuestionEditor", "Cursussen en diensten")), ("course", "service")),
)


class QuestionEditor(QFrame):
    """The choices for one question. ``changed`` follows every choice the user makes."""

    changed = Signal()
    remove_requested = Signal()
    more_shown = Signal()  # "Meer ..." opened: the form scrolls to it

    def __init__(
        self,
        catalogue: Catalogue,
        number: int = 1,
        *,
        removable: bool = False,
        help_keys: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("questionEditor")
        self.setFrameShape(QFrame.Shape.NoFrame)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        grid.setColumnStretch(1, 1)

        # no row of its own for the title (large text on a low screen needs the height): it
        # heads the label column beside the topics, the search box is under the label
        self.title = QLabel(self)
        self.title.setObjectName("questionTitle")
        self.finder = TopicFinder(catalogue, self)
        self.finder.picked.connect(self.pick_topic)
        self.finder.setMaximumWidth(LABEL_WIDTH)
        self.remove_button = QPushButton(self.tr("Weghalen"), self)
        self.remove_button.setToolTip(self.tr("Deze vraag weghalen uit het bezoek"))
        self.remove_button.setMinimumHeight(CHIP_HEIGHT)
        self.remove_button.setVisible(removable)
        self.remove_button.clicked.connect(self.remove_requested)
        self.set_number(number)

        # topics: the first nine on the number keys, the rest behind "Meer ..."
        topics = catalogue.main_topics()
        self.topics = ChipGroup(
            [(t.code, shown(t)) for t in topics[:9]],
            keys=TOPIC_KEYS,
            keys_in_label=True,
            name=self.tr("Onderwerp"),
            parent=self,
        )
        self.more_button = QPushButton(f"{MORE_KEY}  " + self.tr("Meer…"), self.topics)
        self.more_button.setProperty("chip", True)
        self.more_button.setCheckable(True)
        self.more_button.setMinimumHeight(CHIP_HEIGHT)
        self.more_button.setAccessibleName(self.tr("Meer onderwerpen"))
        self.more_button.setAccessibleDescription(self.tr("toets 0"))
        self.more_button.setToolTip(self.tr("Meer onderwerpen tonen (0)"))
        self.more_button.toggled.connect(self._show_more)
        make_disclosure(self.more_button)
        self.topics.add_extra(self.more_button)
        self._more_codes = [t.code for t in topics[9:]]
        for topic in topics[9:]:
            self.topics.add_chip(topic.code, shown(topic)).hide()
        self.more_button.setVisible(bool(self._more_codes))
        self.topics.changed.connect(self._topic_changed)
        topic_label = self._label(self.tr("Onderwerp"), self.topics)
        topic_label.setMinimumHeight(0)  # under the title: together as high as a chip
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(topic_label)
        heading.addWidget(self.finder)
        heading.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        heading.addStretch(1)
        grid.addLayout(heading, 1, 0)
        grid.addWidget(self.topics, 1, 1)

        self.subtopic_label = self._label("")
        self.subtopics = ChipGroup(name=self.tr("Subonderwerp"), parent=self)
        name_field(self.subtopic_label, self.subtopics)
        self.subtopics.changed.connect(self.changed)
        grid.addWidget(self.subtopic_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.subtopics, 2, 1)

        org_row = QHBoxLayout()
        self.organisation = QComboBox(self)
        self.organisation.setMinimumHeight(CHIP_HEIGHT)
        self.organisation.setMinimumWidth(260)
        self.organisation.addItem(self.tr("(geen)"), None)
        for org in catalogue.organisations.active():
            self.organisation.addItem(shown(org), org.code)
        self.organisation.setToolTip(self.tr("Over welke organisatie ging de vraag?"))
        self.organisation.setAccessibleName(self.tr("Organisatie"))
        self.organisation.activated.connect(lambda _i: self.changed.emit())
        org_row.addWidget(self.organisation)
        self.organisation_hint = QLabel(self.tr("voorgesteld bij het onderwerp"), self)
        self.organisation_hint.setObjectName("hint")
        org_row.addWidget(self.organisation_hint)
        org_row.addStretch(1)
        self.organisation_label = self._label(self.tr("Organisatie"), self.organisation)
        grid.addWidget(self.organisation_label, 3, 0)
        grid.addLayout(org_row, 3, 1)

        helps = catalogue.help_kinds.active()
        self.help = ChipGroup(
            [(h.code, shown(h)) for h in helps],
            keys=help_keys,
            keys_in_label=True,
            name=self.tr("Hulp"),
            parent=self,
        )
        self.help.changed.connect(self._help_changed)
        self.referral = QComboBox(self.help)
        self.referral.setMinimumHeight(CHIP_HEIGHT)
        self.referral.setMinimumWidth(220)
        self.referral.addItem(self.tr("Doorverwezen naar…"), None)
        self._fill_referrals(catalogue.referrals.active())
        self.referral.setToolTip(self.tr("Waarheen doorverwezen, of welke cursus aangeraden"))
        self.referral.setAccessibleName(self.tr("Doorverwezen naar"))
        self.referral.activated.connect(lambda _i: self.changed.emit())
        self.help.add_extra(self.referral)
        grid.addWidget(self._label(self.tr("Hulp"), self.help), 4, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.help, 4, 1)

        self._refresh_subtopics()
        self._help_changed(emit=False)

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            name_field(label, buddy)
        label.setObjectName("fieldLabel")
        label.setMinimumHeight(CHIP_HEIGHT)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return label

    def _fill_referrals(self, referrals: list[ReferralItem]) -> None:
        """Sorted by name under a heading per group; a heading cannot be chosen."""
        known = {kind for _heading, kinds in REFERRAL_GROUPS for kind in kinds}
        groups: list[tuple[str, tuple[str, ...]]] = [
            (self.tr(heading), kinds) for heading, kinds in REFERRAL_GROUPS
        ]
        groups.append((self.tr("Overig"), ()))
        model = self.referral.model()
        assert isinstance(model, QStandardItemModel)
        for heading, kinds in groups:
            items = [r for r in referrals if (r.kind in kinds if kinds else r.kind not in known)]
            if not items:
                continue
            self.referral.addItem(f"— {heading} —", None)
            header = model.item(self.referral.count() - 1)
            header.setEnabled(False)
            header.setSelectable(False)
            for ref in sorted(items, key=lambda r: shown(r).casefold()):
                self.referral.addItem(shown(ref), ref.code)

    def set_number(self, number: int) -> None:
        self.number = number
        self.title.setText(self.tr("Vraag %n", "", number))
        self.setAccessibleName(self.title.text())
        self.remove_button.setAccessibleName(self.tr("Vraag %n weghalen", "", number))

    # -- reading and filling --------------------------------------------------------------

    def topic(self) -> TopicItem | None:
        code = self.topics.value()
        return self.catalogue.topics.get(code) if code else None

    def draft(self) -> QuestionDraft | None:
        """What is chosen, or None when no topic is chosen yet."""
        topic = self.topic()
        if topic is None:
            return None
        help_code = self.help.value()
        return QuestionDraft(
            topic=topic.code,
            subtopic=self.subtopics.value(),
            organisation=self.organisation.currentData(),
            help=help_code,
            referral=self.referral.currentData() if help_code in REFERRING_HELP else None,
        )

    def set_draft(self, draft: QuestionDraft | None, *, help_code: str | None = None) -> None:
        """Fill the editor (None: empty, with ``help_code`` already chosen)."""
        if draft is None:
            self.topics.set_value(None)
            self.more_button.setChecked(False)
            self._refresh_subtopics()
            self.help.set_value(help_code)
            self.referral.setCurrentIndex(0)
            self._help_changed(emit=False)
            return
        self.topics.set_value(draft.topic)
        if draft.topic in self._more_codes:
            self.more_button.setChecked(True)
        self._refresh_subtopics()
        self.subtopics.set_value(draft.subtopic)
        if draft.organisation is not None:
            self._set_combo(self.organisation, draft.organisation)
        self.help.set_value(draft.help)
        self._set_combo(self.referral, draft.referral)
        self._help_changed(emit=False)

    @staticmethod
    def _set_combo(combo: QComboBox, code: str | None) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    # -- reactions ------------------------------------------------------------------------

    def pick_topic(self, code: str) -> None:
        """A topic or sub-topic found by name, as if its chips were clicked."""
        item = self.catalogue.topics.get(code)
        if item is None:
            return
        topic_code = item.parent_code or item.code
        self.topics.set_value(topic_code)
        if topic_code in self._more_codes:
            self.more_button.setChecked(True)
        self._refresh_subtopics()
        if item.parent_code:
            self.subtopics.set_value(item.code)
        self.changed.emit()
        self.focus_topics()

    def _show_more(self, shown: bool) -> None:
        for code in self._more_codes:
            self.topics.button(code).setVisible(shown or self.topics.value() == code)
        self.topics.updateGeometry()
        if shown:
            self.more_shown.emit()

    def _topic_changed(self) -> None:
        self._refresh_subtopics()
        self.changed.emit()

    def _refresh_subtopics(self) -> None:
        topic = self.topic()
        subtopics = self.catalogue.subtopics(topic.code) if topic else []
        self.subtopics.set_items([(s.code, shown(s)) for s in subtopics], SUBTOPIC_KEYS)
        self.subtopic_label.setText(shown(topic) if topic else "")
        self.subtopic_label.setVisible(bool(subtopics))
        self.subtopics.setVisible(bool(subtopics))
        suggested = topic.organisation_code if topic else None
        self._set_combo(self.organisation, suggested)
        self.organisation_hint.setVisible(suggested is not None)

    def _help_changed(self, emit: bool = True) -> None:
        help_code = self.help.value()
        refers = help_code in REFERRING_HELP
        if not refers and self.referral.hasFocus():  # Alt+I on the list: Qt would move the
            stop = self.help.tab_stop()  # keyboard on to the note, where a digit is typed
            if stop is not None:
                stop.setFocus(Qt.FocusReason.OtherFocusReason)
        self.referral.setEnabled(refers)
        if not refers:
            self.referral.setCurrentIndex(0)  # a referral is only kept with a referring help
        elif self.referral.currentData() is None:
            self._set_combo(self.referral, self._suggested_referral(help_code))
        if emit:
            self.changed.emit()
            if refers:  # where to: one more choice, right here (typing picks by name)
                self.referral.setFocus(Qt.FocusReason.OtherFocusReason)

    def _suggested_referral(self, help_code: str | None) -> str | None:
        referrals = self.catalogue.referrals.active()
        if help_code == "cursus":
            return next((r.code for r in referrals if r.kind == "course"), None)
        organisation = self.organisation.currentData()
        return next((r.code for r in referrals if r.organisation_code == organisation), None)

    # -- keys -----------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        if key_matches(event, MORE_KEY) and not self.more_button.isHidden():
            self.more_button.toggle()
            return True
        if (
            self.topics.handle_key(event)
            or self.subtopics.handle_key(event)
            or self.help.handle_key(event)
        ):
            return True
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and len(text) == 1 and text.isalpha():  # type-ahead: find a topic by name
            self.finder.start(text)
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def focus_topics(self) -> None:
        code = self.topics.value() or self.topics.codes()[0]
        self.topics.button(code).setFocus(Qt.FocusReason.OtherFocusReason)
