"""The regional report's tables: an overview sheet (every location with its group, visits,
questions, help time and missing months), one table per subject, and the long table."""

from __future__ import annotations

from ido_desk.reports.region import LOCATION, RegionReport, group_of
from ido_desk.reports.tables.cells import Fact, Table, number
from ido_desk.reports.tables.monthly import fact


def tables(report: RegionReport) -> tuple[Table, ...]:
    result = []
    for index, table in enumerate(report.tables):
        rows = tuple(
            (
                row.label,
                row.code if row.level == LOCATION else "",
                *(number(kind, v) for kind, v in zip(table.kinds, row.values, strict=True)),
            )
            for row in table.rows
        )
        name = "Overzicht" if index == 0 else ""
        result.append(Table(table.title, ("Locatie", "Code", *table.columns), rows, name))
    result.append(
        Table(
            "Maanden waarover niets is ontvangen",
            ("Locatie", "Code", "Maanden"),
            tuple(
                (f.location.title, f.location.code, ", ".join(f.missing))
                for f in report.figures
                if f.missing
            ),
            "Niets ontvangen",
        )
    )
    return tuple(result)


def facts(report: RegionReport) -> list[Fact]:
    header = report.header
    result: list[Fact] = []
    for f in report.figures:
        loc = f.location
        where = {
            "location_code": loc.code,
            "location": loc.title,
            "municipality_code": loc.cbs_code,
            "municipality": loc.municipality,
        }
        group = group_of(loc, report.group)
        none = f.nothing_received  # empty, not 0
        totals: list[tuple[str, float | None, str]] = [
            ("Bezoeken", None if none else f.visits, "aantal"),
            ("Vragen", None if none else f.questions, "aantal"),
            ("Hulptijd", None if none else f.minutes, "minuten"),
            ("Mediane duur", f.median, "minuten"),
            ("Maanden niets ontvangen", len(f.missing), "aantal"),
        ]
        for value, amount, measure in totals:
            result.append(
                fact(
                    header,
                    **where,
                    dimension="totaal",
                    value=value,
                    measure=measure,
                    number=amount,
                    note=group,
                )
            )
        for dimension, value, n in f.counts:
            result.append(
                fact(
                    header,
                    **where,
                    dimension=dimension,
                    value=value,
                    measure="aantal",
                    number=n,
                    note=group,
                )
            )
    return result
