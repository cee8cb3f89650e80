"""The bottom of the Registreren form, always in view: what a save will store, the error of
the form, the buttons with Save, and the status line of the last save with its undo button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.chips import CHIP_HEIGHT
from ui.style import error_label


class SaveBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBar")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 6, 16, 6)
        column.setSpacing(4)

        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.carried = QLabel(self)
        self.carried.setObjectName("hint")
        self.carried.setWordWrap(True)
        column.addWidget(self.preview)
        column.addWidget(self.carried)

        actions = QHBoxLayout()
        self.same_button = self._button(self.tr("Zelfde als vorige  F5"))
        self.same_button.setToolTip(self.tr("Het formulier vullen met het vorige bezoek (F5)"))
        self.add_button = self._button(self.tr("+ vraag  Ins"))
        self.add_button.setToolTip(self.tr("Nog een vraag bij hetzelfde bezoek (Ins)"))
        self.batch_button = self._button(self.tr("Turflijst invoeren  Ctrl+T"))
        self.batch_button.setToolTip(
            self.tr("Bezoeken van een papieren turflijst in één keer invoeren (Ctrl+T)")
        )
        for button in (self.same_button, self.add_button, self.batch_button):
            actions.addWidget(button)
        self.form_error = error_label(QLabel(self))
        actions.addWidget(self.form_error, 1)
        self.save_button = self._button(self.tr("Opslaan  Ctrl+Enter"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Het bezoek opslaan (Ctrl+Enter)"))
        self.save_button.setMinimumWidth(200)
        actions.addWidget(self.save_button)
        column.addLayout(actions)

        status_row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        status_row.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Ongedaan maken  Ctrl+Z"), self)
        self.undo_button.setMinimumHeight(CHIP_HEIGHT)
        self.undo_button.hide()
        status_row.addWidget(self.undo_button)
        column.addLayout(status_row)

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(CHIP_HEIGHT + 4)
        return button

    def show_undo(self, text: str, tooltip: str) -> None:
        self.undo_button.setText(text)
        self.undo_button.setToolTip(tooltip)
        self.undo_button.show()
