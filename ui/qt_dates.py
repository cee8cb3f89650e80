"""Between Qt's date types and Python's, typed (``toPython()`` is declared to return ``object``)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

from ido_desk.periods import MONTHS_NL, MONTHS_SHORT_NL


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


def month_name(month: int, *, short: bool = False) -> str:
    """ "January" / "Jan" in the English window, else the program's own Dutch spelling, as
    the reports write it ("januari" / "jan"), as ``list_labels.shown`` chooses."""
    if QLocale().language() != QLocale.Language.English:
        return (MONTHS_SHORT_NL if short else MONTHS_NL)[month - 1]
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, form)


def month_and_year(day: date) -> str:
    """ "oktober 2026" / "October 2026": a month period's label in the window's language."""
    return f"{month_name(day.month)} {day.year}"
