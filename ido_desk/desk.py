"""The open IDO Desk: a migrated database, its paths, the clock and the cached lists.

Every service takes a Desk as its first argument; the CLI and the window each open one."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import (
    MESSAGES,
    CorruptDatabase,
    DiskIOError,
    ReadOnlyDatabase,
    StorageError,
    UpgradeFailed,
    UserError,
    error_code,
    url_error_for,
)
from ido_desk.config import Paths
from ido_desk.translatable import QT_TRANSLATE_NOOP
from ido_desk.who import read_name

if TYPE_CHECKING:  # SQLAlchemy is loaded when the database is opened, not with this module
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from db.engine import Database
    from ido_desk.lists import Catalogue

INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE
INVALID_SCHEMA_NAME = "3F000"  # no schema the user may create in (no USAGE, CREATE on it)


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Desk:
    """``Desk(paths)`` makes the database's engine at once; ``Desk(paths, connect=False)`` makes
    a desk whose database is opened (and upgraded) later by ``connect`` (the window's first
    read, ``ido_desk.first_read``): whatever needs ``desk.db`` before then opens it first."""

    def __init__(
        self,
        paths: Paths,
        *,
        clock: Callable[[], datetime] = local_now,
        role: str = "balie",
        connect: bool = True,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.role = role
        self.name = read_name(paths)  # who works at this PC, for the audit log (who.py)
        self._db: Database | None = None
        self._opening = threading.RLock()
        self._catalogue: Catalogue | None = None
        self.new_installation = False  # the database had no schema before this opening
        self.notices: list[str] = []  # what the start of the day found and must tell the user
        if connect:
            from db.engine import Database

            self._db = Database(paths.database_url)

    @property
    def db(self) -> Database:
        """The open database; a desk made with ``connect=False`` opens it now."""
        if self._db is None:
            self.open_database()
        assert self._db is not None
        return self._db

    def open_database(self) -> None:
        """Open (and upgrade) the database, unless it is open (``connect``); StorageError
        as ``open_desk`` raises it."""
        with self._opening:
            if self._db is None:
                connect(self)

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def catalogue(self) -> Catalogue:
        """The lists, loaded once and again after they change."""
        if self._catalogue is None:
            from ido_desk.lists import load_catalogue

            self._catalogue = load_catalogue(self.db)
        return self._catalogue

    def keep_catalogue(self, catalogue: Catalogue) -> None:
        """The lists as read already (the window's first read), until they change."""
        self._catalogue = catalogue

    def lists_changed(self) -> None:
        self._catalogue = None

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def open_desk(paths: Paths, *, clock: Callable[[], datetime] = local_now) -> Desk:
    """Open (and create or upgrade) the database; no start-of-day chores (those are
    ``ido_desk.startup``'s, run by whoever opens a desk for a user: the CLI and the window).
    Raises db.errors.StorageError on problems the user can act on, such as a database written
    by a newer version."""
    paths.require_local()  # a SQLite file on a network share: refused (config.py says why)
    try:  # also beside a database server: the backups, the key and the error log live here
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "core",
                "De gegevensmap '{paths.data_dir}' kan niet worden aangemaakt: {strerror}. "
                "Kies een andere map met --data-dir.",
            ).format(paths=paths, strerror=exc.strerror or exc)
        ) from exc
    desk = Desk(paths, clock=clock, connect=False)
    connect(desk)
    return desk


def connect(desk: Desk) -> None:
    """Open (and create or upgrade) the desk's database: ``open_desk``'s work once the data
    folder is there; the same refusals."""
    from sqlalchemy.exc import ArgumentError, OperationalError
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from db.engine import Database, storage_error
    from db.migrate import create_private_file, current_revision, upgrade
    from db.queries.exchange_recover import recover_imports

    paths = desk.paths
    file = paths.database_file
    existed = file is not None and file.exists()
    try:
        if file is not None and not existed and file.parent.is_dir():  # not for a file: URI
            create_private_file(file)  # 0600: it holds notes
        database = Database(paths.database_url)
    except OSError as exc:
        raise ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "core",
                "Het bestand met de gegevens in '{paths.data_dir}' kan niet worden aangemaakt: "
                "{strerror}.",
            ).format(paths=paths, strerror=exc.strerror or exc)
        ) from exc
    except ImportError as exc:  # no driver for it
        if (exc.name or "").startswith("psycopg"):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Voor een PostgreSQL-database heeft IDO Desk het pakket psycopg nodig: "
                    "installeer het met pip install 'ido-desk[postgres]'.",
                )
            ) from exc
        raise url_error_for(paths.database_url, exc) from exc
    except ArgumentError as exc:  # a malformed URL, or one for an unknown kind of database
        raise url_error_for(paths.database_url, exc) from exc
    try:
        current = current_revision(database)
        desk.new_installation = current is None  # the database decides, on every kind of it
        upgrade(database, backup_dir=paths.backup_dir, current=current, notices=desk.notices)
    except (OperationalError, SADatabaseError) as exc:
        database.dispose()
        translated = (
            _not_allowed_to_upgrade(exc, database)
            or storage_error(exc)
            or UpgradeFailed(error_code(exc))
        )
        if isinstance(translated, CorruptDatabase) and file is not None and _reads_whole(file):
            translated = DiskIOError(MESSAGES[DiskIOError].format(name="lezen"))  # not damage
        raise translated from exc
    except UserError:
        database.dispose()
        raise
    except Exception as exc:  # a migration's own mistake: the upgrade was undone whole
        database.dispose()
        raise UpgradeFailed(type(exc).__name__) from exc
    except BaseException:
        database.dispose()
        raise
    # an import killed while it applied is rolled back (its visits were hidden all along);
    # when that fails they stay hidden, and the next start or import tries again
    with contextlib.suppress(StorageError, OperationalError, SADatabaseError):
        recover_imports(database)
    desk._db = database


def _not_allowed_to_upgrade(exc: SADatabaseError, database: Database) -> StorageError | None:
    """A server's user without the right to change the schema (README: the coordinators'
    user may read and write the data, only the owner may upgrade its tables)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) not in (INSUFFICIENT_PRIVILEGE, INVALID_SCHEMA_NAME):
        return None
    user = database.engine.url.username or "deze"
    return StorageError(
        QT_TRANSLATE_NOOP(
            "core",
            "De database moet eerst worden bijgewerkt naar deze versie van IDO Desk, "
            "en dat mag de gebruiker '{user}' niet (alleen de eigenaar van de database). "
            "Er is niets aan veranderd. Laat de eigenaar één keer een opdracht doen, "
            "bijvoorbeeld 'ido-desk --database-url <URL van de eigenaar> lists' (README: "
            "'Een gedeelde database').",
        ).format(user=user)
    )


def _reads_whole(file: Path) -> bool:
    """A second, full read of a file that just looked damaged: a read error SQLite reported
    as damage (a page it could not read) is not damage when the file reads whole now."""
    from db.migrate import verify_database

    try:
        verify_database(file)
    except StorageError:
        return False
    return True
