"""One window per database: a QLockFile in the data folder, held while the window is open.

A second window gets a clear Dutch message and does not open; the CLI does not take the lock,
so it keeps working next to the window (SQLite's WAL and busy timeout share the file).
A lock left behind by a crash or a power cut is stale and is taken over."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.config import Paths

STALE_AFTER_MS = 0  # a live owner keeps its lock however long it runs; a dead one is stale


def lock_path(paths: Paths) -> str:
    return str(paths.window_lock)


def acquire_window_lock(paths: Paths) -> QLockFile | None:
    """The lock for this data folder, held until it is unlocked or deleted; None when another
    window holds it. Keep the returned object alive as long as the window is open."""
    with contextlib.suppress(OSError):  # opening the database will say what is wrong
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(lock_path(paths))
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
