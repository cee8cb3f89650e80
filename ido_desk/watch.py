"""Noticing what other processes wrote to the open database (see db.data_version)."""

from __future__ import annotations

from db.data_version import DataVersion
from ido_desk.desk import Desk


def watch_data(desk: Desk) -> DataVersion:
    """A watch on the desk's database: ``changed()`` says whether anyone else wrote to it."""
    return DataVersion(desk.db.engine)
