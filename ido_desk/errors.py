"""Errors a user can put right: each says, in Dutch, what is wrong and where."""

from __future__ import annotations

import errno


class ValidationError(ValueError):
    """Input that cannot be accepted. ``field`` names the form field (or CLI option)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NoLocation(ValidationError):
    """Nothing can be logged before the location is set."""

    def __init__(self) -> None:
        super().__init__(
            "location",
            "Er is nog geen locatie ingesteld. Stel die in met het venster, of met "
            "'ido-desk setup --location-name NAAM --municipality GEMEENTE --cbs-code GMxxxx'.",
        )


class NotFound(LookupError):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.message = what


def file_problem(exc: OSError) -> str:
    """A Dutch sentence for a file or folder that cannot be read or written."""
    where = exc.filename or "het bestand"
    if exc.errno == errno.ENOENT:
        return f"De map of het bestand '{where}' bestaat niet."
    if exc.errno == errno.EBUSY:  # db.files.FileInUse: open in another program (Windows)
        return exc.strerror or f"Het bestand '{where}' is geopend in een ander programma."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Geen toestemming om '{where}' te schrijven of te lezen (alleen-lezen?)."
    if exc.errno == errno.ENOSPC:
        return f"De schijf is vol: '{where}' kon niet worden geschreven."
    if exc.errno == errno.EISDIR:
        return f"'{where}' is een map; geef een bestandsnaam."
    reason = exc.strerror or str(exc)
    return f"'{where}' kan niet worden geschreven of gelezen: {reason}."
