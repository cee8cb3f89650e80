"""What a report table holds: numbers stay numbers (``Number`` says how to show one); the
writers make the Dutch text for a CSV and the number format for a spreadsheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ido_desk.reports.model import Change


@dataclass(frozen=True)
class Number:
    """``kind``: count | decimal | percent (a share 0..1) | minutes | hours (from minutes) |
    change (a fraction) | points (percentage points)."""

    value: float
    kind: str


Cell = str | int | float | Number | None


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    sheet: str = ""  # a short name for its spreadsheet tab (the title when empty)


@dataclass(frozen=True)
class Fact:
    """One row of the long table."""

    location_code: str  # "" for a municipality's or the region's total
    location: str
    municipality_code: str
    municipality: str
    start: date
    end: date  # inclusive
    dimension: str  # "totaal", "onderwerp", "hulp", ...
    value: str  # "Bezoeken", "DigiD", ...
    measure: str  # "aantal", "aandeel", "verschil", ...
    number: float | None
    note: str = ""  # "nieuw", "niet vergelijkbaar"


FACT_COLUMNS = (
    "locatiecode",
    "locatie",
    "gemeentecode",
    "gemeente",
    "periode_begin",
    "periode_eind",
    "dimensie",
    "waarde",
    "maat",
    "getal",
    "toelichting",
)
CHANGE_NOTES = {"new": "nieuw", "incomparable": "niet vergelijkbaar", "none": ""}


def number(kind: str, value: float | None) -> Number | None:
    return None if value is None else Number(float(value), kind)


def change_cell(delta: Change | None) -> Cell:
    """A change as a number (never text with a sign); "nieuw" or "niet vergelijkbaar" stay
    words, nothing to compare stays empty."""
    if delta is None or delta.status == "none":
        return None
    if delta.status != "ok" or delta.value is None:
        return CHANGE_NOTES[delta.status]
    return Number(delta.value, "points" if delta.points else "change")
