"""For the settings ("Herkenningscode"): this installation's key fingerprint, and the key
file to hand a coordinator instead of comparing fingerprints."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ido_desk.desk import Desk
from ido_desk.exchange.keys import own_fingerprint, write_key_file
from ido_desk.location import own_location
from ui.messages import user_message


class KeyFingerprintSection(QWidget):
    """For the settings ("Herkenningscode"): this installation's key fingerprint, which a
    coordinator compares before trusting this branch's files, and the key file to hand over
    instead."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.fingerprint = QLabel()
        self.fingerprint.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint.setText(own_fingerprint(desk.paths))
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explanation = QLabel(
            self.tr(
                "Met deze herkenningscode ondertekent IDO Desk de exportbestanden van deze "
                "vestiging. "
                "De coördinator vergelijkt de controlecode bij het eerste bestand, of krijgt "
                "het herkenningsbestand."
            )
        )
        explanation.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Herkenningsbestand opslaan…"))
        self.save_button.clicked.connect(self._save)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # holds file names
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _save(self) -> None:
        file, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Herkenningsbestand opslaan"), "ido-desk-sleutel.json"
        )
        if file:
            self.save_key_file(Path(file))

    def save_key_file(self, path: Path) -> None:
        location = own_location(self.desk)
        if location is None:
            self.status.setText(self.tr("Stel eerst de locatie in."))
            return
        try:
            key = write_key_file(self.desk.paths, location.code, path)
        except OSError as exc:
            self.status.setText(user_message(exc))
            return
        self.status.setText(self.tr("Opgeslagen: {0}").replace("{0}", str(path)))
        self.fingerprint.setText(key.fingerprint)
