"""What the demo's visits look like: the figures behind "realistic" (``ido_desk.demo`` says
what that means). Real municipalities with their CBS codes and sizes; a library's opening
hours, weekdays, seasons and public holidays; how often each topic, help, channel, referral and
duration comes up. A ``Picker`` draws from such weights."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Generic, TypeVar

from ido_desk.municipalities import read_municipalities

T = TypeVar("T")


# -- the municipalities ---------------------------------------------------------------------

MUNICIPALITIES = read_municipalities()

SIZE_WEIGHT = {1: 1.0, 2: 2.0, 3: 3.5, 4: 6.0, 5: 10.0}

# -- when: opening hours, weekdays, seasons ---------------------------------------------------

WEEKDAY_VOLUME = (1.35, 1.25, 1.0, 1.05, 0.85, 0.3, 0.0)  # Monday ... Sunday
MONTH_VOLUME = {
    1: 1.10, 2: 1.00, 3: 1.15, 4: 1.20, 5: 1.05, 6: 0.90,
    7: 0.60, 8: 0.55, 9: 1.00, 10: 1.05, 11: 1.05, 12: 0.80,
}  # fmt: skip
WEEKDAY_HOURS = {9: 0.15, 10: 1.0, 11: 1.2, 12: 0.8, 13: 0.85, 14: 1.0, 15: 0.9, 16: 0.65, 17: 0.15}
EVENING_HOURS = {18: 0.1, 19: 0.1}  # Thursday's late opening
SATURDAY_HOURS = {10: 0.9, 11: 1.0, 12: 0.8, 13: 0.5, 14: 0.35, 15: 0.2}
BUSY_MORNING = {10: 1.6, 11: 1.5}  # Monday and Tuesday

# -- what: topics and their seasons, help, channels ------------------------------------------

TOPIC_WEIGHTS = {
    "digid": 53, "toeslagen": 11, "belastingen": 8, "werk_uitkering": 6, "aow_pensioen": 5,
    "zorg_wmo": 5, "onderwijs": 2.5, "boetes": 3, "rijbewijs": 2, "identiteit": 3, "wonen": 2,
    "gemeentezaken": 3, "mijnoverheid": 4, "computer": 3, "overig": 2,
}  # fmt: skip
TOPIC_SEASONS = {
    "belastingen": {2: 1.3, 3: 3.0, 4: 3.2, 5: 2.2, 6: 1.2},  # the income tax return
    "toeslagen": {1: 2.0, 9: 1.4, 10: 1.8, 11: 1.8, 12: 1.5},  # provisional awards, settlements
    "zorg_wmo": {11: 1.3, 12: 1.6},  # changing health insurer
    "onderwijs": {8: 1.8, 9: 1.8},  # student finance before the school year
}
SUBTOPIC_WEIGHTS = {
    "digid": {
        None: 8, "digid_aanvragen": 24, "digid_activeren": 28, "digid_app": 20,
        "digid_inloggen": 14, "digid_machtigen": 6,
    },
    "toeslagen": {
        None: 15, "zorgtoeslag": 35, "huurtoeslag": 30, "kinderopvangtoeslag": 10,
        "kindgebonden_budget": 10,
    },
}  # fmt: skip
ORGANISATION_ALTERNATIVES = {
    "digid": ("svb", "belastingdienst", "uwv", "gemeente"),
    "belastingen": ("gemeente", "toeslagen"),
    "toeslagen": ("belastingdienst",),
    "werk_uitkering": ("gemeente",),
    "aow_pensioen": ("pensioenfonds",),
    "zorg_wmo": ("cak", "ciz", "zorgverzekeraar"),
    "onderwijs": ("gemeente",),
    "boetes": ("belastingdienst", "gemeente", "rdw"),
    "rijbewijs": ("cbr", "gemeente"),
    "identiteit": ("rvig",),
    "wonen": ("gemeente",),
    "mijnoverheid": ("belastingdienst", "rdw", "svb"),
    "overig": ("overig", "juridisch_loket"),
}
SUGGESTED_SHARE = 0.87
CHANNEL_WEIGHTS = {"balie": 76, "afspraak": 12, "telefoon": 7, "online": 3, "buiten": 2}
HELP_WEIGHTS = {"samen": 38, "informatie": 27, "voorgedaan": 17, "doorverwezen": 10, "cursus": 8}
REFER_TO_ORGANISATION = 0.55  # "Doorverwezen": to the question's organisation, else a service
SERVICE_WEIGHTS = {
    "geldzaken": 25, "sociaal_raadslieden": 25, "juridisch_loket": 20, "welzijn": 15,
    "taalhuis": 15,
}  # fmt: skip
COURSE_WEIGHTS = {"digisterker": 55, "klik_tik": 45}
QUESTION_COUNT_WEIGHTS = {1: 80, 2: 14.5, 3: 4.5, 4: 1}
DURATION_CHIPS = {5: 20, 10: 35, 15: 25, 30: 15, 45: 5}
CHIP_SHARE = 0.45  # the rest is timed to the minute
BACKDATED_SHARE = 0.04


class Picker(Generic[T]):
    """Draws from weighted choices with one random number and a bisect."""

    def __init__(self, weights: Mapping[T, float]) -> None:
        chosen = [(item, w) for item, w in weights.items() if w > 0]
        if not chosen:
            raise ValueError("nothing to choose from")
        self.items = [item for item, _w in chosen]
        self.cumulative = list(itertools.accumulate(w for _item, w in chosen))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect.bisect_right(self.cumulative, rng.random() * self.total)
        return self.items[min(index, len(self.items) - 1)]


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    L = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * L) // 451
    month, day = divmod(h + L - 7 * m + 114, 31)
    return date(year, month, day + 1)


def closed_days(year: int) -> set[date]:
    """The public holidays on which libraries are closed."""
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day -= timedelta(days=1)
    return {
        date(year, 1, 1),
        sunday + timedelta(days=1),  # Easter Monday
        kings_day,
        sunday + timedelta(days=39),  # Ascension Day
        sunday + timedelta(days=50),  # Whit Monday
        date(year, 12, 25),
        date(year, 12, 26),
    }


def hour_weights(weekday: int) -> dict[int, float]:
    if weekday == 6:
        return {}
    if weekday == 5:
        return dict(SATURDAY_HOURS)
    hours = dict(WEEKDAY_HOURS)
    if weekday in (0, 1):
        hours = {h: w * BUSY_MORNING.get(h, 1.0) for h, w in hours.items()}
    if weekday == 3:
        hours.update(EVENING_HOURS)
    return hours


def months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")
