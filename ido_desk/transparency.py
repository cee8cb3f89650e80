"""Transparency: everything the database holds about visits, as one CSV file, so the manager
can show anyone (a visitor, the privacy officer) what is stored and what is not.

One row per question, with every column of the visit and of the question as it is in the
database (deleted visits and their tombstones included), and next to every reference to a
list or the location its code and Dutch label. The columns are read from the schema, so a
column added later shows up without a change here. One is named for what it says rather than
as it is stored: ``visit.import_id`` is ``visit.added_by_import``, the number of the import
(``ido-desk import --history``) that brought the visit in at the coordinator, with that
import's file name next to it (empty for a visit logged here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import aliased

from db.files import replacing
from db.models import LIST_MODELS, ImportRecord, Location, Question, Visit
from db.queries.visible import visible
from ido_desk.csv_safe import CSV_ENCODING, csv_writer, neutralise
from ido_desk.desk import Desk
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP

NEVER_STORED = QT_TRANSLATE_NOOP(
    "core",
    "Nooit opgeslagen: naam, BSN, geboortedatum, adres, telefoonnummer, e-mailadres, IBAN, "
    "DigiD- of accountgegevens.",
)

_REFERENCED: dict[str, Any] = {
    model.__table__.name: model  # type: ignore[attr-defined]
    for model in LIST_MODELS.values()
}
_REFERENCED[Location.__tablename__] = Location


def _columns_with_labels(table: Any, prefix: str) -> tuple[list[str], list[Any], list[Any]]:
    """(header, selected columns, outer joins) for every column of ``table``; a reference to
    a list or the location adds its code and label."""
    header: list[str] = []
    selected: list[Any] = []
    joins: list[Any] = []
    for column in table.columns:
        if column is Visit.__table__.c.import_id:
            imported = aliased(ImportRecord, name="visit_import_ref")
            header += [f"{prefix}.added_by_import", f"{prefix}.added_by_import_file"]
            selected += [column, imported.file_name]
            joins.append((imported, column == imported.id))
            continue
        header.append(f"{prefix}.{column.name}")
        selected.append(column)
        targets = [fk.column.table.name for fk in column.foreign_keys]
        model = _REFERENCED.get(targets[0]) if targets else None
        if model is None:
            continue
        alias = aliased(model, name=f"{prefix}_{column.name}_ref")
        label = alias.name if model is Location else alias.label_nl
        name = column.name.removesuffix("_id")
        header += [f"{prefix}.{name}_code", f"{prefix}.{name}_label"]
        selected += [alias.code, label]
        joins.append((alias, column == alias.id))
    return header, selected, joins


def _query() -> tuple[list[str], Select[Any]]:
    visit_header, visit_cols, visit_joins = _columns_with_labels(Visit.__table__, "visit")
    question_header, question_cols, question_joins = _columns_with_labels(
        Question.__table__, "question"
    )
    query = select(*visit_cols, *question_cols).select_from(Visit)
    query = query.outerjoin(Question, Question.visit_id == Visit.id)
    for alias, on in [*visit_joins, *question_joins]:
        condition: ColumnElement[bool] = on
        query = query.outerjoin(alias, condition)
    query = query.where(visible(Visit.import_id)).order_by(Visit.id, Question.position)
    return visit_header + question_header, query


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, bool):
        return int(value)
    return value


def transparency_rows(desk: Desk) -> Iterator[list[Any]]:
    """The header, then one row per question (a visit without questions gets one row)."""
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Alle gegevens over bezoeken exporteren"))
    header, query = _query()
    yield header
    with desk.db.session() as session:
        for row in session.execute(query.execution_options(yield_per=1000)):
            yield [_cell(value) for value in row]


def export_everything(desk: Desk, out: Path) -> int:
    """Write the transparency CSV to ``out`` (complete or not at all); returns the number of
    rows below the header."""
    rows = transparency_rows(desk)
    header = next(rows)  # checks the role before a file is touched
    count = 0
    with replacing(out) as partial, partial.open("w", newline="", encoding=CSV_ENCODING) as handle:
        writer = csv_writer(handle)
        writer.writerow(header)
        for row in rows:  # text a spreadsheet would run as a formula gets an apostrophe
            writer.writerow([neutralise(value) for value in row])
            count += 1
    return count


def stored_columns() -> list[str]:
    """Every column the CSV carries, for the explanation shown next to the export."""
    return _query()[0]
