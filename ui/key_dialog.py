"""The question asked before a new location's key is trusted: who the file says it comes
from, and the key's fingerprint in a widget of its own.

Every text here comes from a file nobody has vouched for yet, so every label is plain text
(Qt.PlainText): a location name cannot draw its own fingerprint, hide the real one or add a
link."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.exchange.importer import KeyQuestion


def plain_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` exactly, never as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class KeyQuestionDialog(QDialog):
    def __init__(self, question: KeyQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe locatie"))
        self.trusted = False
        intro = self.tr(
            "{name} ({municipality}, code {code}) stuurt voor het eerst gegevens (bestand {file})."
        ).format(
            name=question.location_name,
            municipality=question.municipality,
            code=question.location_code,
            file=question.file,
        )
        self.intro = plain_label(intro, self)
        self.intro.setWordWrap(True)
        self.fingerprint = plain_label(question.fingerprint, self)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        advice = plain_label(
            self.tr(
                "Vergelijk deze controlecode met die in de instellingen van de vestiging, "
                "bijvoorbeeld door te bellen. Vertrouwt u deze herkenningscode?"
            ),
            self,
        )
        advice.setWordWrap(True)
        box = QDialogButtonBox(self)
        self.trust_button = box.addButton(
            self.tr("Vertrouwen"), QDialogButtonBox.ButtonRole.YesRole
        )
        self.refuse_button = box.addButton(
            self.tr("Niet vertrouwen"), QDialogButtonBox.ButtonRole.NoRole
        )
        self.refuse_button.setDefault(True)
        self.trust_button.clicked.connect(self._trust)
        self.refuse_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(plain_label(self.tr("Controlecode:"), self))
        layout.addWidget(self.fingerprint)
        layout.addWidget(advice)
        layout.addWidget(box)

    def buttons(self) -> list[QPushButton]:
        return [self.trust_button, self.refuse_button]

    def _trust(self) -> None:
        self.trusted = True
        self.accept()
