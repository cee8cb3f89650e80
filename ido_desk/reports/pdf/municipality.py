"""The municipality report as a PDF: per municipality its locations, then visits and questions
per quarter, by topic and by government level."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from ido_desk.reports.model import MunicipalityReport
from ido_desk.reports.pdf import blocks
from ido_desk.reports.pdf import styles as st

INTRO = (
    "Verantwoording van het Informatiepunt Digitale Overheid aan de gemeente: het aantal "
    "bezoeken en vragen per kwartaal, naar onderwerp en naar de overheidslaag waar de vraag "
    "over ging. Een bezoek kan meer vragen hebben. Er worden geen persoonsgegevens vastgelegd."
)


def story(report: MunicipalityReport) -> list[Flowable]:
    header = report.header
    parts: list[Flowable] = blocks.title_block(
        header, f"Gemeenteverantwoording {header.period.label}"
    )
    parts.append(blocks.text(INTRO, st.BODY))
    if report.empty:
        parts.append(blocks.notice("Geen registraties in deze periode."))
    for number, section in enumerate(report.sections):
        if number:
            parts.append(PageBreak())
        parts.append(blocks.text(f"Gemeente {section.municipality} ({section.cbs_code})", st.H2))
        parts.append(blocks.text("Locaties: " + "; ".join(section.locations), st.BODY))
        parts.append(Spacer(1, 4))
        parts += blocks.section(
            "Bezoeken en vragen per kwartaal", blocks.matrix_table(section.totals)
        )
        if section.topics.rows:
            parts += blocks.section(
                "Vragen per onderwerp",
                blocks.matrix_table(section.topics, "Onderwerp"),
                keep=len(section.topics.rows) < 30,
            )
        if section.levels.rows:
            parts += blocks.section(
                "Vragen per overheidslaag", blocks.matrix_table(section.levels, "Overheidslaag")
            )
    return parts
