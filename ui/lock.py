"""One window per SQLite file: a QLockFile beside the file, held while the window is open.

A second window on the same file gets a clear Dutch message and does not open; the CLI does
not take the lock, so it keeps working next to the window (SQLite's WAL and busy timeout share
the file). A lock left behind by a crash or a power cut is stale and is taken over.
A database server (PostgreSQL) takes no lock: several coordinators' windows open it at once,
each one told of the others' changes (``ui.changes.ChangeWatch``)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.config import Paths

STALE_AFTER_MS = 0  # a live owner keeps its lock however long it runs; a dead one is stale


class NoLock:
    """What a window on a database server holds: nothing to take, nothing to give back."""

    def unlock(self) -> None:
        pass


WindowLock = QLockFile | NoLock


def lock_path(paths: Paths) -> str | None:
    return None if paths.window_lock is None else str(paths.window_lock)


def acquire_window_lock(paths: Paths) -> WindowLock | None:
    """The lock for this SQLite file, held until it is unlocked or deleted; None when another
    window holds it; a ``NoLock`` for a database server. Keep the returned object alive as
    long as the window is open."""
    path = lock_path(paths)
    if path is None:
        return NoLock()
    with contextlib.suppress(OSError):  # opening the database will say what is wrong
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(path)
    lock.setStaleLockTime(STALE_AFTER_MS)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # PermissionError / UnknownError: the folder cannot be written. Without a lock the window
    # could still open twice, but refusing would lock the user out of reading their data.
    return lock


def already_open_message() -> str:
    return QCoreApplication.translate(
        "WindowLock",
        "IDO Desk is al geopend op deze computer, met dezelfde gegevens. "
        "Gebruik het venster dat al open staat (kijk in de taakbalk). "
        "Twee vensters tegelijk zouden elkaars registraties kunnen overschrijven.",
    )


def tell_already_open(parent: QWidget | None = None) -> None:
    title = QCoreApplication.translate("WindowLock", "IDO Desk is al geopend")
    QMessageBox.information(parent, title, already_open_message())
