"""The report journey, one service per step: a request (kind, period, which locations) ->
``build_report`` (SQL aggregates -> a model holding numbers) -> ``write_report`` (PDF, CSV,
XLSX; the writers format) or ``preview_report`` (the model and its PDF in one operation, for
the window). ``export_report`` builds and writes in one go (``ido-desk report``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.files import replacing
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.periods import Period
from ido_desk.reports.compare import counted_period
from ido_desk.reports.kinds import GROUPS, kind_named, part
from ido_desk.reports.scope import LocationFilter, select_locations
from ido_desk.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]
Report = Any  # a model of one of the kinds (MonthlyReport, MunicipalityReport, ...)

FORMATS: dict[str, str] = {".pdf": "PDF", ".csv": "CSV", ".xlsx": "Excel (XLSX)"}
LAYOUTS = ("readable", "long")  # long: one tidy table (a row per location x period x value)
LONG_SUFFIX = ".long.csv"


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # a key of kinds.KINDS
    period: Period
    location: LocationFilter | str | None = None  # a filter, a location code, "all" or None
    group: str = "municipality"  # the regional report: a key of kinds.GROUPS


@dataclass(frozen=True)
class Preview:
    report: Report
    pdf: Path
    summary: str  # "Bibliotheek Rijswijk, Huis van de Stad, oktober 2026"


def build_report(desk: Desk, request: ReportRequest, progress: Progress | None = None) -> Report:
    """The report model. ValidationError for an unknown kind, location, group or filter, or a
    period in the future."""
    kind = kind_named(request.kind)
    if request.group not in GROUPS:
        raise ValidationError(
            "group",
            QT_TRANSLATE_NOOP("core", "Onbekende groepering '{group}'. Kies uit: {groups}.").format(
                group=request.group, groups=", ".join(GROUPS)
            ),
        )
    counted = counted_period(request.period, desk.clock().date())
    selection = select_locations(desk, request.location)
    return part(kind.module).build(desk, counted, selection, request, progress)


def preview_report(
    desk: Desk, request: ReportRequest, target: Path, progress: Progress | None = None
) -> Preview:
    """Build the report and render its PDF to ``target``: what the Rapporten tab shows."""
    from ido_desk.reports.pdf import render_pdf

    report = build_report(desk, request, progress)
    if progress:
        progress(9, 10, QT_TRANSLATE_NOOP("core", "PDF opmaken"))
    render_pdf(report, target)
    header = report.header
    return Preview(report, target, f"{header.location}, {header.period_label}")


def output_format(path: Path, layout: str = "readable") -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP(
                "core", "'{name}': het formaat volgt uit de extensie; gebruik .pdf, .csv of .xlsx."
            ).format(name=path.name),
        )
    if layout not in LAYOUTS:
        raise ValidationError(
            "format",
            QT_TRANSLATE_NOOP("core", "Onbekend formaat '{layout}'; kies readable of long.").format(
                layout=layout
            ),
        )
    if layout == "long" and suffix == ".pdf":
        raise ValidationError(
            "format", QT_TRANSLATE_NOOP("core", "--format long schrijft .csv of .xlsx, geen .pdf.")
        )
    return suffix


def write_report(report: Report, path: Path, layout: str = "readable") -> Path:
    """Write the report as PDF, CSV or XLSX (from the extension); ``layout`` "long" (or a
    name ending in .long.csv) writes the one tidy table instead of the readable tables."""
    if path.name.lower().endswith(LONG_SUFFIX):
        layout = "long"
    suffix = output_format(path, layout)
    if not path.parent.is_dir():
        raise ValidationError(
            "out",
            QT_TRANSLATE_NOOP("core", "De map '{parent}' bestaat niet.").format(parent=path.parent),
        )

    def write(scratch: Path) -> None:
        if suffix == ".pdf":
            from ido_desk.reports.pdf import render_pdf

            render_pdf(report, scratch)
            return
        from ido_desk.reports.tables import write

        write.write_tables(report, scratch, long_only=layout == "long", as_csv=suffix == ".csv")

    return write_file(path, write)


def save_preview(preview_pdf: Path, path: Path) -> Path:
    """The PDF already shown in the preview, saved under the user's name (not built again)."""

    def copy(scratch: Path) -> None:
        shutil.copyfile(preview_pdf, scratch)

    return write_file(path, copy)


def write_file(path: Path, write: Callable[[Path], None]) -> Path:
    """The file appears whole or not at all, and a file open in another program (a report
    still in Acrobat or Excel) is named in the message (db.files.replacing)."""
    with replacing(path) as scratch:
        write(scratch)
    return path


def export_report(
    desk: Desk,
    request: ReportRequest,
    path: Path,
    progress: Progress | None = None,
    layout: str = "readable",
) -> Path:
    """Build and write in one go (the CLI)."""
    output_format(path, "long" if path.name.lower().endswith(LONG_SUFFIX) else layout)
    report = build_report(desk, request, progress)
    return write_report(report, path, layout)
