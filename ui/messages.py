"""What the user is told when something goes wrong: a clear Dutch message, never a traceback.

The text comes from the one translator, ``ido_desk.errors.describe``, in the window's language
(the core's messages carry their English, ``ido_desk.translatable``); a bug (an error the user
cannot act on) is logged and shown as the general message."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.errors import UNEXPECTED, PermissionDenied, describe
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.translatable import Count, in_language
from ui.list_labels import english

__all__ = ["UNEXPECTED", "show_error", "user_message", "window_text"]

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """The text for an error, in the window's language; unexpected errors are logged, not
    shown."""
    told = describe(exc)
    if told.is_bug:
        if not isinstance(exc, PrivacyError):  # its message quotes personal data
            log.error("unexpected error", exc_info=exc)
        return window_text(UNEXPECTED)
    message = window_text(told.message)
    if isinstance(exc, PermissionDenied):
        sign_in = QCoreApplication.translate("messages", "Meld u aan als beheerder (Ctrl+L).")
        return message + " " + sign_in
    return message


def count_text(n: int) -> str:
    """A count in the window's language: "3.725", "3,725"."""
    return Count(n).said("en" if english() else None)


def window_text(text: object) -> str:
    """A text of the core (an error's message) in the window's language."""
    return in_language(text, "en" if english() else None)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "IDO Desk") -> None:
    QMessageBox.warning(parent, title, user_message(exc))
