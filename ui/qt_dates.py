"""Qt's date types to Python's, typed (``toPython()`` is declared to return ``object``)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime


def to_datetime(value: QDateTime) -> datetime:
    result = value.toPython()
    assert isinstance(result, datetime)
    return result


def to_date(value: QDate) -> date:
    result = value.toPython()
    assert isinstance(result, date)
    return result
