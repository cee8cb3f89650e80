"""The municipality account's tables: an overview sheet (a row per municipality and the grand
total), then one table per subject with the municipality in every row (never a tab per
municipality), and the long table."""

from __future__ import annotations

from dataclasses import replace

from ido_desk.reports.compare import change
from ido_desk.reports.municipality import MunicipalityReport, MunicipalitySection
from ido_desk.reports.tables.cells import CHANGE_NOTES, Cell, Fact, Table, change_cell, number
from ido_desk.reports.tables.monthly import count_facts, fact, month_facts

SHORT_SHEETS = {
    "Vragen per domein": "Domeinen",
    "Vragen per onderwerp en subonderwerp": "Onderwerpen",
    "Vragen per overheidslaag": "Overheidslagen",
    "Vragen per organisatie, naar overheidslaag": "Organisaties",
    "Vragen per soort hulp": "Hulp",
    "Doorverwijzingen": "Doorverwijzingen",
    "Bezoeken per kanaal": "Kanalen",
    "Bezoeken in of buiten de bibliotheek": "In of buiten de bibliotheek",
}


def _sections(report: MunicipalityReport) -> list[MunicipalitySection]:
    return [*report.sections, *([report.total] if report.total else [])]


def _where(section: MunicipalitySection) -> tuple[str, str]:
    return section.municipality, section.cbs_code


def tables(report: MunicipalityReport) -> tuple[Table, ...]:
    sections = _sections(report)
    earlier = report.comparison.period.label if report.comparison else ""
    first = sections[0].key_figures if sections else ()
    columns: list[str] = ["Gemeente", "CBS-code"]
    for f in first:
        columns.append(f.label + {"minutes": " (min)", "hours": " (uur)"}.get(f.kind, ""))
        if report.comparison:
            columns += [f"{f.label} {earlier}", f"{f.label}: verschil"]
    overview_rows = []
    for s in sections:
        row: list[Cell] = [*_where(s)]
        for f in s.key_figures:
            row.append(number(f.kind, f.value))
            for before, delta in zip(f.earlier, f.changes, strict=True):
                row += [number(f.kind, before), change_cell(delta)]
        overview_rows.append(tuple(row))
    result = [Table("Overzicht per gemeente", tuple(columns), tuple(overview_rows), "Overzicht")]
    result.append(
        Table(
            "Locaties",
            ("Gemeente", "CBS-code", "Locatie", "Locatiecode", "Soort informatiepunt"),
            tuple(
                (*_where(s), loc.title, loc.code, loc.setup)
                for s in report.sections
                for loc in s.locations
            ),
            "Locaties",
        )
    )
    months = ["Gemeente", "CBS-code", "Maand", "Bezoeken", "Vragen"]
    if report.comparison:
        months.append("Bezoeken een jaar eerder")
    result.append(
        Table(
            "Per maand",
            tuple(months),
            tuple(
                (
                    *_where(s),
                    label,
                    None if p.missing else p.visits,  # nothing received: empty, not 0
                    None if p.missing else p.questions,
                    *((p.before,) if report.comparison else ()),
                )
                for s in sections
                for label, p in zip(s.month_labels, s.months, strict=True)
            ),
            "Per maand",
        )
    )
    result.append(
        Table(
            "Per kwartaal",
            ("Gemeente", "CBS-code", "", *sections[0].quarters.columns) if sections else (),
            tuple(
                (*_where(s), row.label, *row.values) for s in sections for row in s.quarters.rows
            ),
            "Per kwartaal",
        )
    )
    if not sections:
        return tuple(result)
    for index, table in enumerate(sections[0].tables):
        heads = ["Gemeente", "CBS-code", table.first, "Aantal", "Aandeel (%)"]
        if report.comparison:
            heads += ["Een jaar eerder", "Verschil (%)"]
        rows = []
        for s in sections:
            parent = ""
            for r in s.tables[index].rows:
                parent = r.label if r.level == 0 else parent
                label = f"{parent} > {r.label}" if r.level else r.label
                line: list[Cell] = [*_where(s), label, r.count, number("percent", r.share)]
                if report.comparison and s.nothing_before:  # nothing received: empty
                    line += [None, None]
                elif report.comparison:
                    line += [
                        r.before or 0,
                        change_cell(change(r.count, r.before or 0, s.comparable)),
                    ]
                rows.append(tuple(line))
        result.append(
            Table(table.title, tuple(heads), tuple(rows), SHORT_SHEETS.get(table.title, ""))
        )
    return tuple(result)


def facts(report: MunicipalityReport) -> list[Fact]:
    header = report.header
    result: list[Fact] = []
    for s in _sections(report):
        codes = ", ".join(loc.code for loc in s.locations)
        where = {
            "location_code": codes,
            "location": "",
            "municipality_code": s.cbs_code,
            "municipality": s.municipality,
        }
        for f in s.key_figures:
            result.append(
                fact(
                    header,
                    **where,
                    dimension="kerncijfer",
                    value=f.label,
                    measure="waarde",
                    number=f.value,
                )
            )
            for before, delta in zip(f.earlier, f.changes, strict=True):
                result.append(
                    fact(
                        header,
                        **where,
                        dimension="kerncijfer",
                        value=f.label,
                        measure="een jaar eerder",
                        number=before,
                    )
                )
                if delta is not None:
                    result.append(
                        fact(
                            header,
                            **where,
                            dimension="kerncijfer",
                            value=f.label,
                            measure="verschil" + (" (pp)" if delta.points else ""),
                            number=delta.value,
                            note=CHANGE_NOTES.get(delta.status, ""),
                        )
                    )
        result += month_facts(header, s.months, where)
        for table in s.tables:
            rows = table.rows
            if s.nothing_before:  # nothing received a year earlier: no count for it
                rows = tuple(replace(r, before=None) for r in rows)
            result += count_facts(header, table.first.lower(), rows, where)
    return result
