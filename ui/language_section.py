"""Settings, "Taal / Language": the language of this desk's window (Nederlands, English, or
as the system is set), kept for the next start (``ido_desk.language``). ``--lang`` and
``IDO_DESK_LANG`` still go first."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ido_desk.config import Paths
from ido_desk.language import save_language, saved_language
from ui.messages import user_message
from ui.style import ERROR_STYLE, OK_STYLE

# each language in its own name: whoever cannot read the window still finds theirs
CHOICES = ((None, ""), ("nl", "Nederlands"), ("en", "English"))


class LanguageSection(QWidget):
    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        explain = QLabel(
            self.tr(
                "De taal van het venster op deze computer. Rapporten en de opdrachtregel "
                "blijven Nederlands, tenzij IDO Desk met --lang en wordt gestart."
            )
        )
        explain.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Taal / Language"))
        for code, name in CHOICES:
            self.choice.addItem(name or self.tr("Zoals het systeem"), code)
        self.choice.setCurrentIndex(max(self.choice.findData(saved_language(paths)), 0))
        self.choice.activated.connect(self._chosen)
        label = QLabel(self.tr("&Taal / Language"))
        label.setBuddy(self.choice)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch()

    def _chosen(self, _index: int) -> None:
        code = self.choice.currentData()
        try:
            save_language(self.paths, code)
        except OSError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(user_message(exc))
            return
        self.status.setStyleSheet(OK_STYLE)
        now = "en" if QLocale().language() == QLocale.Language.English else "nl"
        wanted = code or now
        self.status.setText(
            self.tr("Bewaard. Het venster is in die taal vanaf de volgende start van IDO Desk.")
            if wanted != now
            else self.tr("Bewaard.")
        )
