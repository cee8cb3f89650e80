"""The one table of report kinds. Each kind is a module name; by that name it has

- ``ido_desk.reports.<module>.build(desk, counted, selection, request, progress)``: the model,
- ``ido_desk.reports.pdf.<module>.story(report)``: its PDF pages (ReportLab), and
- ``ido_desk.reports.tables.<module>.tables(report)``: its tables for CSV and XLSX,

and its model class says ``kind = "<module>"``. The modules are imported only when a report
of that kind is made, so the command line starts without ReportLab or openpyxl."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from types import ModuleType

from ido_desk.errors import ValidationError
from ido_desk.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ReportKind:
    key: str  # what --kind takes
    label: str  # Dutch, as the Rapporten tab lists it (translated there)
    module: str
    every_location: bool = False  # about all locations side by side: "all" unless narrowed


KINDS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind("monthly", QT_TRANSLATE_NOOP("ReportsView", "Maandrapport"), "monthly"),
        ReportKind(
            "municipality",
            QT_TRANSLATE_NOOP("ReportsView", "Gemeenteverantwoording"),
            "municipality",
            every_location=True,
        ),
        ReportKind(
            "region",
            QT_TRANSLATE_NOOP("ReportsView", "Regio-overzicht (alle locaties naast elkaar)"),
            "region",
            every_location=True,
        ),
        ReportKind(
            "national-form",
            QT_TRANSLATE_NOOP("ReportsView", "Landelijk formulier (totalen per kwartaal)"),
            "national_totals",
        ),
    )
}
GROUPS = {  # the Rapporten tab shows "per gemeente"
    "municipality": QT_TRANSLATE_NOOP("ReportsView", "gemeente"),
    "province": QT_TRANSLATE_NOOP("ReportsView", "provincie"),
    "organisation": QT_TRANSLATE_NOOP("ReportsView", "organisatie"),
}


def kind_named(key: str) -> ReportKind:
    if key not in KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("core", "Onbekende soort rapport '{key}'. Kies uit: {kinds}.").format(
                key=key, kinds=", ".join(KINDS)
            ),
        )
    return KINDS[key]


def part(module: str, layer: str = "") -> ModuleType:
    """The module of a kind: its model builder, or its ``pdf`` or ``tables`` writer."""
    return import_module(".".join(p for p in ("ido_desk.reports", layer, module) if p))
