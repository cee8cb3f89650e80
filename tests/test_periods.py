"""Report periods: parsing, Dutch labels, the period before and the one a year earlier."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ido_desk.errors import ValidationError
from ido_desk.periods import date_range, last_full_month, month, parse_period, quarter, year


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2026-10", date(2026, 10, 1), date(2026, 11, 1), "oktober 2026"),
        ("2026-12", date(2026, 12, 1), date(2027, 1, 1), "december 2026"),
        ("2026-Q3", date(2026, 7, 1), date(2026, 10, 1), "3e kwartaal 2026"),
        ("2026q4", date(2026, 10, 1), date(2027, 1, 1), "4e kwartaal 2026"),
        ("2026", date(2026, 1, 1), date(2027, 1, 1), "2026"),
        (
            "2026-01-01..2026-03-15",
            date(2026, 1, 1),
            date(2026, 3, 16),
            "1 januari 2026 t/m 15 maart 2026",
        ),
        (
            " 2026-02-01 .. 2026-02-01 ",
            date(2026, 2, 1),
            date(2026, 2, 2),
            "1 februari 2026 t/m 1 februari 2026",
        ),
    ],
)
def test_parse(text: str, start: date, end: date, label: str) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.label) == (start, end, label)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2026-13", "maand 13 bestaat niet"),
        ("2026-Q5", "is onbekend"),
        ("oktober", "is onbekend"),
        ("", "is onbekend"),
        ("1999", "valt buiten"),
        ("2026-03-15..2026-01-01", "einddatum ligt vóór de begindatum"),
        ("2026-02-30..2026-03-01", "'2026-02-30' is geen datum"),
    ],
)
def test_bad_input_says_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_period(text)
    assert info.value.field == "period"
    assert words in info.value.message


def test_previous_periods() -> None:
    assert parse_period("2026-01").previous() == month(2025, 12)
    assert parse_period("2026-Q1").previous() == quarter(2025, 4)
    assert parse_period("2026-Q3").previous() == quarter(2026, 2)
    assert parse_period("2026").previous() == year(2025)
    ten_days = parse_period("2026-03-11..2026-03-20")
    assert ten_days.previous() == date_range(date(2026, 3, 1), date(2026, 3, 10))


def test_a_year_earlier() -> None:
    assert parse_period("2026-10").year_earlier() == month(2025, 10)
    assert parse_period("2026-Q3").year_earlier().label == "3e kwartaal 2025"
    leap = parse_period("2028-02-29..2028-03-01").year_earlier()
    assert (leap.start, leap.last_day) == (date(2027, 2, 28), date(2027, 3, 1))


def test_default_is_the_last_full_month() -> None:
    assert last_full_month(date(2026, 11, 3)) == month(2026, 10)
    assert last_full_month(date(2027, 1, 1)).label == "december 2026"


def test_months_touched() -> None:
    assert parse_period("2026-Q4").months() == [(2026, 10), (2026, 11), (2026, 12)]
    assert parse_period("2026-01-31..2026-02-01").months() == [(2026, 1), (2026, 2)]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_every_period_reads_back_from_its_code(day: date) -> None:
    for period in (
        month(day.year, day.month),
        quarter(day.year, (day.month - 1) // 3 + 1),
        year(day.year),
        date_range(day, day),
    ):
        assert parse_period(period.code) == period
        assert period.start <= day < period.end
        before = period.previous()
        assert before.end == period.start
        assert before.kind == period.kind
