"""The rules behind the front-desk form, without a window: what carries over, which duration
is stored, and how a typed day or time is read."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.form_rules import (
    REMEMBERED_FILE,
    Remembered,
    carried_over,
    load_remembered,
    parse_day,
    parse_time_of_day,
    remember,
    step_day,
    stored_duration,
)

TODAY = date(2026, 11, 3)


def test_a_referring_help_never_carries_over() -> None:
    before = Remembered("balie", "samen")
    referred = VisitDraft((QuestionDraft("digid", help="doorverwezen", referral="digisterker"),))
    assert carried_over(before, referred) == Remembered("balie", "samen")
    by_phone = VisitDraft((QuestionDraft("aow_pensioen", help="informatie"),), channel="telefoon")
    assert carried_over(before, by_phone) == Remembered("telefoon", "informatie")


def test_the_memory_survives_a_restart_and_ignores_retired_codes(desk: Desk) -> None:
    assert load_remembered(desk) == Remembered()
    remember(desk, Remembered("telefoon", "samen"))
    assert load_remembered(desk) == Remembered("telefoon", "samen")
    (desk.paths.data_dir / REMEMBERED_FILE).write_text('{"channel": "fax", "help": "cursus"}')
    assert load_remembered(desk) == Remembered()
    (desk.paths.data_dir / REMEMBERED_FILE).write_text("not json")
    assert load_remembered(desk) == Remembered()


@pytest.mark.parametrize(
    ("chip", "seconds", "backdated", "stored"),
    [
        (None, 5, False, None),  # "1" then Ctrl+Enter: unknown, not 1 minute
        (None, 119, False, None),
        (None, 120, False, 2),
        (None, 190, False, 4),  # 3:10 rounded up
        (10, 5, False, 10),  # a chip always wins
        (10, 3600, False, 10),
        (None, 600, True, None),  # a back-dated visit has no timer
        (30, None, True, 30),
        (None, None, False, None),
    ],
)
def test_the_stored_duration(chip, seconds, backdated, stored) -> None:
    assert stored_duration(chip, seconds, backdated) == stored


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1430", time(14, 30)),
        ("14:30", time(14, 30)),
        ("14.30", time(14, 30)),
        ("930", time(9, 30)),
        ("9:05", time(9, 5)),
        ("14", time(14, 0)),
        ("2460", None),
        ("25:00", None),
        ("", None),
        ("abc", None),
        ("14:3:0", None),
    ],
)
def test_a_typed_time(text: str, expected: time | None) -> None:
    assert parse_time_of_day(text) == expected


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_time_reads_back_with_and_without_colon(hour: int, minute: int) -> None:
    assert parse_time_of_day(f"{hour:02d}:{minute:02d}") == time(hour, minute)
    assert parse_time_of_day(f"{hour}{minute:02d}") == time(hour, minute)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gisteren", date(2026, 11, 2)),
        ("v", TODAY),
        ("3-11", TODAY),
        ("31-10", date(2026, 10, 31)),
        ("24-12", date(2025, 12, 24)),  # no year: the last 24 December up to today
        ("02-11-2026", date(2026, 11, 2)),
        ("2/11/26", date(2026, 11, 2)),
        ("31-11-2026", None),
        ("0000", None),
        ("1-1-0", date(2000, 1, 1)),
        ("x", None),
    ],
)
def test_a_typed_day(text: str, expected: date | None) -> None:
    assert parse_day(text, TODAY) == expected


def test_days_step_across_months_and_years_but_not_past_today() -> None:
    assert step_day(date(2026, 11, 1), -1, TODAY) == date(2026, 10, 31)
    assert step_day(date(2026, 1, 1), -1, TODAY) == date(2025, 12, 31)
    assert step_day(TODAY, 1, TODAY) == TODAY
