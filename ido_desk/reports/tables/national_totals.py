"""The national form totals' tables: a summary, one table per national form question; and the
long table (one row per question, answer and quarter)."""

from __future__ import annotations

from ido_desk.reports.model import Matrix
from ido_desk.reports.national_totals import NationalTotalsReport
from ido_desk.reports.tables.cells import Cell, Fact, Table
from ido_desk.reports.tables.monthly import fact


def matrix_table(matrix: Matrix) -> Table:
    parent = ""
    rows: list[tuple[Cell, ...]] = []
    for row in matrix.rows:
        if row.level == 0:
            parent = row.label
        rows.append((f"{parent} > {row.label}" if row.level else row.label, *row.values))
    return Table(matrix.title, ("", *matrix.columns), tuple(rows))


def tables(report: NationalTotalsReport) -> tuple[Table, ...]:
    summary = Table(
        "Samenvatting",
        ("", "Aantal"),
        (
            ("Bezoeken", report.visits),
            ("Vragen", report.questions),
            ("Nog niet overgezet", report.untransferred),
        ),
    )
    return (summary, *(matrix_table(m) for m in report.matrices))


def facts(report: NationalTotalsReport) -> list[Fact]:
    header = report.header
    result = []
    for matrix in report.matrices:
        for row in matrix.rows:
            for column, value in zip(matrix.columns, row.values, strict=True):
                result.append(
                    fact(
                        header,
                        dimension=matrix.title,
                        value=row.label,
                        measure=column,
                        number=value,
                    )
                )
    return result
