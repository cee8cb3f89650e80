"""Reports for the branch manager and the coordinator.

Journey: period -> SQL aggregates (``db.queries.reports``) -> a report model (frozen
dataclasses, ``model``) -> a PDF (``pdf``), or its tables as CSV or XLSX (``tables``).
``build_report`` and ``write_report`` are what the window and ``ido-desk report`` call."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.periods import Period
from ido_desk.reports.model import Report
from ido_desk.reports.monthly import monthly_report
from ido_desk.reports.municipality import municipality_report
from ido_desk.reports.national_form import national_totals
from ido_desk.reports.scope import select_locations

Progress = Callable[[int, int, str], None]

KINDS: dict[str, str] = {
    "monthly": "Maandrapport",
    "municipality": "Gemeenteverantwoording",
    "national-form": "Landelijk formulier (totalen per kwartaal)",
}
FORMATS: dict[str, str] = {".pdf": "PDF", ".csv": "CSV", ".xlsx": "Excel (XLSX)"}


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # a key of KINDS
    period: Period
    location: str | None = None  # a location code, "all", or None: the own location


def build_report(desk: Desk, request: ReportRequest, progress: Progress | None = None) -> Report:
    """The report model. ValidationError for an unknown kind or location."""
    if request.kind not in KINDS:
        raise ValidationError(
            "kind", f"Onbekende soort rapport '{request.kind}'. Kies uit: {', '.join(KINDS)}."
        )
    selection = select_locations(desk, request.location)
    if request.kind == "monthly":
        return monthly_report(desk, request.period, selection, progress)
    if request.kind == "municipality":
        return municipality_report(desk, request.period, selection, progress)
    return national_totals(desk, request.period, selection, progress)


def output_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "out",
            f"'{path.name}': het formaat volgt uit de extensie; gebruik .pdf, .csv of .xlsx.",
        )
    return suffix


def write_report(report: Report, path: Path) -> Path:
    """Write the report as PDF, CSV or XLSX (from the extension). The file appears whole or
    not at all: it is written next to its place and then moved there."""
    from ido_desk.reports.pdf import render_pdf
    from ido_desk.reports.tables import report_tables, write_csv, write_xlsx

    suffix = output_format(path)
    if not path.parent.is_dir():
        raise ValidationError("out", f"De map '{path.parent}' bestaat niet.")
    handle, temporary = tempfile.mkstemp(prefix=".ido-desk-", suffix=suffix, dir=path.parent)
    os.close(handle)
    scratch = Path(temporary)
    try:
        if suffix == ".pdf":
            render_pdf(report, scratch)
        elif suffix == ".csv":
            write_csv(report_tables(report), scratch)
        else:
            write_xlsx(report_tables(report), scratch)
        os.replace(scratch, path)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    return path


def export_report(
    desk: Desk, request: ReportRequest, path: Path, progress: Progress | None = None
) -> Path:
    """Build and write in one go (the CLI)."""
    output_format(path)  # fail on a bad extension before any work
    report = build_report(desk, request, progress)
    return write_report(report, path)
