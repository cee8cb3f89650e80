"""Errors a user can put right, and the one translator from any error to a Dutch message.

Every such error derives from ``UserError`` (defined in ``db.errors``, re-exported here): it
has a Dutch ``message``, a ``kind`` (user can act / bug) and an ``exit_code`` from the one
table ``ExitCode``. ``describe`` turns any exception into what the user is told: the CLI prints
it as one line on stderr and exits with its code; the window shows it."""

from __future__ import annotations

import errno
import sqlite3
import sys
from dataclasses import dataclass

from db.errors import ExitCode, Kind, StorageError, UnexpectedStorageError, UserError
from ido_desk.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "Described",
    "ExitCode",
    "Kind",
    "NoLocation",
    "NotFound",
    "PermissionDenied",
    "PinRefused",
    "Refused",
    "StorageError",
    "UserError",
    "ValidationError",
    "describe",
    "file_problem",
]

UNEXPECTED = QT_TRANSLATE_NOOP(
    "core",
    "Er ging iets mis dat niet had mogen gebeuren. Er is niets verloren gegaan van wat al was "
    "opgeslagen. Probeer het opnieuw; blijft het misgaan, start IDO Desk dan opnieuw.",
)


class ValidationError(UserError, ValueError):
    """Input that cannot be accepted. ``field`` names the form field (or CLI option)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class Refused(UserError):
    """Refused by a rule (the privacy screen, the manager's PIN, a file from an unknown key)."""

    exit_code = ExitCode.REFUSED


class ImportedVisit(Refused):
    """A visit read in from another location's file: only that location changes it."""

    def __init__(self, text: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "Bezoek '{text}' is ingelezen van een andere locatie. Alleen die locatie kan "
                "het wijzigen of verwijderen.",
            ).format(text=text)
        )


class PermissionDenied(Refused):
    """An action of the branch manager's, tried without the manager PIN (``ido_desk.roles``)."""

    def __init__(self, action: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core", "{action} kan alleen met de pincode van de beheerder."
            ).format(action=action)
        )
        self.action = action


class PinRefused(PermissionDenied):
    """A wrong PIN, or a try made before the wait after wrong tries is over."""

    def __init__(self, message: str, retry_in_s: int = 0) -> None:
        Refused.__init__(self, message)
        self.retry_in_s = retry_in_s


class NoLocation(ValidationError):
    """Nothing can be logged before the location is set."""

    def __init__(self) -> None:
        super().__init__(
            "location",
            QT_TRANSLATE_NOOP(
                "core",
                "Er is nog geen locatie ingesteld. Stel die in met het venster, of met "
                "'ido-desk setup --location-name NAAM --municipality GEMEENTE --cbs-code "
                "GMxxxx'.",
            ),
        )


class NotFound(UserError, LookupError):
    def __init__(self, what: str) -> None:
        super().__init__(what)


def file_problem(exc: OSError) -> str:
    """A Dutch sentence for a file or folder that cannot be read or written."""
    where = exc.filename or QT_TRANSLATE_NOOP("core", "het bestand")
    if exc.errno == errno.ENOENT:
        return QT_TRANSLATE_NOOP("core", "De map of het bestand '{where}' bestaat niet.").format(
            where=where
        )
    if exc.errno == errno.EBUSY:  # db.files.FileInUse: open in another program (Windows)
        return exc.strerror or QT_TRANSLATE_NOOP(
            "core", "Het bestand '{where}' is geopend in een ander programma."
        ).format(where=where)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QT_TRANSLATE_NOOP(
            "core", "Geen toestemming om '{where}' te schrijven of te lezen (alleen-lezen?)."
        ).format(where=where)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return QT_TRANSLATE_NOOP(
            "core", "De schijf is vol: '{where}' kon niet worden geschreven."
        ).format(where=where)
    if exc.errno == errno.EIO:
        return QT_TRANSLATE_NOOP(
            "core", "De schijf gaf een lees- of schrijffout bij '{where}' (de schijf is niet vol)."
        ).format(where=where)
    if exc.errno == errno.EISDIR:
        return QT_TRANSLATE_NOOP("core", "'{where}' is een map; geef een bestandsnaam.").format(
            where=where
        )
    reason = exc.strerror or str(exc)
    return QT_TRANSLATE_NOOP(
        "core", "'{where}' kan niet worden geschreven of gelezen: {reason}."
    ).format(where=where, reason=reason)


@dataclass(frozen=True)
class Described:
    """What the user is told about an error: one Dutch message, its kind, the exit code."""

    message: str
    kind: Kind
    exit_code: ExitCode

    @property
    def is_bug(self) -> bool:
        return self.kind is Kind.BUG


def describe(exc: BaseException) -> Described:
    """The one translator: any exception to a Dutch message (one line or a few sentences,
    never a traceback), whether the user can act on it, and the CLI exit code."""
    if isinstance(exc, UserError):
        return Described(exc.message, exc.kind, exc.exit_code)
    if isinstance(exc, OSError):
        return Described(file_problem(exc), Kind.USER, ExitCode.STORAGE)
    if isinstance(exc, sqlite3.Error) or _from_sqlalchemy(exc):
        from db.engine import storage_error

        translated = storage_error(exc) or UnexpectedStorageError(
            QT_TRANSLATE_NOOP(
                "core",
                "Bij het lezen of opslaan van de gegevens ging iets onverwacht mis ({name}). Er "
                "is niets half bewaard; probeer het opnieuw.",
            ).format(name=type(getattr(exc, "orig", exc)).__name__)
        )
        return describe(translated)
    return Described(UNEXPECTED, Kind.BUG, ExitCode.BUG)


def _from_sqlalchemy(exc: BaseException) -> bool:
    """A SQLAlchemy error; asked without loading SQLAlchemy (the window's first read goes
    without it, and an error of a library not loaded is not one of its errors)."""
    if "sqlalchemy" not in sys.modules:
        return False
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)
