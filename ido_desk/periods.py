"""Report periods: a month, a quarter, a year or any range of days, with a Dutch label.

``parse_period("2026-10" | "2026-Q3" | "2026" | "2026-01-01..2026-03-15")`` gives a Period whose
``end`` is exclusive. Every period knows the one before it (of the same length) and the same
period a year earlier, for the changes in the report's key figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ido_desk.errors import ValidationError
from ido_desk.translatable import QT_TRANSLATE_NOOP

MONTHS_NL = (  # marked: the CLI says a period in English with --lang en
    QT_TRANSLATE_NOOP("core", "januari"),
    QT_TRANSLATE_NOOP("core", "februari"),
    QT_TRANSLATE_NOOP("core", "maart"),
    QT_TRANSLATE_NOOP("core", "april"),
    QT_TRANSLATE_NOOP("core", "mei"),
    QT_TRANSLATE_NOOP("core", "juni"),
    QT_TRANSLATE_NOOP("core", "juli"),
    QT_TRANSLATE_NOOP("core", "augustus"),
    QT_TRANSLATE_NOOP("core", "september"),
    QT_TRANSLATE_NOOP("core", "oktober"),
    QT_TRANSLATE_NOOP("core", "november"),
    QT_TRANSLATE_NOOP("core", "december"),
)

MONTHS_SHORT_NL = (
    "jan",
    "feb",
    "mrt",
    "apr",
    "mei",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)

EXAMPLES = '"2026-10" (maand), "2026-Q3" (kwartaal), "2026" (jaar) of "2026-01-01..2026-03-15"'


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | year | range
    start: date
    end: date  # exclusive

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end, time())

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def label(self) -> str:
        """ "oktober 2026", "3e kwartaal 2026", "2026", "1 januari t/m 15 maart 2026"."""
        if self.kind == "month":
            return QT_TRANSLATE_NOOP("core", "{month} {year}").format(
                month=MONTHS_NL[self.start.month - 1], year=self.start.year
            )
        if self.kind == "quarter":
            return QT_TRANSLATE_NOOP("core", "{quarter}e kwartaal {year}").format(
                quarter=quarter_of(self.start), year=self.start.year
            )
        if self.kind == "year":
            return str(self.start.year)
        return QT_TRANSLATE_NOOP("core", "{first} t/m {last}").format(
            first=dutch_date(self.start), last=dutch_date(self.last_day)
        )

    @property
    def code(self) -> str:
        """The text ``parse_period`` reads back: "2026-10", "2026-Q3", "2026", "a..b"."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{quarter_of(self.start)}"
        if self.kind == "year":
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.last_day.isoformat()}"

    def previous(self) -> Period:
        """The period just before this one, of the same kind and length."""
        if self.kind == "month":
            return month(*add_months(self.start.year, self.start.month, -1))
        if self.kind == "quarter":
            before, first = add_months(self.start.year, self.start.month, -3)
            return quarter(before, quarter_of(date(before, first, 1)))
        if self.kind == "year":
            return year(self.start.year - 1)
        return Period("range", self.start - timedelta(days=self.days), self.start)

    def year_earlier(self) -> Period:
        """The same period one year earlier (29 February becomes 28 February)."""
        if self.kind == "range":
            return Period("range", _minus_year(self.start), _minus_year(self.end))
        return Period(self.kind, _minus_year(self.start), _minus_year(self.end))

    def runs_on(self, today: date) -> bool:
        """The period has begun but not yet ended on ``today``: today itself is not over, so
        a month runs on its last day too."""
        return self.start <= today <= self.last_day

    def label_on(self, today: date) -> str:
        """The label, with "(t/m 3 december 2026)" while the period runs on ``today``."""
        if not self.runs_on(today):
            return self.label
        return QT_TRANSLATE_NOOP("core", "{label} (t/m {today})").format(
            label=self.label, today=dutch_date(today)
        )

    def in_future(self, today: date) -> bool:
        return self.start > today

    def shifted(self, days: int) -> Period:
        """The same days ``days`` earlier (a range)."""
        step = timedelta(days=days)
        return Period("range", self.start - step, self.end - step)

    def until(self, last: date) -> Period:
        """The days of this period up to and including ``last`` (a range)."""
        return Period("range", self.start, min(self.end, last + timedelta(days=1)))

    def cut(self, days: int) -> Period:
        """The first ``days`` days of this period (a range), for comparing like with like."""
        return Period("range", self.start, min(self.end, self.start + timedelta(days=days)))

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        result = []
        year_, month_ = self.start.year, self.start.month
        while date(year_, month_, 1) < self.end:
            result.append((year_, month_))
            year_, month_ = add_months(year_, month_, 1)
        return result

    def quarters(self) -> list[Period]:
        """Every calendar quarter the period touches, in order."""
        result = [quarter(self.start.year, quarter_of(self.start))]
        while result[-1].end < self.end:
            result.append(result[-1].following())
        return result

    def following(self) -> Period:
        """The period just after this one, of the same kind (months, quarters, years)."""
        if self.kind in ("month", "quarter"):
            step = 1 if self.kind == "month" else 3
            first = date(*add_months(self.start.year, self.start.month, step), 1)
            return Period(self.kind, first, date(*add_months(first.year, first.month, step), 1))
        if self.kind == "year":
            return year(self.start.year + 1)
        return Period("range", self.end, self.end + timedelta(days=self.days))


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def dutch_date(day: date) -> str:
    """ "3 november 2026"."""
    return QT_TRANSLATE_NOOP("core", "{day} {month} {year}").format(
        day=day.day, month=MONTHS_NL[day.month - 1], year=day.year
    )


def month(year_: int, month_: int) -> Period:
    start = date(year_, month_, 1)
    return Period("month", start, date(*add_months(year_, month_, 1), 1))


def quarter(year_: int, number: int) -> Period:
    start = date(year_, 3 * (number - 1) + 1, 1)
    return Period("quarter", start, date(*add_months(year_, start.month, 3), 1))


def year(year_: int) -> Period:
    return Period("year", date(year_, 1, 1), date(year_ + 1, 1, 1))


def date_range(first: date, last: date) -> Period:
    """The days from ``first`` up to and including ``last``."""
    if last < first:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP(
                "core", "Periode {first}..{last}: de einddatum ligt vóór de begindatum."
            ).format(first=first.isoformat(), last=last.isoformat()),
        )
    return Period("range", first, last + timedelta(days=1))


def named(start: date, end: date) -> Period:
    """The days [start, end) as the month, quarter or year they make up whole, else a range
    (an export's dates, labelled as ``parse_period`` would)."""
    wholes = (
        month(start.year, start.month),
        quarter(start.year, quarter_of(start)),
        year(start.year),
    )
    return next(
        (p for p in wholes if (p.start, p.end) == (start, end)), Period("range", start, end)
    )


def minus_year(day: date) -> date:
    """The same day a year earlier (29 February becomes 28 February)."""
    return _minus_year(day)


def month_short(year_: int, month_: int) -> str:
    """ "mrt '26"."""
    return f"{MONTHS_SHORT_NL[month_ - 1]} '{year_ % 100:02d}"


def month_starts(first: date, last: date) -> tuple[date, ...]:
    """The first days of the months from ``first``'s to ``last``'s, both included."""
    months = []
    year_, month_ = first.year, first.month
    while (year_, month_) <= (last.year, last.month):
        months.append(date(year_, month_, 1))
        year_, month_ = add_months(year_, month_, 1)
    return tuple(months)


def last_months(today: date, count: int = 12) -> Period:
    """The ``count`` months up to and including today's, as one range."""
    first = date(*add_months(today.year, today.month, 1 - count), 1)
    return Period("range", first, month(today.year, today.month).end)


def last_full_month(today: date) -> Period:
    """The default period: the last month that has ended."""
    return month(*add_months(today.year, today.month, -1))


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\S+)\s*\.\.\s*(\S+)$")


def parse_period(text: str) -> Period:
    """Read a period as typed on the command line; ValidationError("period", ...) if it is
    not one."""
    value = text.strip()
    if match := _MONTH.match(value):
        number = int(match[2])
        if not 1 <= number <= 12:
            raise ValidationError(
                "period",
                QT_TRANSLATE_NOOP(
                    "core", "Periode '{text}': maand {number} bestaat niet (1 tot 12)."
                ).format(text=text, number=number),
            )
        return month(_year_in_range(text, int(match[1])), number)
    if match := _QUARTER.match(value):
        return quarter(_year_in_range(text, int(match[1])), int(match[2]))
    if match := _YEAR.match(value):
        return year(_year_in_range(text, int(match[1])))
    if match := _RANGE.match(value):
        first, last = _day(text, match[1]), _day(text, match[2])
        _year_in_range(text, first.year)
        _year_in_range(text, last.year)
        return date_range(first, last)
    raise ValidationError(
        "period",
        QT_TRANSLATE_NOOP("core", "Periode '{text}' is onbekend. Gebruik {EXAMPLES}.").format(
            text=text, EXAMPLES=EXAMPLES
        ),
    )


def _day(text: str, part: str) -> date:
    try:
        return date.fromisoformat(part)
    except ValueError:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP(
                "core",
                "Periode '{text}': '{part}' is geen datum. Gebruik JJJJ-MM-DD, bijvoorbeeld "
                "2026-03-15.",
            ).format(text=text, part=part),
        ) from None


def _year_in_range(text: str, value: int) -> int:
    if not 2000 <= value <= 2100:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP(
                "core", "Periode '{text}': jaar {value} valt buiten 2000 tot 2100."
            ).format(text=text, value=value),
        )
    return value


def add_months(year_: int, month_: int, delta: int) -> tuple[int, int]:
    """(year, month) ``delta`` months on (or back, when negative)."""
    index = year_ * 12 + (month_ - 1) + delta
    return index // 12, index % 12 + 1


def _minus_year(day: date) -> date:
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def refuse_future(period: Period, today: date) -> None:
    """A report or an export of a period that has not begun is refused, with one message."""
    if period.in_future(today):
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP(
                "core",
                "Periode {label} ligt in de toekomst (vandaag is {today}): kies een "
                "periode die al begonnen is.",
            ).format(label=period.label, today=dutch_date(today)),
        )
