"""A location as the window and the reports see it: a plain frozen dataclass (no SQLAlchemy
here: the window's title is read before the database is opened, ``ido_desk.first_read``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class LocationInfo:
    id: int
    code: str
    name: str
    organisation: str
    municipality: str
    cbs_code: str
    province: str
    setup: str
    opening_hours: str
    is_own: bool = False

    @property
    def title(self) -> str:
        """ "Bibliotheek Rijswijk, Huis van de Stad" style: organisation, then the name."""
        if self.organisation and self.organisation not in self.name:
            return f"{self.organisation}, {self.name}"
        return self.name


def info_of(row: Any) -> LocationInfo:
    return LocationInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        organisation=row.organisation,
        municipality=row.municipality,
        cbs_code=row.cbs_code,
        province=row.province,
        setup=row.setup,
        opening_hours=row.opening_hours,
        is_own=row.is_own,
    )
