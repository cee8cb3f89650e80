"""The national form totals as a PDF: per question of the national form, the count per answer
and quarter, to check against the national dashboard."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ido_desk.reports import formatting as fmt
from ido_desk.reports.national_totals import NationalTotalsReport
from ido_desk.reports.pdf import blocks
from ido_desk.reports.pdf import styles as st


def story(report: NationalTotalsReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(header, f"Landelijk formulier {header.period_label}")
    parts.append(
        blocks.text(
            f"Totalen volgens de indeling van het {report.form_title}, om te vergelijken met het "
            f"landelijke dashboard. In deze periode: {fmt.number(report.visits)} bezoeken en "
            f"{fmt.number(report.questions)} vragen; nog niet overgezet: "
            f"{fmt.number(report.untransferred)} bezoeken.",
            st.BODY,
        )
    )
    if report.empty:
        parts.append(blocks.notice("Geen registraties in deze periode."))
        return parts
    for matrix in report.matrices:
        parts += blocks.section(matrix.title, *blocks.matrix_tables(matrix, "Antwoord"))
    return parts
