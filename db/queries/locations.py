"""Locations: this installation's own and those that came in through imports."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Location


def all_locations(session: Session) -> Sequence[Location]:
    """Every location, the own one first, then by municipality and name."""
    return session.scalars(
        select(Location).order_by(Location.is_own.desc(), Location.municipality, Location.name)
    ).all()


def own_location_id(session: Session) -> int | None:
    """The id of this branch's own location (None at a coordinator's)."""
    return session.scalar(select(Location.id).where(Location.is_own.is_(True)))
