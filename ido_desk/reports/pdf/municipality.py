"""The municipality account as a PDF: per municipality its locations, the key figures beside
the year before, the months (a chart with the year before beside it, and the numbers), the
quarters, the topics as a chart, every table with the year before; then the grand total and
the definitions."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from ido_desk.location import SETUPS
from ido_desk.reports import formatting as fmt
from ido_desk.reports.model import Comparison
from ido_desk.reports.municipality import MunicipalityReport, MunicipalitySection
from ido_desk.reports.pdf import blocks, charts
from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.keep import Keep
from ido_desk.reports.pdf.monthly import month_matrix

INTRO = (
    "Verantwoording van het Informatiepunt Digitale Overheid aan de gemeente: hoeveel mensen "
    "zijn geholpen, waarmee en hoe, en hoe zich dat verhoudt tot een jaar eerder. Een bezoek "
    "kan meer vragen hebben. Er worden geen persoonsgegevens vastgelegd."
)


def story(report: MunicipalityReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(
        header, f"Gemeenteverantwoording {header.period_label}"
    )
    parts.append(blocks.text(INTRO, st.BODY))
    if report.empty:
        parts.append(blocks.notice("Geen registraties in deze periode."))
    sections = [*report.sections, *([report.total] if report.total else [])]
    full = False  # a full section printed: the next one starts on a new page
    for section in sections:
        if not section.visits:  # one line, not a section of zeros
            parts += _without_visits(section)
            continue
        if full:
            parts.append(PageBreak())
        parts += _section(section, report.comparison, header.period_label)
        full = True
    return blocks.ending_with_footnotes(parts, report.definitions)


def _title(section: MunicipalitySection) -> str:
    if section.cbs_code:
        return f"Gemeente {section.municipality} ({section.cbs_code})"
    return section.municipality


def _without_visits(section: MunicipalitySection) -> list[Flowable]:
    before = section.key_figures[0].earlier if section.key_figures else ()
    earlier = f" (een jaar eerder: {fmt.number(int(before[0]))})" if before and before[0] else ""
    names = ", ".join(loc.title for loc in section.locations)
    line = f"{_title(section)}: geen bezoeken in deze periode{earlier}. Locaties: {names}."
    return [blocks.text(line, st.BODY), Spacer(1, 4)]


def _section(
    section: MunicipalitySection, comparison: Comparison | None, period: str
) -> list[Flowable]:
    parts: list[Flowable] = [blocks.text(_title(section), st.H1)]
    names = "; ".join(
        f"{loc.title} ({loc.code}, {SETUPS.get(loc.setup, (loc.setup, ''))[0].lower()}"
        + ("; geen bezoeken in deze periode)" if loc.id in section.silent else ")")
        for loc in section.locations
    )
    parts += [blocks.text("Locaties: " + names, st.BODY), Spacer(1, 4)]
    shown = comparison
    if comparison is not None and not section.comparable:
        shown = Comparison(
            comparison.name, comparison.period, "niet vergelijkbaar: veel minder gegevens", False
        )
    parts += blocks.section(
        "Kerncijfers",
        blocks.key_figure_table(section.key_figures, period, [shown] if shown else []),
    )
    if section.visits:
        # the chart with its heading, the month table apart: together they do not fit
        # under the key figures on the first page, which stayed half empty
        parts += blocks.section(
            "Bezoeken per maand" + (", naast een jaar eerder" if comparison else ""),
            charts.trend_chart(section.months, questions=False),
        )
        parts.append(
            Keep([*blocks.matrix_tables(month_matrix(section.months)), *_not_received(section)])
        )
        parts += blocks.section("Per kwartaal", *blocks.matrix_tables(section.quarters))
        topics = next(t for t in section.tables if t.first == "Onderwerp")
        main_topics = tuple(r for r in topics.rows if r.level == 0)
        parts += blocks.section("Vragen per onderwerp", charts.bar_chart(main_topics))
    for table in section.tables:
        if table.rows:
            parts += blocks.section(
                table.title,
                blocks.compared_table(
                    table.rows,
                    table.first,
                    shown,
                    section.comparable,
                    received=not section.nothing_before,
                ),
                keep=len(table.rows) < 30,
            )
    return parts


def _not_received(section: MunicipalitySection) -> list[Flowable]:
    if not section.not_received:
        return []
    lines = "; ".join(section.not_received)
    return [blocks.text(f"Niets ontvangen (geen bezoeken en geen bestand): {lines}.", st.SMALL)]
