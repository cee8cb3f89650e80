"""The lists a visit is answered from, and the own location: the rows the front-desk form is
built from (``ido_desk.lists``, ``ido_desk.location_info``). Core statements, no ORM; the
window's first read runs their SQLite text (``db.first_read``)."""

from __future__ import annotations

from sqlalchemy import Select, TableClause, select

from db import tables

LIST_TABLES: dict[str, TableClause] = {  # what the catalogue holds, by its table's name
    "channel": tables.channel,
    "domain": tables.domain,
    "organisation": tables.organisation,
    "topic": tables.topic,
    "help_kind": tables.help_kind,
    "referral_target": tables.referral_target,
}
LOCATION_INFO = (  # what ``ido_desk.location_info.LocationInfo`` holds
    "id",
    "code",
    "name",
    "organisation",
    "municipality",
    "cbs_code",
    "province",
    "setup",
    "opening_hours",
    "is_own",
)


def list_rows(list_table: TableClause) -> Select:
    """Every item of one list (retired ones too: old visits keep their meaning)."""
    return select(list_table)


def location_rows() -> Select:
    return select(*(tables.location.c[name] for name in LOCATION_INFO))


def own_location_row() -> Select:
    """The installation's own location (none at a coordinator's before setup)."""
    return location_rows().where(tables.location.c.is_own.is_(True))
