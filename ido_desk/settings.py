"""Settings that live with the data, in the ``setting`` table as JSON values.

``get_setting`` / ``set_setting`` are the typed helpers services use to read and write them.
They check no role: a setting the manager changes has its own service that checks the value,
needs the manager and writes the audit log (e.g. ``retention.set_retention_days``)."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import select

from db.models import Setting
from ido_desk.desk import Desk

T = TypeVar("T")


def get_setting(desk: Desk, key: str, default: T) -> T:
    """The stored value, or ``default`` when it is missing, unreadable or of another type than
    the default (an int default refuses a stored bool or text; a float default takes an int)."""
    with desk.db.session() as session:
        raw = session.scalar(select(Setting.value).where(Setting.key == key))
    if raw is None:
        return default
    try:
        value = json.loads(raw)
    except ValueError:
        return default
    if default is None or type(value) is type(default):
        return value
    if type(default) is float and type(value) is int:
        return float(value)  # type: ignore[return-value]
    return default


def set_setting(desk: Desk, key: str, value: Any) -> None:
    """Store a JSON-serialisable value under ``key``, replacing what was there."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    with desk.db.session() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=text))
        else:
            row.value = text
