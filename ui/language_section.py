"""Settings, "Taal / Language": the language of this desk's window (Nederlands, English, or
as the system is set), kept for the next start (``ido_desk.language``). ``--lang`` and
``IDO_DESK_LANG`` still go first.

The new language shows after a restart, and the section offers one ("Nu opnieuw starten"):
every text of the window is made once, when its tab is built, so changing them all while the
window is open would need every widget to rebuild its texts (and the half-filled form kept);
a restart gives the same result for certain. The window closes as always (it asks about an
unsaved visit), and ``ui.app`` starts the program again once the window's lock is free."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QProcess
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.config import Paths
from ido_desk.language import save_language, saved_language
from ui.field_label import field_label
from ui.messages import user_message
from ui.style import ERROR_STYLE, OK_STYLE

# each language in its own name: whoever cannot read the window still finds theirs
CHOICES = ((None, ""), ("nl", "Nederlands"), ("en", "English"))
RESTART = "restartAfterQuit"  # the application's property: start again once the window is shut


def restart_wanted(app: QCoreApplication) -> bool:
    return bool(app.property(RESTART))


def restart_command(argv: list[str]) -> tuple[str, list[str]]:
    """The command that started the program (``sys.orig_argv``) without its ``--lang``: the
    new choice decides."""
    command, *args = argv
    kept: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            kept.append(arg)
    return command, kept


def start_again() -> bool:
    """Start the program again as it was started (after the window has let go of its lock)."""
    started, _pid = QProcess.startDetached(*restart_command(sys.orig_argv))
    return bool(started)


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
        label = field_label(self.tr("&Taal / Language"), self.choice)
        self.choice_label = label
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Nu opnieuw starten"))
        self.restart_button.setAccessibleDescription(
            self.tr("Sluit IDO Desk en start het meteen opnieuw, in de gekozen taal")
        )
        self.restart_button.clicked.connect(self.restart)
        self.restart_button.hide()
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addWidget(self.restart_button)
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
            self.tr(
                "Bewaard. U ziet de nieuwe taal als IDO Desk opnieuw start. Klik op "
                "'Nu opnieuw starten' om dat meteen te doen."
            )
            if wanted != now
            else self.tr("Bewaard.")
        )
        self.restart_button.setVisible(wanted != now)

    def restart(self) -> None:
        """Close the window (as the close button does); the program starts again after."""
        app = QCoreApplication.instance()
        if app is None:
            return
        app.setProperty(RESTART, True)
        if not self.window().close():  # the user kept the window open
            app.setProperty(RESTART, False)
