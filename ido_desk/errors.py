"""Errors a user can put right: each says, in Dutch, what is wrong and where."""

from __future__ import annotations


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
