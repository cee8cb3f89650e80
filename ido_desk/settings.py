"""Settings that live with the data, in the ``setting`` table as JSON values.

``get_setting`` / ``set_setting`` are the typed helpers services use to read and write them;
``read_setting`` / ``write_setting`` do the same inside a session a service already holds (so
that a change to a setting and its audit row share one transaction). They check no role: a
setting the manager changes has its own service that checks the value, needs the manager and
writes the audit log (e.g. ``retention.set_retention_days``, ``roles.set_pin``)."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import Setting
from ido_desk.desk import Desk

T = TypeVar("T")


def get_setting(desk: Desk, key: str, default: T) -> T:
    """The stored value, or ``default`` when it is missing, unreadable or of another type than
    the default (an int default refuses a stored bool or text; a float default takes an int)."""
    with desk.db.session() as session:
        try:
            value = read_setting(session, key)
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
    with desk.db.session() as session:
        write_setting(session, key, value)


def read_setting(session: Session, key: str) -> Any:
    """The stored value (None when missing); ValueError when it is not JSON."""
    row = session.get(Setting, key, populate_existing=True)
    return None if row is None else json.loads(row.value)


def write_setting(session: Session, key: str, value: Any) -> None:
    """Insert or replace in one statement (``ON CONFLICT``): two programs that write the same
    new key at once (several coordinators starting on one server) both succeed."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    dialect = session.get_bind().dialect.name
    upsert = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(Setting)
    session.execute(
        upsert.values(key=key, value=text).on_conflict_do_update(
            index_elements=[Setting.key], set_={"value": text}
        )
    )
