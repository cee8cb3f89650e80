"""The open IDO Desk: a migrated database, its paths, the clock and the cached lists.

Every service takes a Desk as its first argument; the CLI and the window each open one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from db.engine import Database, storage_error
from db.errors import ReadOnlyDatabase, StorageError
from db.migrate import upgrade
from ido_desk.config import Paths
from ido_desk.lists import Catalogue, load_catalogue

DAY_STARTED_SETTING = "day_started"  # the last day whose first start did the daily chores


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
        try:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyDatabase(
                f"De gegevensmap '{paths.data_dir}' kan niet worden aangemaakt: "
                f"{exc.strerror or exc}. Kies een andere map met --data-dir."
            ) from exc
    existed = paths.database_file is not None and paths.database_file.exists()
    try:
        desk = Desk(paths, clock=clock)
    except (ArgumentError, ImportError) as exc:  # a malformed URL, or no driver for it
        raise StorageError(
            f"De database-URL '{paths.database_url}' kan niet worden gebruikt: {exc}."
        ) from exc
    try:
        upgrade(desk.db, backup_dir=paths.backup_dir)
        if existed:
            _start_of_day(desk)
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


def _start_of_day(desk: Desk) -> None:
    """On the first start of a day: erase notes past their retention period (in the database
    and in every backup: later starts that day, every CLI command among them, skip that, as it
    opens every backup file), then back up if there is no backup of today yet."""
    from ido_desk.backup import backup_at_start  # they import Desk: imported here, not on top
    from ido_desk.delivery import deliver_at_start
    from ido_desk.retention import erase_old_notes
    from ido_desk.settings import get_setting, set_setting

    today = desk.clock().date().isoformat()
    if get_setting(desk, DAY_STARTED_SETTING, "") != today:
        try:
            erase_old_notes(desk)
            set_setting(desk, DAY_STARTED_SETTING, today)
        except StorageError as exc:  # a read-only folder: saving will say so, opening may not
            logging.getLogger(__name__).warning("notes not erased: %s", exc.message)
    backup_at_start(desk)
    deliver_at_start(desk)  # the ended months to the coordinator; never raises
