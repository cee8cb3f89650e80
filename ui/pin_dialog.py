"""Ask the manager PIN and sign the manager in; and set or change the PIN.

A wrong PIN is counted by ``ido_desk.roles``; after a few, the dialog says how long to wait
and counts down with a timer (nothing sleeps on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.roles import (
    PIN_MAX,
    PermissionDenied,
    PinRefused,
    is_manager,
    pin_is_set,
    pin_wait,
    set_pin,
    sign_in,
)
from ui.field_label import add_field
from ui.messages import user_message, window_text
from ui.style import ERROR_STYLE

T = TypeVar("T")


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*")))
    return field


class PinDialog(QDialog):
    """Sign in as the manager. ``action`` says what the PIN is asked for."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, action: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Pincode beheerder"))
        self.setMinimumWidth(400)
        intro = QLabel(
            self.tr("{0} vraagt de pincode van de beheerder.").format(action)
            if action
            else self.tr("Geef de pincode van de beheerder.")
        )
        intro.setWordWrap(True)
        self.pin = _pin_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().height())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(self.ok, QPushButton)
        self.ok.setText(self.tr("Aanmelden"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.try_pin)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        add_field(form, self.tr("&Pincode"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._wait_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._start_wait(pin_wait(desk))

    def try_pin(self) -> None:
        try:
            sign_in(self.desk, self.pin.text())
        except PinRefused as exc:
            self.pin.clear()
            self.error.setText(window_text(exc.message))
            self._start_wait(exc.retry_in_s)
            return
        except Exception as exc:  # storage problems: say so, keep the dialog
            self.error.setText(user_message(exc))
            return
        self.accept()

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.ok.setEnabled(seconds <= 0)
        if seconds > 0:
            self.error.setText(self._wait_text())
            self._timer.start()

    def _wait_text(self) -> str:
        if self._wait_left == 1:
            return self.tr("Te veel onjuiste pogingen. Probeer het over 1 seconde opnieuw.")
        return self.tr("Te veel onjuiste pogingen. Probeer het over {0} seconden opnieuw.").format(
            self._wait_left
        )

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self.error.setText(self._wait_text())
            return
        self._timer.stop()
        self.ok.setEnabled(True)
        self.error.setText("")
        self.pin.setFocus()


def ask_manager(desk: Desk, parent: QWidget | None = None, action: str = "") -> bool:
    """True when the manager is signed in (asking the PIN if needed) or no PIN is set."""
    if is_manager(desk) or not pin_is_set(desk):
        return True
    return PinDialog(desk, parent, action).exec() == QDialog.DialogCode.Accepted


def as_manager(desk: Desk, parent: QWidget | None, work: Callable[[], T]) -> T:
    """Run ``work``; when it turns out to need the manager (an older visit, say), ask the PIN
    once and run it again. PermissionDenied comes out when the PIN is not given."""
    try:
        return work()
    except PinRefused:
        raise
    except PermissionDenied as exc:
        if not ask_manager(desk, parent, exc.action):
            raise
        return work()


class SetPinDialog(QDialog):
    """Set the first PIN, or change it (the manager must be signed in for that)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Pincode beheerder instellen"))
        self.setMinimumWidth(440)
        self.pin = _pin_field()
        self.again = _pin_field()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Instellen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        add_field(form, self.tr("&Nieuwe pincode (4 tot 12 cijfers)"), self.pin)
        add_field(form, self.tr("Nog&maals"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.pin.text() != self.again.text():
            self.error.setText(self.tr("De twee pincodes zijn niet gelijk."))
            return
        try:
            set_pin(self.desk, self.pin.text())
        except ValidationError as exc:
            self.error.setText(window_text(exc.message))
            return
        except Exception as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()
