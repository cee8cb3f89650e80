"""The period of a report, chosen as a month, a quarter, a year or a range of days: a
"Soort periode" list and, beside it, the fields of the chosen kind (one page of a stack).
Two widgets, so that a flowing row can put the fields on the next line at large text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ido_desk.periods import (
    Period,
    date_range,
    last_full_month,
    month,
    quarter,
    quarter_of,
    year,
)
from ui.qt_dates import month_name, to_date, to_qdate

MONTH, QUARTER, YEAR, RANGE = range(4)
KIND_INDEX = {"month": MONTH, "quarter": QUARTER, "year": YEAR, "range": RANGE}


class PeriodChoice(QObject):
    """``kind`` (the list) and ``fields`` (the stack) are the widgets to lay out."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for label in (
            QT_TRANSLATE_NOOP("PeriodChoice", "Maand"),
            QT_TRANSLATE_NOOP("PeriodChoice", "Kwartaal"),
            QT_TRANSLATE_NOOP("PeriodChoice", "Jaar"),
            QT_TRANSLATE_NOOP("PeriodChoice", "Periode van … tot en met …"),
        ):
            self.kind.addItem(self.tr(str(label)))
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(month_name(number))
        self.month_year = _year_box()
        self.quarter = QComboBox()
        for number in range(1, 5):
            self.quarter.addItem(self.tr("{0}e kwartaal").format(number))
        self.quarter_year = _year_box()
        self.year = _year_box()
        self.range_from = QDateEdit()
        self.range_to = QDateEdit()
        for edit in (self.range_from, self.range_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.fields = QStackedWidget()
        self.fields.addWidget(_row(self.month, self.month_year))
        self.fields.addWidget(_row(self.quarter, self.quarter_year))
        self.fields.addWidget(_row(self.year))
        self.fields.addWidget(_row(self.range_from, QLabel(self.tr("t/m")), self.range_to))
        for widget, name in (
            (self.kind, self.tr("Soort periode")),
            (self.month, self.tr("Maand")),
            (self.month_year, self.tr("Jaar")),
            (self.quarter, self.tr("Kwartaal")),
            (self.quarter_year, self.tr("Jaar")),
            (self.year, self.tr("Jaar")),
            (self.range_from, self.tr("Van")),
            (self.range_to, self.tr("Tot en met")),
        ):
            widget.setAccessibleName(name)
        self.kind.currentIndexChanged.connect(self.fields.setCurrentIndex)

    def reset(self, today: date) -> None:
        """The default: the last full month; a range would start at this month's first day."""
        self.set_period(last_full_month(today))
        self.range_from.setDate(QDate(today.year, today.month, 1))
        self.range_to.setDate(to_qdate(today))

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(KIND_INDEX[period.kind])
        self.month.setCurrentIndex(period.start.month - 1)
        self.month_year.setValue(period.start.year)
        self.quarter.setCurrentIndex(quarter_of(period.start) - 1)
        self.quarter_year.setValue(period.start.year)
        self.year.setValue(period.start.year)
        if period.kind == "range":
            self.range_from.setDate(to_qdate(period.start))
            self.range_to.setDate(to_qdate(period.last_day))

    def period(self) -> Period:
        """The period the widgets show. Raises ValidationError for an inverted range."""
        index = self.kind.currentIndex()
        if index == MONTH:
            return month(self.month_year.value(), self.month.currentIndex() + 1)
        if index == QUARTER:
            return quarter(self.quarter_year.value(), self.quarter.currentIndex() + 1)
        if index == YEAR:
            return year(self.year.value())
        return date_range(to_date(self.range_from.date()), to_date(self.range_to.date()))


def _year_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(2000, 2100)
    return box


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return holder
