"""The monthly report's tables: key figures (values and changes as numbers), the count
tables, the heatmap and the trend; and its long table."""

from __future__ import annotations

from collections.abc import Sequence

from ido_desk.periods import month, month_short
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import CountRow, Header, TrendPoint
from ido_desk.reports.monthly import MonthlyReport
from ido_desk.reports.tables.cells import (
    CHANGE_NOTES,
    Cell,
    Fact,
    Number,
    Table,
    change_cell,
    number,
)

SHOWN_AS_NUMBER = {"count", "decimal", "percent", "minutes", "hours"}


def count_table(title: str, first: str, rows: Sequence[CountRow], note: str = "") -> Table:
    parent = ""
    body: list[tuple[Cell, ...]] = []
    for row in rows:
        if row.level == 0:
            parent = row.label
        label = f"{parent} > {row.label}" if row.level else row.label
        extra: tuple[Cell, ...] = (row.note,) if note else ()
        body.append((label, *extra, row.count, number("percent", row.share)))
    columns = (first, *((note,) if note else ()), "Aantal", "Aandeel (%)")
    return Table(title, columns, tuple(body))


def _figure_cell(kind: str, value: float | None) -> Cell:
    if value is None:
        return None
    if kind in SHOWN_AS_NUMBER:
        return int(value) if kind == "count" else Number(value, kind)
    return fmt.value(kind, value)


def key_figures(report: MonthlyReport) -> Table:
    rows = []
    for f in report.key_figures:
        unit = {"minutes": " (min)", "hours": " (uur)"}.get(f.kind, "")
        row: list[Cell] = [f.label + unit, _figure_cell(f.kind, f.value)]
        for earlier, delta in zip(f.earlier, f.changes, strict=True):
            row += [_figure_cell(f.kind, earlier), change_cell(delta)]
        rows.append(tuple(row))
    columns: list[str] = ["Kerncijfer", report.header.period_label]
    for cmp in report.comparisons:
        columns += [f"{cmp.name} ({cmp.period.label})", "Verschil (% of pp)"]
    return Table("Kerncijfers", tuple(columns), tuple(rows))


def tables(report: MonthlyReport) -> tuple[Table, ...]:
    heat = report.heatmap
    heatmap = Table(
        "Bezoeken per dag en uur",
        ("Dag", *(f"{h}:00" for h in heat.hours)),
        tuple((day, *cells) for day, cells in zip(heat.days, heat.cells, strict=True)),
    )
    before = any(p.before is not None for p in report.trend)
    trend = Table(
        "Per maand" if before else "Verloop over twaalf maanden",
        ("Maand", "Bezoeken", "Vragen", *(("Bezoeken een jaar eerder",) if before else ())),
        tuple(
            (
                month_short(p.year, p.month) + (" (loopt nog)" if p.running else ""),
                p.visits,
                p.questions,
                *((p.before,) if before else ()),
            )
            for p in report.trend
        ),
    )
    return (
        key_figures(report),
        count_table("Vragen per onderwerp", "Onderwerp", report.topics),
        count_table("Vragen per organisatie", "Overheidslaag > organisatie", report.organisations),
        count_table("Vragen per soort hulp", "Hulp", report.helps),
        count_table("Bezoeken per kanaal", "Kanaal", report.channels),
        count_table("Doorverwijzingen", "Doorverwezen naar", report.referrals, note="Soort"),
        heatmap,
        trend,
    )


def count_facts(
    header: Header, dimension: str, rows: Sequence[CountRow], where: dict[str, str]
) -> list[Fact]:
    """Count and share of every row (sub-rows as "parent > row")."""
    facts, parent = [], ""
    for row in rows:
        parent = row.label if row.level == 0 else parent
        value = f"{parent} > {row.label}" if row.level else row.label
        base = dict(where, dimension=dimension, value=value)
        facts.append(fact(header, **base, measure="aantal", number=row.count))
        if row.share is not None:
            facts.append(fact(header, **base, measure="aandeel", number=row.share))
        if row.before is not None:
            facts.append(fact(header, **base, measure="aantal een jaar eerder", number=row.before))
    return facts


def month_facts(header: Header, points: Sequence[TrendPoint], where: dict[str, str]) -> list[Fact]:
    """Visits and questions per month, each row with the month's own first and last day."""
    result = []
    for p in points:
        unit = month(p.year, p.month)
        span = {"start": unit.start, "end": min(unit.last_day, header.last_day)}
        for value, amount in (("Bezoeken", p.visits), ("Vragen", p.questions)):
            base = dict(where, **span, dimension="maand", value=value, measure="aantal")
            if p.missing:  # nothing received: no number, and says so
                result.append(fact(header, **base, number=None, note="niets ontvangen"))
            else:
                result.append(fact(header, **base, number=amount))
    return result


def fact(header: Header, **values: object) -> Fact:
    defaults: dict[str, object] = {
        "location_code": header.location_codes,
        "location": header.location,
        "municipality_code": header.municipality_codes,
        "municipality": header.municipality,
        "start": header.period.start,
        "end": header.last_day,
        "note": "",
    }
    defaults.update(values)
    return Fact(**defaults)  # type: ignore[arg-type]


def facts(report: MonthlyReport) -> list[Fact]:
    header = report.header
    result = []
    for f in report.key_figures:
        if f.kind in SHOWN_AS_NUMBER:
            result.append(
                fact(
                    header, dimension="kerncijfer", value=f.label, measure="waarde", number=f.value
                )
            )
            for cmp, earlier, delta in zip(report.comparisons, f.earlier, f.changes, strict=True):
                name = cmp.name.lower()
                result.append(
                    fact(
                        header, dimension="kerncijfer", value=f.label, measure=name, number=earlier
                    )
                )
                result.append(
                    fact(
                        header,
                        dimension="kerncijfer",
                        value=f.label,
                        measure=f"verschil met {name}"
                        + (" (pp)" if delta and delta.points else ""),
                        number=delta.value if delta else None,
                        note=CHANGE_NOTES.get(delta.status, "") if delta else "",
                    )
                )
    for dimension, rows in (
        ("onderwerp", report.topics),
        ("organisatie", report.organisations),
        ("hulp", report.helps),
        ("kanaal", report.channels),
        ("doorverwijzing", report.referrals),
    ):
        result += count_facts(header, dimension, rows, {})
    result += month_facts(header, report.trend, {})
    return result
