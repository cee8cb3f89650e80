"""The one family of errors the program reports to its user, and the storage errors in it.

Every error a user can act on derives from ``UserError``: it carries a Dutch message, a
``kind`` (the user can act on it, or it is a bug of the program) and the CLI exit code it maps
to, from the one table ``ExitCode``. It lives here, in ``db``, because ``db`` may not import
``ido_desk``; ``ido_desk.errors`` re-exports it and holds the translator to a message.

Storage errors are chosen by SQLite's (extended) result code where the error comes from SQLite
(``storage_error_for``), never by the text of the message."""

from __future__ import annotations

import sqlite3
from enum import Enum, IntEnum


class ExitCode(IntEnum):
    """The one table of the CLI's exit codes."""

    OK = 0
    BUG = 1  # the program failed; the message says so and where the details are
    USAGE = 2  # bad input: the message says what and where
    REFUSED = 3  # refused by a rule (privacy screen, PIN, unknown key, ...)
    STORAGE = 4  # the database, the disk or a file needs attention
    ALREADY_OPEN = 5  # the window is already open on these data


class Kind(Enum):
    USER = "user"  # the user can put it right: the message says how
    BUG = "bug"  # the program is wrong: nothing the user did


class UserError(Exception):
    """An error with a Dutch message for the user (CLI and window)."""

    kind: Kind = Kind.USER
    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return getattr(self, "message", None) or super().__str__()


class StorageError(UserError):
    """A problem with the database file that the user (not the program) can resolve."""

    exit_code = ExitCode.STORAGE


class DatabaseTooNew(StorageError):
    """The database was written by a newer IDO Desk than this one."""


class DatabaseLocked(StorageError):
    """Another program holds the database for too long."""


class DiskFull(StorageError):
    """The disk holding the database is full."""


class DiskIOError(StorageError):
    """The disk (or the system under it) failed a read or a write: not full, not damaged."""


class ReadOnlyDatabase(StorageError):
    """The database file or its folder cannot be written."""


class CannotOpen(ReadOnlyDatabase):
    """The database file cannot be opened (missing folder, no permission)."""


class CorruptDatabase(StorageError):
    """The file is not a database, or is damaged."""


class EmptyDatabase(StorageError):
    """The database file is empty or gone while backups exist: not a new installation."""


class UnexpectedStorageError(StorageError):
    """A database error the program does not know how to explain: a bug, told in one line."""

    kind = Kind.BUG
    exit_code = ExitCode.BUG


# -- SQLite's result codes -----------------------------------------------------------------

_RESTORE_HINT = (
    "Zet een back-up terug: in het venster via Instellingen > Back-ups, "
    "of met 'ido-desk restore --newest'."
)
MESSAGES: dict[type[StorageError], str] = {
    DiskFull: "De schijf is vol: de registratie kon niet worden bewaard. "
    "Maak ruimte vrij en probeer het opnieuw.",
    DiskIOError: "De schijf gaf een lees- of schrijffout ({name}); de schijf is niet vol. "
    "Probeer het opnieuw; blijft het misgaan, laat de schijf dan nakijken.",
    ReadOnlyDatabase: "De database kan niet worden beschreven (alleen-lezen map of bestand). "
    "Controleer de rechten van de gegevensmap.",
    CannotOpen: "Het databasebestand kan niet worden geopend (ontbreekt de map, of zijn de "
    "rechten te krap?). Controleer de gegevensmap.",
    DatabaseLocked: "De database is bezet door een ander programma. Probeer het over een paar "
    "seconden opnieuw.",
    CorruptDatabase: "Het databasebestand is beschadigd. " + _RESTORE_HINT,
    UnexpectedStorageError: "De database gaf een onverwachte fout ({name}). Er is niets half "
    "bewaard; probeer het opnieuw.",
}

# primary result code -> the error it means for the user (extended codes share the low byte)
_BY_PRIMARY: dict[int, type[StorageError]] = {
    5: DatabaseLocked,  # SQLITE_BUSY
    6: DatabaseLocked,  # SQLITE_LOCKED
    8: ReadOnlyDatabase,  # SQLITE_READONLY (and _RECOVERY, _CANTLOCK, _ROLLBACK, _DBMOVED ...)
    3: ReadOnlyDatabase,  # SQLITE_PERM
    23: ReadOnlyDatabase,  # SQLITE_AUTH
    10: DiskIOError,  # SQLITE_IOERR_* (never "full": ENOSPC comes as SQLITE_FULL)
    11: CorruptDatabase,  # SQLITE_CORRUPT
    26: CorruptDatabase,  # SQLITE_NOTADB
    13: DiskFull,  # SQLITE_FULL
    14: CannotOpen,  # SQLITE_CANTOPEN
    15: DatabaseLocked,  # SQLITE_PROTOCOL: a locking race between processes
    22: DiskIOError,  # SQLITE_NOLFS
    7: UnexpectedStorageError,  # SQLITE_NOMEM
}
# these are the program's own mistakes (a constraint, a misuse): left to the caller as they are
_BUGS = {1, 2, 12, 17, 18, 19, 20, 21, 25}  # ERROR INTERNAL NOTFOUND SCHEMA TOOBIG CONSTRAINT ...
_IOERR_NOMEM = 3082  # SQLITE_IOERR_NOMEM: memory, not the disk


def sqlite_code(exc: BaseException) -> tuple[int, str] | None:
    """(extended result code, its name) of a sqlite3 error, also when wrapped by SQLAlchemy."""
    inner = getattr(exc, "orig", exc)
    if not isinstance(inner, sqlite3.Error):
        return None
    code = getattr(inner, "sqlite_errorcode", None)
    if code is None:
        return None
    return int(code), str(getattr(inner, "sqlite_errorname", "") or f"SQLITE_{code}")


def storage_error_for(exc: BaseException) -> StorageError | None:
    """The StorageError a SQLite error means for the user, chosen by its result code; None
    for the program's own mistakes (constraint, misuse, SQL error) and non-SQLite errors."""
    found = sqlite_code(exc)
    if found is None:
        return None
    code, name = found
    primary = code & 0xFF
    if primary in _BUGS:
        return None
    cls = _BY_PRIMARY.get(primary, UnexpectedStorageError)
    if code == _IOERR_NOMEM:
        cls = UnexpectedStorageError
    return cls(MESSAGES[cls].format(name=name))
