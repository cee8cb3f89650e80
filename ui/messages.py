"""What the user is told when something goes wrong: a clear Dutch message, never a traceback.

The text comes from the one translator, ``ido_desk.errors.describe``; a bug (an error the
user cannot act on) is logged and shown as the general message."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.errors import UNEXPECTED, PermissionDenied, describe
from ido_desk.privacy.refusal import PrivacyError

__all__ = ["UNEXPECTED", "show_error", "user_message"]

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The Dutch text for an error; unexpected errors are logged, not shown."""
    told = describe(exc)
    if told.is_bug:
        if not isinstance(exc, PrivacyError):  # its message quotes personal data
            log.error("unexpected error", exc_info=exc)
        return UNEXPECTED
    if isinstance(exc, PermissionDenied):
        return told.message + " " + "Meld u aan als beheerder (Ctrl+L)."
    return told.message


def show_error(parent: QWidget | None, exc: BaseException, title: str = "IDO Desk") -> None:
    QMessageBox.warning(parent, title, user_message(exc))
