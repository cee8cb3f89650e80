"""Between Qt's date types and Python's, typed (``toPython()`` is declared to return ``object``)."""

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


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)
