"""The monthly report as a PDF: title block, key figures, trend, topics, organisations, help,
channels, referrals, the weekday x hour heatmap and the definitions."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from ido_desk.reports.model import PERIOD_HEADINGS, YEAR_BEFORE, Matrix, MatrixRow, TrendPoint
from ido_desk.reports.monthly import MonthlyReport
from ido_desk.reports.pdf import blocks, charts
from ido_desk.reports.pdf import styles as st

EMPTY = "Geen registraties in deze periode."


def heading(report: MonthlyReport) -> str:
    header = report.header
    return f"{PERIOD_HEADINGS.get(header.period.kind, 'Rapport')} {header.period_label}"


def month_matrix(points: Sequence[TrendPoint]) -> Matrix:
    """Visits and questions per month, and the visits of the same month a year earlier; a
    month nothing was received for (then or a year earlier) is a dash, not a zero."""
    rows: list[tuple[str, list[int | None]]] = [
        ("Bezoeken", [None if p.missing else p.visits for p in points]),
        ("Vragen", [None if p.missing else p.questions for p in points]),
    ]
    if any(p.before is not None for p in points):
        rows.append((YEAR_BEFORE, [None if p.before_missing else p.before or 0 for p in points]))
    return Matrix(
        "Per maand",
        (*(charts.trend_label(p) for p in points), "Totaal"),
        tuple(MatrixRow(label, (*values, _total(values))) for label, values in rows),
    )


def _total(values: Sequence[int | None]) -> int | None:
    """A row's total; a dash when every month of it is one (nothing received at all)."""
    return None if values and all(v is None for v in values) else sum(v or 0 for v in values)


def story(report: MonthlyReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(header, heading(report))
    year = header.period.kind == "year"
    trend = blocks.section(
        "Per maand, naast het jaar ervoor" if year else "Verloop over twaalf maanden",
        charts.trend_chart(report.trend),
        *(blocks.matrix_tables(month_matrix(report.trend)) if year else []),
    )
    if report.empty:
        parts.append(
            blocks.notice(
                f"{EMPTY} Voor {header.location} zijn in {header.period_label} geen bezoeken "
                "geregistreerd."
            )
        )
        if any(point.visits for point in report.trend):
            parts += trend
        parts += [Spacer(1, 10), *blocks.footnotes(report.definitions)]
        return parts
    parts += blocks.section(
        "Kerncijfers",
        blocks.key_figure_table(report.key_figures, header.period_label, report.comparisons),
    )
    parts += trend
    parts += blocks.section(
        "Vragen per onderwerp", charts.bar_chart(report.topics), keep=len(report.topics) < 40
    )
    parts += blocks.section(
        "Vragen per organisatie, naar overheidslaag",
        charts.bar_chart(report.organisations),
        keep=len(report.organisations) < 40,
    )
    parts += blocks.section("Vragen per soort hulp", charts.bar_chart(report.helps))
    parts += blocks.section("Bezoeken per kanaal", charts.bar_chart(report.channels))
    if report.referrals:
        parts += blocks.section(
            "Doorverwijzingen",
            blocks.count_table(report.referrals, "Doorverwezen naar", note="Soort"),
        )
    else:
        parts += blocks.section(
            "Doorverwijzingen", blocks.text("Er is in deze periode niet doorverwezen.")
        )
    parts += blocks.section(
        "Wanneer komen bezoekers? (bezoeken per dag en uur)",
        charts.heatmap(report.heatmap),
        Spacer(1, 3),
        blocks.text(
            "Hoe donkerder het vak, hoe drukker het uur. Gebruik dit voor de bezetting.", st.SMALL
        ),
    )
    return blocks.ending_with_footnotes(parts, report.definitions)
