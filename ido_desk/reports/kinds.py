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


@dataclass(frozen=True)
class ReportKind:
    key: str  # what --kind takes
    label: str  # Dutch, as the Rapporten tab lists it
    module: str


KINDS: dict[str, ReportKind] = {
    kind.key: kind
    for kind in (
        ReportKind("monthly", "Maandrapport", "monthly"),
        ReportKind("municipality", "Gemeenteverantwoording", "municipality"),
        ReportKind("region", "Regio-overzicht (alle locaties naast elkaar)", "region"),
        ReportKind(
            "national-form", "Landelijk formulier (totalen per kwartaal)", "national_totals"
        ),
    )
}
GROUPS = {"municipality": "gemeente", "province": "provincie", "organisation": "organisatie"}


def kind_named(key: str) -> ReportKind:
    if key not in KINDS:
        raise ValidationError(
            "kind", f"Onbekende soort rapport '{key}'. Kies uit: {', '.join(KINDS)}."
        )
    return KINDS[key]


def part(module: str, layer: str = "") -> ModuleType:
    """The module of a kind: its model builder, or its ``pdf`` or ``tables`` writer."""
    return import_module(".".join(p for p in ("ido_desk.reports", layer, module) if p))
