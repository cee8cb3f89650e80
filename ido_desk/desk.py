"""The open IDO Desk: a migrated database, its paths, the clock and the cached lists.

Every service takes a Desk as its first argument; the CLI and the window each open one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from db.engine import Database, storage_error
from db.migrate import upgrade
from ido_desk.config import Paths
from ido_desk.lists import Catalogue, load_catalogue


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Desk:
    def __init__(
        self,
        paths: Paths,
        *,
        clock: Callable[[], datetime] = local_now,
        role: str = "balie",
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.role = role
        self.db = Database(paths.database_url)
        self._catalogue: Catalogue | None = None

    @property
    def catalogue(self) -> Catalogue:
        """The lists, loaded once and again after they change."""
        if self._catalogue is None:
            self._catalogue = load_catalogue(self.db)
        return self._catalogue

    def lists_changed(self) -> None:
        self._catalogue = None

    def close(self) -> None:
        self.db.dispose()


def open_desk(paths: Paths, *, clock: Callable[[], datetime] = local_now) -> Desk:
    """Open (and create or upgrade) the database. Raises db.errors.StorageError on problems
    the user can act on, such as a database written by a newer version."""
    if paths.database_file is not None:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    desk = Desk(paths, clock=clock)
    try:
        upgrade(desk.db, backup_dir=paths.backup_dir)
    except (OperationalError, SADatabaseError) as exc:
        desk.close()
        translated = storage_error(exc)
        if translated is None:
            raise
        raise translated from exc
    except BaseException:
        desk.close()
        raise
    return desk
