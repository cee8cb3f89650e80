"""Dutch formatting for the report writers: "1.234", "12,5", "12,5%", "+8,0%", "–2,5 pp".
The report model holds numbers; only the PDF and the CSV writers make text of them."""

from __future__ import annotations

from ido_desk.reports.model import Change

# Indexed by SQLite's %w: 0 = Sunday.
WEEKDAYS_NL = ("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag")
WEEKDAYS_SHORT = ("zo", "ma", "di", "wo", "do", "vr", "za")
MONDAY_FIRST = (1, 2, 3, 4, 5, 6, 0)
DASH = "–"
NEW = "nieuw"
INCOMPARABLE = "niet vergelijkbaar"


def number(value: int) -> str:
    """ "1.234"."""
    return f"{value:,}".replace(",", ".")


def counted(value: int, one: str, many: str) -> str:
    """ "1 bezoek", "1.234 bezoeken": a number with the noun in the form it takes."""
    return f"{number(value)} {one if value == 1 else many}"


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


def minutes(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{decimal(value, 0 if value == int(value) else 1)} min"


def hours(total_minutes: float | None) -> str:
    """ "12,5 uur"."""
    return DASH if total_minutes is None else f"{decimal(total_minutes / 60, 1)} uur"


def hour_span(hour: int) -> str:
    """ "10–11 uur"."""
    return f"{hour}–{hour + 1} uur"


def value(kind: str, amount: float | None) -> str:
    """A key figure's value as printed, by its kind."""
    if amount is None:
        return DASH
    if kind == "count":
        return number(int(amount))
    if kind == "decimal":
        return decimal(amount, 2)
    if kind == "percent":
        return percent(amount)
    if kind == "minutes":
        return minutes(amount)
    if kind == "hours":
        return hours(amount)
    if kind == "weekday":
        return WEEKDAYS_NL[int(amount)]
    if kind == "hour":
        return hour_span(int(amount))
    return decimal(amount)


def change(delta: Change | None) -> str:
    """ "+12,5%", "–3,0%", "+2,5 pp", "nieuw", "niet vergelijkbaar" or a dash."""
    if delta is None or delta.status == "none":
        return DASH
    if delta.status == "new":
        return NEW
    if delta.status == "incomparable" or delta.value is None:
        return INCOMPARABLE
    amount = delta.value if delta.points else delta.value * 100
    sign = "+" if amount > 0.05 else ("–" if amount < -0.05 else "±")
    return f"{sign}{decimal(abs(amount), 1)}{' pp' if delta.points else '%'}"
