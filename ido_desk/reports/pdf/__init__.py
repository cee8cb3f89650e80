"""Reports as print-ready PDFs (ReportLab), one module per report kind (``kinds``): each has
``story(report)`` and says with ``WIDE`` whether its pages are landscape."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from ido_desk.reports.gc_paused import gc_paused
from ido_desk.reports.kinds import part
from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.layout import build_pdf


def render_pdf(report: Any, target: Path | BinaryIO) -> None:
    module = part(report.kind, "pdf")
    pagesize = st.WIDE_PAGE if getattr(module, "WIDE", False) else st.PAGE
    with gc_paused():
        build_pdf(module.story(report), report.header, target, pagesize)
