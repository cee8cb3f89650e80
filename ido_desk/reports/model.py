"""The report data: plain frozen dataclasses, built from SQL aggregates, read by the PDF
writer, the CSV/XLSX writer and the window alike. Numbers are kept as numbers; the Dutch
text that is printed for them is made when a report is built."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ido_desk.periods import Period, dutch_date

# The "monthly" report covers any period; its heading follows the period's kind.
PERIOD_HEADINGS = {"month": "Maandrapport", "quarter": "Kwartaalrapport", "year": "Jaarrapport"}


@dataclass(frozen=True)
class Figure:
    """A number that is text in a CSV ("82,2%") and a number in a spreadsheet (0.822 with
    the format "0.0%")."""

    value: int | float
    text: str
    number_format: str  # an Excel number format: "0", "0.00", "0.0%"


Cell = str | int | float | Figure | None


@dataclass(frozen=True)
class Header:
    """The title block, and the footer of every page."""

    title: str  # "Maandrapport Informatiepunt Digitale Overheid"
    location: str  # "Bibliotheek Rijswijk, Huis van de Stad" or "Alle locaties (3)"
    organisation: str
    municipality: str
    period: Period
    produced: date
    version: str
    until: date | None = None  # the period has not ended: its figures run up to this day

    @property
    def period_label(self) -> str:
        """ "2026", or "2026 (t/m 27 november 2026)" while the period is still running."""
        if self.until is None:
            return self.period.label
        return f"{self.period.label} (t/m {dutch_date(self.until)})"


@dataclass(frozen=True)
class Table:
    """One table as it is exported to CSV and XLSX."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    sheet: str = ""  # a short name for its spreadsheet tab (the title when empty)


@dataclass(frozen=True)
class CountRow:
    label: str
    count: int
    share: float | None  # of its table's total, 0..1
    level: int = 0  # 1: a sub-row (a sub-topic, an organisation under its government level)
    note: str = ""  # e.g. the kind of a referral target


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: float | None  # None when it cannot be computed (no visits)
    text: str  # the value as printed
    previous: str  # the previous period: its value and the change
    year_ago: str  # the same period a year earlier: its value and the change
    previous_value: float | None = None
    year_ago_value: float | None = None
    kind: str = "text"  # count | decimal | percent | minutes | text: how a spreadsheet shows it
    previous_change: str = ""  # "+12,5%", "–2,0 pp"
    year_ago_change: str = ""


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
    label: str  # "okt '26"
    visits: int
    questions: int


@dataclass(frozen=True)
class MonthlyReport:
    header: Header
    visits: int
    questions: int
    key_figures: tuple[KeyFigure, ...]
    topics: tuple[CountRow, ...]  # main topics, each followed by its sub-topics (level 1)
    organisations: tuple[CountRow, ...]  # government levels, each followed by its organisations
    helps: tuple[CountRow, ...]
    channels: tuple[CountRow, ...]
    referrals: tuple[CountRow, ...]
    heatmap: Heatmap
    trend: tuple[TrendPoint, ...]
    definitions: tuple[str, ...]
    compared: tuple[str, str] = ("", "")  # what the previous / year-ago columns cover

    @property
    def empty(self) -> bool:
        return self.visits == 0


@dataclass(frozen=True)
class MatrixRow:
    label: str
    values: tuple[int, ...]  # one per column of its matrix
    level: int = 0


@dataclass(frozen=True)
class Matrix:
    """Counts with a row per category and a column per quarter (the last column: total)."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class MunicipalitySection:
    municipality: str
    cbs_code: str
    locations: tuple[str, ...]
    totals: Matrix  # visits, questions, questions per location
    topics: Matrix
    levels: Matrix

    @property
    def visits(self) -> int:
        return self.totals.rows[0].values[-1]


@dataclass(frozen=True)
class MunicipalityReport:
    header: Header
    sections: tuple[MunicipalitySection, ...]

    @property
    def empty(self) -> bool:
        return not any(section.visits for section in self.sections)


@dataclass(frozen=True)
class NationalTotalsReport:
    header: Header
    form_title: str
    visits: int
    questions: int
    untransferred: int  # visits in the period not yet transferred
    matrices: tuple[Matrix, ...]  # one per national form question, categories x quarters

    @property
    def empty(self) -> bool:
        return self.visits == 0


Report = MonthlyReport | MunicipalityReport | NationalTotalsReport
