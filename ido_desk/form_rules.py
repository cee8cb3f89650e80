"""The rules of the front-desk form that decide what a save stores, without Qt.

What carries over from one visit to the next: the channel and the help of *this desk's* last
save, kept in a small file in the data folder (not read from the last visit in the database,
which may come from the CLI, an import or another desk). A referral target never carries
over, and neither does a help that refers ("Doorverwezen", "Cursus aangeraden"): the next
visitor starts with the help saved before it. The same memory is there after a restart.

Durations: a duration chip always wins; otherwise the timer's minutes (rounded up) are stored,
but a timer under two minutes is stored as unknown (a form filled in and saved at once says
nothing about the visit's length), and so is a back-dated visit without a chip."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ido_desk.desk import Desk
from ido_desk.drafts import VisitDraft

REMEMBERED_FILE = "deze-balie.json"  # in the data folder: this desk's own memory
REFERRING_HELP = ("doorverwezen", "cursus")  # help kinds that take a referral
TIMER_MINIMUM_S = 120  # a timer under two minutes is no measurement


@dataclass(frozen=True)
class Remembered:
    """What the next visit's form starts with."""

    channel: str | None = None
    help: str | None = None


def _path(desk: Desk) -> Path:
    return desk.paths.data_dir / REMEMBERED_FILE


def load_remembered(desk: Desk) -> Remembered:
    """This desk's memory; only codes still active in the lists (an empty memory otherwise)."""
    try:
        data = json.loads(_path(desk).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Remembered()
    if not isinstance(data, dict):
        return Remembered()
    cat = desk.catalogue
    channel = data.get("channel")
    help_code = data.get("help")
    active_channels = {c.code for c in cat.channels.active()}
    active_help = {h.code for h in cat.help_kinds.active()} - set(REFERRING_HELP)
    return Remembered(
        channel=channel if channel in active_channels else None,
        help=help_code if help_code in active_help else None,
    )


def carried_over(before: Remembered, draft: VisitDraft) -> Remembered:
    """What the next visit starts with after saving ``draft``: its channel, and the help of
    its last question unless that help refers (then the help remembered before stays)."""
    helps = [q.help for q in draft.questions if q.help and q.help not in REFERRING_HELP]
    return Remembered(
        channel=draft.channel or before.channel,
        help=helps[-1] if helps else before.help,
    )


def remember(desk: Desk, remembered: Remembered) -> None:
    """Keep the memory for the next start (written whole, then moved into place). A folder
    that cannot be written loses only the memory, never the visit: OSError is swallowed."""
    path = _path(desk)
    temporary = path.with_suffix(".tmp")
    try:
        temporary.write_text(
            json.dumps({"channel": remembered.channel, "help": remembered.help}), encoding="utf-8"
        )
        os.replace(temporary, path)
    except OSError:
        pass


def stored_duration(chip: int | None, timer_seconds: float | None, backdated: bool) -> int | None:
    """The duration a save stores: the chip, else the timer's minutes rounded up; unknown for
    a timer under two minutes, without a timer, or for a back-dated visit."""
    if chip is not None:
        return chip
    if timer_seconds is None or backdated or timer_seconds < TIMER_MINIMUM_S:
        return None
    return math.ceil(timer_seconds / 60)


# -- back-dating ------------------------------------------------------------------------------


def parse_time_of_day(text: str) -> time | None:
    """ "1430", "14:30", "14.30", "930", "9:30", "14" -> a time; None when it is not one."""
    cleaned = text.strip().replace(".", ":").replace(" ", "")
    if ":" in cleaned:
        hours, _sep, minutes = cleaned.partition(":")
    elif cleaned.isdigit() and len(cleaned) <= 2:
        hours, minutes = cleaned, "0"
    elif cleaned.isdigit() and len(cleaned) in (3, 4):
        hours, minutes = cleaned[:-2], cleaned[-2:]
    else:
        return None
    if not (hours.isdigit() and minutes.isdigit() and len(hours) <= 2 and len(minutes) <= 2):
        return None
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        return None
    return time(int(hours), int(minutes))


def back_dated_start(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def step_day(day: date, days: int, latest: date) -> date:
    """A day ``days`` before or after (across months and years), never after ``latest``."""
    return min(day + timedelta(days=days), latest)


def parse_day(text: str, today: date) -> date | None:
    """ "vandaag", "gisteren", "3-11", "3-11-2026", "03-11-26" (also with / or .) -> a day;
    None when it is not one. A day without a year is the last such day up to today."""
    cleaned = text.strip().casefold()
    if cleaned in ("v", "vandaag"):
        return today
    if cleaned in ("g", "gisteren"):
        return today - timedelta(days=1)
    parts = cleaned.replace("/", "-").replace(".", "-").split("-")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() and 0 < len(p) <= 4 for p in parts):
        return None
    day_, month_ = int(parts[0]), int(parts[1])
    if len(parts) == 3:
        year_ = int(parts[2])
        if len(parts[2]) <= 2:
            year_ += 2000
        elif len(parts[2]) != 4:
            return None
        years = [year_]
    else:
        years = [today.year, today.year - 1]
    for year_ in years:
        try:
            found = date(year_, month_, day_)
        except ValueError:
            return None
        if len(years) == 1 or found <= today:
            return found
    return None
