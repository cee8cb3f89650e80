"""Dutch formatting for reports: "1.234", "12,5", "12,5%", "+8%", "3 november 2026"."""

from __future__ import annotations

from ido_desk.periods import MONTHS_NL

# Indexed by SQLite's %w: 0 = Sunday.
WEEKDAYS_NL = ("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
WEEKDAYS_SHORT = ("zo", "ma", "di", "wo", "do", "vr", "za")
MONDAY_FIRST = (1, 2, 3, 4, 5, 6, 0)
DASH = "–"


def number(value: int) -> str:
    """ "1.234"."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, digits: int = 1) -> str:
    """ "12,5"; thousands with a point: "1.234,5"."""
    text = f"{value:,.{digits}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def percent(share: float | None, digits: int = 1) -> str:
    """A share 0..1 as "12,5%"; a dash when there is nothing to divide."""
    if share is None:
        return DASH
    return f"{decimal(share * 100, digits)}%"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def change(current: float | None, before: float | None) -> str:
    """The relative change, "+12,5%" or "−3,0%"; "nieuw" when there was nothing before."""
    if current is None or before is None:
        return DASH
    if before == 0:
        return DASH if current == 0 else "nieuw"
    delta = (current - before) / before
    sign = "+" if delta > 0 else ("–" if delta < 0 else "±")
    return f"{sign}{decimal(abs(delta) * 100, 1)}%"


def points(current: float | None, before: float | None) -> str:
    """The change of a share in percentage points: "+2,5 pp"."""
    if current is None or before is None:
        return DASH
    delta = (current - before) * 100
    sign = "+" if delta > 0 else ("–" if delta < 0 else "±")
    return f"{sign}{decimal(abs(delta), 1)} pp"


def minutes(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{decimal(value, 0 if value == int(value) else 1)} min"


def hour_span(hour: int) -> str:
    """ "10–11 uur"."""
    return f"{hour}–{hour + 1} uur"


def month_short(year: int, month: int) -> str:
    """ "okt '26"."""
    return f"{MONTHS_NL[month - 1][:3]} '{year % 100:02d}"


def month_long(year: int, month: int) -> str:
    return f"{MONTHS_NL[month - 1]} {year}"
