"""The one family of errors the program reports to its user, and the storage errors in it.

Every error a user can act on derives from ``UserError``: it carries a Dutch message, a
``kind`` (the user can act on it, or it is a bug of the program) and the CLI exit code it maps
to, from the one table ``ExitCode``. It lives here, in ``db``, because ``db`` may not import
``ido_desk``; ``ido_desk.errors`` re-exports it and holds the translator to a message.

Storage errors are chosen by SQLite's (extended) result code where the error comes from SQLite
(``storage_error_for``), never by the text of the message."""

from __future__ import annotations

import re
import sqlite3
from enum import Enum, IntEnum

from db.text import QT_TRANSLATE_NOOP


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


class UpgradeFailed(StorageError):
    """Bringing the database to this version's schema failed (a migration raised, or the
    database's tables were ahead of its revision). The upgrade is one transaction: the
    database is as it was. ``code`` names the error for support (no driver text)."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevens konden niet worden bijgewerkt naar deze versie van IDO Desk "
                "({code}); er is niets aan veranderd. Zet de nieuwste goede back-up terug: in "
                "het venster, of met 'ido-desk restore --newest'.",
            ).format(code=code)
        )


class UnexpectedStorageError(StorageError):
    """A database error the program does not know how to explain: a bug, told in one line."""

    kind = Kind.BUG
    exit_code = ExitCode.BUG


# -- SQLite's result codes -----------------------------------------------------------------

MESSAGES: dict[type[StorageError], str] = {  # marked: the CLI and the window say them in English
    DiskFull: QT_TRANSLATE_NOOP(
        "core",
        "De schijf is vol: de registratie kon niet worden bewaard. "
        "Maak ruimte vrij en probeer het opnieuw.",
    ),
    DiskIOError: QT_TRANSLATE_NOOP(
        "core",
        "De schijf gaf een lees- of schrijffout ({name}); de schijf is niet vol. "
        "Probeer het opnieuw; blijft het misgaan, laat de schijf dan nakijken.",
    ),
    ReadOnlyDatabase: QT_TRANSLATE_NOOP(
        "core",
        "De gegevens kunnen niet worden opgeslagen: de map of het bestand is alleen-lezen. "
        "Controleer de rechten van de gegevensmap.",
    ),
    CannotOpen: QT_TRANSLATE_NOOP(
        "core",
        "Het bestand met de gegevens kan niet worden geopend (ontbreekt de map, of zijn de "
        "rechten te krap?). Controleer de gegevensmap.",
    ),
    DatabaseLocked: QT_TRANSLATE_NOOP(
        "core",
        "De gegevens zijn even in gebruik bij een ander programma. Probeer het over een "
        "paar seconden opnieuw.",
    ),
    CorruptDatabase: QT_TRANSLATE_NOOP(
        "core",
        "Het bestand met de gegevens is beschadigd. Zet een back-up terug: in het venster via "
        "Instellingen > Back-ups, of met 'ido-desk restore --newest'.",
    ),
    UnexpectedStorageError: QT_TRANSLATE_NOOP(
        "core",
        "Bij het lezen of opslaan van de gegevens ging iets onverwacht mis ({name}). Er is "
        "niets half bewaard; probeer het opnieuw.",
    ),
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


# -- a database server (PostgreSQL) ----------------------------------------------------------


class ServerUnreachable(StorageError):
    """The database server does not answer at the host and port of the URL."""


class LoginRefused(StorageError):
    """The server refuses the user name or password of the URL."""


class NoSuchDatabase(StorageError):
    """The server answers, but has no database of that name."""


class NoPrivilege(StorageError):
    """The database user may not do this (a role with too few rights)."""


class ConnectionLost(StorageError):
    """The server closed the connection during the work (nothing was half saved)."""


_URL_HINT = QT_TRANSLATE_NOOP(
    "core", "in de database-URL (--database-url of IDO_DESK_DATABASE_URL)"
)
_NOTHING_HALF = QT_TRANSLATE_NOOP(
    "core", "Er is niets half bewaard: wat bezig was, is helemaal teruggedraaid."
)
# SQLSTATE (when the server sent one) -> the error it means
_BY_SQLSTATE: dict[str, type[StorageError]] = {
    "28P01": LoginRefused,  # invalid_password
    "28000": LoginRefused,  # invalid_authorization_specification (also: no such role)
    "3D000": NoSuchDatabase,  # invalid_catalog_name
    "42501": NoPrivilege,  # insufficient_privilege
    "57P01": ConnectionLost,  # admin_shutdown
    "57P02": ConnectionLost,  # crash_shutdown
    "57P03": ServerUnreachable,  # cannot_connect_now (starting up, shutting down)
    "08000": ConnectionLost,
    "08003": ConnectionLost,
    "08006": ConnectionLost,
    "08001": ServerUnreachable,
    "08004": ServerUnreachable,
}
# libpq reports a failed connection without a SQLSTATE: its (English) text says which (the
# patterns are compiled when first needed, by re's own cache: not at every start of a command)
_BY_TEXT: tuple[tuple[str, type[StorageError]], ...] = (
    (r"password authentication failed|no password supplied|role \".*\" does not exist"
     r"|authentication failed|pg_hba\.conf", LoginRefused),
    (r"database \".*\" does not exist", NoSuchDatabase),
    (r"server closed the connection|terminating connection|connection is lost"
     r"|consuming input failed|the connection is closed|SSL SYSCALL", ConnectionLost),
    (r"connection refused|no such file or directory|could not translate host name"
     r"|failed to resolve host|timeout expired|could not connect|network is unreachable"
     r"|no route to host|connection to server .* failed", ServerUnreachable),
)  # fmt: skip
_WHERE = re.compile(r'connection to server (?:on socket "([^"]+)"|at "([^"]+)"[^,]*, port (\d+))')
_QUOTED = re.compile(r'(?:database|role|user) "([^"]+)"')


def url_error_for(url: str, exc: BaseException) -> StorageError:
    """A database URL SQLAlchemy cannot use (malformed, or a kind of database it has no
    driver for), told in Dutch with what a good one begins with; never its password."""
    from sqlalchemy.engine import make_url  # db's own dependency; only needed here

    try:
        parsed = make_url(url)
        shown, scheme = parsed.render_as_string(hide_password=True), parsed.drivername
    except Exception:
        shown, scheme = "", ""
    begins = (
        QT_TRANSLATE_NOOP(
            "core", "begint met '{scheme}://', en dat soort database kent IDO Desk niet"
        ).format(scheme=scheme)
        if scheme
        else QT_TRANSLATE_NOOP("core", "is geen geldige URL")
    )
    return StorageError(
        QT_TRANSLATE_NOOP(
            "core",
            "De database-URL {shown}{begins}. Een gedeelde database begint met "
            "'postgresql+psycopg://' (met 'ql'), bijvoorbeeld "
            "'postgresql+psycopg://gebruiker@server/ido_desk'. Verbeter hem {hint}.",
        ).format(shown=f"{shown!r} " if shown else "", begins=begins, hint=_URL_HINT)
    )


def error_code(exc: BaseException) -> str:
    """What identifies a database error for support, without the driver's English text: the
    server's SQLSTATE ("code 57P01") or SQLite's result code ("SQLITE_ERROR") when there is
    one, else the driver's error class."""
    inner = getattr(exc, "orig", exc)
    sqlstate = getattr(inner, "sqlstate", None)
    if sqlstate:
        return f"code {sqlstate}"
    found = sqlite_code(inner)
    return found[1] if found else type(inner).__name__


def server_error_for(exc: BaseException) -> StorageError | None:
    """The StorageError a database server's error means for the user (PostgreSQL: chosen by
    its SQLSTATE, or by libpq's text for a failed connection, which has none); None when it
    is not one of these."""
    inner = getattr(exc, "orig", exc)
    return _server_error(getattr(inner, "sqlstate", None), str(inner))


def server_error_in(complaint: str) -> StorageError | None:
    """The StorageError that a tool's complaint (pg_dump, pg_restore: libpq's text, with no
    SQLSTATE) means for the user; None when it is not one of these."""
    return _server_error(None, complaint)


def _server_error(code: str | None, message: str) -> StorageError | None:
    cls = _BY_SQLSTATE.get(code or "")
    if cls is None and code is None:
        cls = next((c for pattern, c in _BY_TEXT if re.search(pattern, message, re.I)), None)
    if cls is None:
        return None
    where = _where(message)
    named = _QUOTED.search(message)
    name = f"'{named[1]}'" if named else ""
    if cls is LoginRefused and "no password supplied" in message:
        text = QT_TRANSLATE_NOOP(
            "core",
            "De databaseserver{where} vraagt een wachtwoord, maar er is er geen gegeven. Zet "
            "het in het wachtwoordbestand van PostgreSQL (pgpass.conf of ~/.pgpass, zie de "
            "README) en controleer de gebruikersnaam {hint}.",
        ).format(where=where, hint=_URL_HINT)
    elif cls is LoginRefused:
        whose = QT_TRANSLATE_NOOP("core", " van {name}").format(name=name) if name else ""
        text = QT_TRANSLATE_NOOP(
            "core",
            "De databaseserver{where} weigert de aanmelding{whose}: "
            "de gebruikersnaam of het wachtwoord klopt niet. Controleer ze {hint}.",
        ).format(where=where, whose=whose, hint=_URL_HINT)
    elif cls is NoSuchDatabase:
        text = QT_TRANSLATE_NOOP(
            "core",
            "De database {name} bestaat niet op de databaseserver{where}. Controleer de naam "
            "{hint}, of laat de beheerder hem aanmaken.",
        ).format(name=name, where=where, hint=_URL_HINT)
    elif cls is NoPrivilege:
        first = message.strip().splitlines()[0] if message.strip() else ""
        text = QT_TRANSLATE_NOOP(
            "core",
            "De databasegebruiker mag dit niet ({first}). Er is niets veranderd. Vraag de "
            "beheerder van de database om de rechten; een schema-upgrade doet de eigenaar van "
            "de tabellen.",
        ).format(first=first)
    elif cls is ConnectionLost:
        text = QT_TRANSLATE_NOOP(
            "core",
            "De verbinding met de databaseserver is verbroken. {nothing_half} "
            "Probeer het opnieuw zodra de server weer bereikbaar is.",
        ).format(nothing_half=_NOTHING_HALF)
    else:
        text = QT_TRANSLATE_NOOP(
            "core",
            "De databaseserver is niet bereikbaar{where}. Controleer of de server aanstaat en "
            "of host en poort kloppen {hint}.",
        ).format(where=where, hint=_URL_HINT)
    return cls(text)


def _where(message: str) -> str:
    found = _WHERE.search(message)
    if found is None:
        return ""
    socket, host, port = found.groups()
    if socket:
        folder, _, name = socket.rpartition("/")
        return QT_TRANSLATE_NOOP("core", " (socket in {folder}, poort {port})").format(
            folder=folder or "/", port=name.rsplit(".", 1)[-1]
        )
    return QT_TRANSLATE_NOOP("core", " ({host}, poort {port})").format(host=host, port=port)
