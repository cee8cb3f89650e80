"""The report data every kind shares: plain frozen dataclasses built from SQL aggregates and
read by the PDF writer, the CSV/XLSX writers and the window alike. They hold numbers, never
formatted text: "1.234 (+5,0%)" is made by the writers (``formatting``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ido_desk.periods import Period, dutch_date
from ido_desk.translatable import QT_TRANSLATE_NOOP

# The "monthly" report covers any period; its heading follows the period's kind.
PERIOD_HEADINGS = {
    "month": QT_TRANSLATE_NOOP("core", "Maandrapport"),
    "quarter": QT_TRANSLATE_NOOP("core", "Kwartaalrapport"),
    "year": QT_TRANSLATE_NOOP("core", "Jaarrapport"),
}


@dataclass(frozen=True)
class Header:
    """The title block, and the footer of every page."""

    title: str  # "Rapportage Informatiepunt Digitale Overheid"
    location: str  # "Bibliotheek Rijswijk, Huis van de Stad" or "Alle locaties (3)"
    organisation: str
    municipality: str
    period: Period
    produced: date
    version: str
    until: date | None = None  # the period has not ended: its figures run up to this day
    covers: str = ""  # the filter: "gemeente Rijswijk (GM0603); provincie Zuid-Holland"
    location_codes: str = ""  # "GM0603-huis-van-de-stad", or several joined by ", "
    municipality_codes: str = ""  # "GM0603", or several joined by ", "

    @property
    def last_day(self) -> date:
        """The last day counted."""
        return self.until or self.period.last_day

    @property
    def period_label(self) -> str:
        """ "2026", or "2026 (t/m 27 november 2026)" while the period is still running."""
        if self.until is None:
            return self.period.label
        return f"{self.period.label} (t/m {dutch_date(self.until)})"


@dataclass(frozen=True)
class Change:
    """A change against a compared period. ``status``: "ok" (``value`` is the change: a
    fraction for a relative change, percentage points for a share), "new" (nothing before),
    "none" (nothing to compare), "incomparable" (the compared period holds far less data)."""

    value: float | None
    status: str = "ok"
    points: bool = False  # percentage points (a share), not a relative change


@dataclass(frozen=True)
class Comparison:
    """What a column of earlier figures covers."""

    name: str  # "Vorige periode", "Vorig jaar", "Een jaar eerder"
    period: Period
    note: str = ""  # e.g. "30 dagen; nu 31", or why it cannot be compared
    comparable: bool = True  # False: far less data (fewer months with visits)


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int
    share: float | None  # of its table's total, 0..1
    level: int = 0  # 1: a sub-row (a sub-topic, an organisation under its government level)
    note: str = ""  # e.g. the kind of a referral target
    before: int | None = None  # the compared period's count (when the table compares)


@dataclass(frozen=True)
class KeyFigure:
    """``kind``: count | decimal | percent | minutes | weekday | hour (how it is shown)."""

    label: str
    kind: str
    value: float | None  # None when it cannot be computed (no visits)
    earlier: tuple[float | None, ...]  # one per comparison of the report
    changes: tuple[Change | None, ...]  # one per comparison; None: not a changing figure


@dataclass(frozen=True)
class Heatmap:
    """Visits per weekday (rows, Monday first) and hour (columns)."""

    days: tuple[str, ...]
    hours: tuple[int, ...]
    cells: tuple[tuple[int, ...], ...]

    @property
    def peak(self) -> int:
        return max((max(row) for row in self.cells if row), default=0)


@dataclass(frozen=True)
class TrendPoint:
    year: int
    month: int
    visits: int
    questions: int
    running: bool = False  # the month has not ended: its count is so far
    before: int | None = None  # visits in the same month a year earlier
    missing: bool = False  # nothing received from the locations (the regional report's rule)
    before_missing: bool = False  # nothing received for the same month a year earlier


YEAR_BEFORE = "Bezoeken een jaar eerder"  # the row of the months and quarters a year earlier


@dataclass(frozen=True)
class MatrixRow:
    label: str
    values: tuple[int | None, ...]  # one per column of its matrix (None: nothing received)
    level: int = 0


@dataclass(frozen=True)
class Matrix:
    """Counts with a row per category and a column per period (the last column: total)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]
