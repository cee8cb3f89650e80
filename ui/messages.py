"""What the user is told when something goes wrong: a clear Dutch message, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import StorageError
from ido_desk.errors import NotFound, ValidationError, file_problem
from ido_desk.privacy import PrivacyError
from ido_desk.roles import PermissionDenied

log = logging.getLogger(__name__)

UNEXPECTED = (
    "Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren gegaan van wat al was "
    "opgeslagen. Probeer het opnieuw; blijft het misgaan, start IDO Desk dan opnieuw."
)


def user_message(exc: BaseException) -> str:
    """The Dutch text for an error; unexpected errors are logged, not shown."""
    if isinstance(exc, PrivacyError):
        return str(exc)
    if isinstance(exc, OSError):
        return file_problem(exc)
    if isinstance(exc, PermissionDenied):
        return exc.message + " " + "Meld u aan als beheerder (Ctrl+L)."
    if isinstance(exc, ValidationError | StorageError | NotFound):
        return exc.message
    log.error("unexpected error", exc_info=exc)
    return UNEXPECTED


def show_error(parent: QWidget | None, exc: BaseException, title: str = "IDO Desk") -> None:
    QMessageBox.warning(parent, title, user_message(exc))
