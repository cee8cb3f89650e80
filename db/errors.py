"""Storage errors a user can act on, apart from bugs.

Each carries a Dutch message for the window and the CLI; anything else that escapes from the
database is a bug and is reported as such."""

from __future__ import annotations


class StorageError(Exception):
    """A problem with the database file that the user (not the program) can resolve."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseTooNew(StorageError):
    """The database was written by a newer IDO Desk than this one."""


class DatabaseLocked(StorageError):
    """Another program holds the database for too long."""


class DiskFull(StorageError):
    """The disk holding the database is full."""


class ReadOnlyDatabase(StorageError):
    """The database file or its folder cannot be written."""


class CorruptDatabase(StorageError):
    """The file is not a database, or is damaged."""
