"""The finder of a full date (day, month and year, in figures or with the month's name)."""

import datetime as dt
import re
from collections.abc import Callable, Iterator

from ido_desk.privacy import Span

_MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NOT_NUMERIC_AFTER = r"(?!\d|[.\-/]\d)"
_DATE_DMY = re.compile(
    rf"(?<![\d.\-/])(\d{{1,2}})([\-/.])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_NOT_NUMERIC_AFTER}"
)
_DATE_YMD = re.compile(
    rf"(?<![\d.\-/])(\d{{4}})([\-/.])(\d{{1,2}})\2(\d{{1,2}}){_NOT_NUMERIC_AFTER}"
)
_DATE_DAY_MONTH = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:e|st|nd|rd|th)?\.?[ \u00a0]+({_MONTH})(?![^\W\d_])\.?,?[ \u00a0]+"
    rf"(\d{{4}}|['’]\d{{2}})(?!\d)",
    re.IGNORECASE,
)
_DATE_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_])({_MONTH})(?![^\W\d_])\.?[ \u00a0]+(\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+"
    rf"(\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def _dmy_is_date(m: re.Match[str]) -> bool:
    day, sep, month, year = m.groups()
    return not (sep == "." and len(year) == 2) and _is_date(year, int(month), day)


def _ymd_is_date(m: re.Match[str]) -> bool:
    return _is_date(m[1], int(m[3]), m[4])


def _day_month_is_date(m: re.Match[str]) -> bool:
    month = _MONTHS.get(m[2].casefold())
    return month is not None and _is_date(m[3].lstrip("'’"), month, m[1])


def _month_day_is_date(m: re.Match[str]) -> bool:
    month = _MONTHS.get(m[1].casefold())
    return month is not None and _is_date(m[3], month, m[2])


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool]], ...] = (
    (_DATE_DMY, _dmy_is_date),
    (_DATE_YMD, _ymd_is_date),
    (_DATE_DAY_MONTH, _day_month_is_date),
    (_DATE_MONTH_DAY, _month_day_is_date),
)


def find_date(text: str) -> Iterator[Span]:
    """A full date, with day, month and year: 12-03-1956, 12/3/56, 12.03.1956 (a dotted date
    needs a four-digit year, so 16.7.10 stays a version number), 1956-03-12, 12 maart 1956,
    3 mrt. 1956, 12 March 1956, March 12, 1956. A date without a year (12 maart), a year on its
    own and a time (10:15) are fine."""
    for pattern, is_real in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if is_real(m):
                yield m.span()


def starts_with_date(text: str, position: int) -> bool:
    for pattern, is_real in _DATE_PATTERNS:
        m = pattern.match(text, position)
        if m is not None and is_real(m):
            return True
    return False


def _is_date(year: str, month: int, day: str) -> bool:
    """True when day-month-year is a real date; a two-digit year may be 19.. or 20..."""
    years = [int(year)] if len(year) == 4 else [1900 + int(year), 2000 + int(year)]
    for full_year in years:
        try:
            dt.date(full_year, month, int(day))
        except ValueError:
            continue
        return True
    return False
