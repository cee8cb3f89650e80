"""The national form totals as a PDF: per question of the national form, its answers as a bar
chart (the period's totals) above the count per answer and quarter, to check against the
national dashboard."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import CountRow, Matrix
from ido_desk.reports.national_totals import NationalTotalsReport
from ido_desk.reports.pdf import blocks, charts
from ido_desk.reports.pdf import styles as st


def story(report: NationalTotalsReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(header, f"Landelijk formulier {header.period_label}")
    visits = fmt.counted(report.visits, "bezoek", "bezoeken")
    questions = fmt.counted(report.questions, "vraag", "vragen")
    parts.append(
        blocks.text(
            f"Totalen volgens de indeling van het {report.form_title}, om te vergelijken met het "
            f"landelijke dashboard. In deze periode: {visits} en {questions}; nog niet "
            f"overgezet: {fmt.counted(report.untransferred, 'bezoek', 'bezoeken')}.",
            st.BODY,
        )
    )
    if report.empty:
        parts.append(blocks.notice("Geen registraties in deze periode."))
        return parts
    for matrix in report.matrices:
        chart = [charts.bar_chart(bars)] if (bars := answer_bars(matrix)) else []
        parts += blocks.section(matrix.title, *chart, *blocks.matrix_tables(matrix, "Antwoord"))
    return parts


def answer_bars(matrix: Matrix) -> tuple[CountRow, ...]:
    """The answers given in the period, most first (the matrix's total column)."""
    given = [(row.label, row.values[-1]) for row in matrix.rows if row.values[-1]]
    whole = sum(n for _, n in given)
    ordered = sorted(given, key=lambda pair: (-pair[1], pair[0]))
    return tuple(CountRow(label, n, fmt.ratio(n, whole)) for label, n in ordered)
