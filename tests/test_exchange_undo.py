"""Undoing imports in sequence: the visits an import added are found by ``visit.import_id``
(no import_change row per added visit), the visits it replaced or deleted come back from their
before-images, and another location's import is never touched."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.history import undo_import
from ido_desk.exchange.importer import import_files
from ido_desk.visits import delete_visit, update_visit
from tests.db_helpers import connect, rows
from tests.exchange_helpers import dump, export, log, yes

DATA = ("visit", "question")  # what undo takes back; a trusted location and its key stay
KEPT = ("location", "trusted_key")


def tables(desk: Desk, names: tuple[str, ...]) -> dict[str, list[tuple[object, ...]]]:
    everything = dump(desk)
    return {name: everything[name] for name in names}


def test_two_imports_undone_last_first_leave_the_database_as_before(
    rijswijk: Desk, delft: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    log(delft, datetime(2026, 10, 5, 11, 0), "digid")
    assert import_files(coordinator, [export(delft, tmp_path / "delft.zip").path], yes)[0].ok
    before = tables(coordinator, DATA)
    a = log(rijswijk, datetime(2026, 10, 1, 10, 0), "digid", "toeslagen")
    b = log(rijswijk, datetime(2026, 10, 2, 10, 0), "belastingen")
    log(rijswijk, datetime(2026, 10, 3, 10, 0), "wonen")
    first = import_files(coordinator, [export(rijswijk, tmp_path / "1.zip").path], yes)[0]
    assert first.ok and first.new == 3, first.message
    after_first = tables(coordinator, DATA + KEPT)
    update_visit(
        rijswijk,
        a,
        VisitDraft(questions=(QuestionDraft("wonen"),), started_at=datetime(2026, 10, 1, 10)),
    )
    delete_visit(rijswijk, b)
    log(rijswijk, datetime(2026, 10, 20, 10, 0), "digid", "wonen")
    log(rijswijk, datetime(2026, 10, 21, 10, 0), "toeslagen")

    second = import_files(coordinator, [export(rijswijk, tmp_path / "2.zip").path])[0]

    assert (second.new, second.updated, second.deleted, second.unchanged) == (2, 1, 1, 1)
    # no undo row per added visit: only the before-images of what was replaced or deleted
    assert sorted(rows(coordinator, "SELECT import_id, action FROM import_change")) == [
        (second.import_id, "deleted"),
        (second.import_id, "updated"),
    ]
    undone = undo_import(coordinator, second.import_id or 0)
    assert (undone.removed, undone.restored) == (2, 2)
    assert tables(coordinator, DATA + KEPT) == after_first

    undone = undo_import(coordinator, first.import_id or 0)
    assert (undone.removed, undone.restored) == (3, 0)
    assert tables(coordinator, DATA) == before  # Delft's visits are all still there
    assert tables(coordinator, KEPT) == {t: after_first[t] for t in KEPT}
    # both files can come in again, in order, as if never imported
    again = [import_files(coordinator, [tmp_path / n])[0] for n in ("1.zip", "2.zip")]
    assert [(r.ok, r.already_imported, r.new) for r in again] == [
        (True, False, 3),
        (True, False, 2),
    ]


def test_an_import_of_an_older_version_is_undone_by_its_added_rows(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    """Before migration 0010 an import named its visits in import_change ('added' rows of
    ids) and left ``visit.import_id`` empty: undo still removes exactly those."""
    before = tables(coordinator, DATA)
    log(rijswijk, datetime(2026, 10, 1, 10, 0), "digid", "toeslagen")
    log(rijswijk, datetime(2026, 10, 2, 10, 0), "belastingen")
    result = import_files(coordinator, [export(rijswijk, tmp_path / "1.zip").path], yes)[0]
    ids = [visit_id for (visit_id,) in rows(coordinator, "SELECT id FROM visit ORDER BY id")]
    with connect(coordinator) as connection:  # as an older version left it
        connection.execute("UPDATE visit SET import_id = NULL")
        connection.execute(
            "INSERT INTO import_change (import_id, visit_id, action, before) "
            "VALUES (?, ?, 'added', ?)",
            (result.import_id, ids[0], json.dumps(ids)),
        )

    undone = undo_import(coordinator, result.import_id or 0)

    assert (undone.removed, undone.restored) == (2, 0)
    assert tables(coordinator, DATA) == before
