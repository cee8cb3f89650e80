"""The branch manager's way in: the sign-in switch in the window's corner (Ctrl+L), the PIN
section of the settings, and the transparency export ("what does this program keep?")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.roles import is_manager, pin_is_set, sign_out
from ui.messages import count_text, user_message
from ui.operations import Op
from ui.pin_dialog import PinDialog, SetPinDialog, ask_manager
from ui.tabs import CornerButton

MANAGER_SESSION_MS = 15 * 60 * 1000  # signed out after this: the desk PC is shared


class ManagerSwitch(QObject):
    """Drives the corner button: "Beheerder aanmelden  Ctrl+L" / "Beheerder afmelden"."""

    def __init__(self, desk: Desk, button: QPushButton, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.button = button
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MANAGER_SESSION_MS)
        self.timer.timeout.connect(self.sign_out)
        button.setEnabled(True)
        button.clicked.connect(self.toggle)
        QShortcut(QKeySequence("Ctrl+L"), window, self.toggle)
        self.show_state()
        button.show()

    def toggle(self) -> None:
        if is_manager(self.desk):
            self.sign_out()
        elif pin_is_set(self.desk):
            if PinDialog(self.desk, self.window).exec():
                self.timer.start()
        else:  # nothing to sign in to yet: offer to set the PIN
            SetPinDialog(self.desk, self.window).exec()
        self.show_state()

    def sign_out(self) -> None:
        sign_out(self.desk)
        self.timer.stop()
        self.show_state()

    def _say(self, text: str, short: str = "") -> None:
        """The button's text; in the tab bar's corner with the ``short`` word it shows when
        the tabs need the room (``ui.tabs.fit_tab_bar``)."""
        if isinstance(self.button, CornerButton):
            self.button.setText(text, short)
        else:
            self.button.setText(text)

    def show_state(self) -> None:
        if is_manager(self.desk):
            self._say(self.tr("Beheerder: afmelden  Ctrl+L"), self.tr("Afmelden"))
            self.button.setToolTip(self.tr("Na 15 minuten wordt de beheerder vanzelf afgemeld."))
        elif pin_is_set(self.desk):
            self._say(self.tr("Beheerder  Ctrl+L"))
            self.button.setToolTip(
                self.tr(
                    "Lijsten, instellingen, oudere bezoeken, uitwisseling en de auditlog "
                    "vragen de pincode van de beheerder."
                )
            )
        else:
            self._say(self.tr("Pincode instellen  Ctrl+L"), self.tr("Pincode"))
            self.button.setToolTip(
                self.tr("Er is nog geen pincode: iedereen kan nu alles. Stel er een in.")
            )


class PinSection(QWidget):
    """Settings: set or change the manager PIN."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.change = QPushButton(self)
        self.change.clicked.connect(self.set_pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.change)
        layout.addStretch(1)
        self.show_state()

    def show_state(self) -> None:
        if pin_is_set(self.desk):
            self.state.setText(
                self.tr(
                    "Er is een pincode ingesteld. Lijsten en instellingen aanpassen, oudere "
                    "bezoeken wijzigen, uitwisselen, terugzetten en de auditlog vragen erom."
                )
            )
            self.change.setText(self.tr("Pincode wijzigen…"))
        else:
            self.state.setText(
                self.tr(
                    "Er is nog geen pincode ingesteld: iedereen aan de balie kan nu ook de "
                    "beheerderstaken doen. Stel een pincode in om dat te beperken."
                )
            )
            self.change.setText(self.tr("Pincode instellen…"))

    def set_pin(self) -> None:
        SetPinDialog(self.desk, self).exec()
        self.show_state()


class TransparencySection(QWidget):
    """Settings: everything the database holds about visits, as one CSV file to show anyone."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[int] | None = None
        text = QLabel(
            self.tr(
                "Exporteer alles wat IDO Desk over bezoeken bewaart naar één CSV-bestand, "
                "om aan iedereen te laten zien wat wel en niet wordt vastgelegd. Namen, "
                "BSN, adressen en contactgegevens komen er niet in voor: daar is geen veld "
                "voor."
            ),
            self,
        )
        text.setWordWrap(True)
        self.button = QPushButton(self.tr("Alles exporteren als CSV…"), self)
        self.button.clicked.connect(self.choose_file)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.button)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def choose_file(self) -> None:
        if not ask_manager(self.desk, self, self.tr("Alles exporteren")):
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Inzage opslaan"), "ido-desk-inzage.csv", "CSV (*.csv)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        from ido_desk.transparency import export_everything

        self.button.setEnabled(False)
        self.result.setText(self.tr("Bezig…"))
        self._task = (
            Op(self, self.desk, lambda _progress: export_everything(self.desk, path))
            .success(lambda rows: self._done(path, rows))
            .failure(self._failed)
            .run()
        )

    def _done(self, path: Path, rows: int) -> None:
        self.button.setEnabled(True)
        self.result.setText(
            self.tr("{0} regels geschreven naar {1}").format(count_text(rows), path)
        )

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.result.setText(user_message(exc))
