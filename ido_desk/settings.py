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

from sqlalchemy import Connection, insert, select, update

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
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    stored = unit.scalar(select(setting.c.key).where(setting.c.key == key)) is not None
    if stored:
        unit.execute(update(setting).where(setting.c.key == key).values(value=text))
    else:
        unit.execute(insert(setting).values(key=key, value=text))
