"""Settings that live with the data, in the ``setting`` table as JSON values.

``get_setting`` / ``set_setting`` are the typed helpers services use to read and write them;
``read_setting`` / ``write_setting`` do the same inside a session a service already holds (so
that a change to a setting and its audit row share one transaction). They check no role: a
setting the manager changes has its own service that checks the value, needs the manager and
writes the audit log (e.g. ``retention.set_retention_days``, ``roles.set_pin``).

They are Core statements (no ORM), so that a start of ``ido-desk log`` reads them cheaply; in a
session they run in the session's transaction."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, select

from db.tables import setting
from ido_desk.desk import Desk

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


def get_setting(desk: Desk, key: str, default: T) -> T:
    """The stored value, or ``default`` when it is missing, unreadable or of another type than
    the default (an int default refuses a stored bool or text; a float default takes an int)."""
    with desk.db.connection() as connection:
        try:
            value = read_setting(connection, key)
        except ValueError:
            return default
    if value is None:
        return default
    if default is None or type(value) is type(default):
        return value
    if type(default) is float and type(value) is int:
        return float(value)  # type: ignore[return-value]
    return default


def set_setting(desk: Desk, key: str, value: Any) -> None:
    """Store a JSON-serialisable value under ``key``, replacing what was there."""
    with desk.db.connection() as connection:
        write_setting(connection, key, value)


def read_setting(unit: Session | Connection, key: str) -> Any:
    """The stored value (None when missing); ValueError when it is not JSON."""
    text = unit.scalar(select(setting.c.value).where(setting.c.key == key))
    return None if text is None else json.loads(text)


def write_setting(unit: Session | Connection, key: str, value: Any) -> None:
    """Insert or replace in one statement (``ON CONFLICT``): two programs that write the same
    new key at once (several coordinators starting on one server) both succeed."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    bind = unit if isinstance(unit, Connection) else unit.get_bind()
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
    unit.execute(
        upsert(setting)
        .values(key=key, value=text)
        .on_conflict_do_update(index_elements=[setting.c.key], set_={"value": text})
    )
