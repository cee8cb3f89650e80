"""Reports as print-ready A4 PDFs (ReportLab), one module per report kind."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ido_desk.reports.model import MonthlyReport, MunicipalityReport, Report
from ido_desk.reports.pdf import monthly, municipality, national_form
from ido_desk.reports.pdf.layout import build_pdf


def render_pdf(report: Report, target: Path | BinaryIO) -> None:
    if isinstance(report, MonthlyReport):
        story = monthly.story(report)
    elif isinstance(report, MunicipalityReport):
        story = municipality.story(report)
    else:
        story = national_form.story(report)
    build_pdf(story, report.header, target)
