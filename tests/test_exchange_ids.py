"""An export names each visit by its hour id: the id's timestamp says the hour, never the
minute the visit was saved (DESIGN.md: what leaves the branch carries date and hour only)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.exchange import format as fmt
from ido_desk.exchange.export import export_period
from ido_desk.exchange.importer import import_files
from ido_desk.ids import hour_id, id_timestamp_ms
from ido_desk.visits import delete_visit
from tests.db_helpers import rows
from tests.exchange_helpers import RIJSWIJK, export, log, open_branch, yes


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[Desk]:
    desk = open_branch(tmp_path / "branch", RIJSWIJK)
    yield desk
    desk.close()


def exported_ids(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        lines = archive.read(fmt.VISITS).decode().splitlines()
    return [json.loads(line)["id"] for line in lines]


def test_no_exported_id_reveals_the_minute_it_was_saved(branch: Desk, tmp_path: Path) -> None:
    saved = [log(branch, datetime(2026, 10, day, 10, 0)) for day in (1, 2, 3, 4)]
    delete_visit(branch, saved[1])  # a tombstone goes by its hour id too

    ids = exported_ids(export(branch, tmp_path / "a.zip").path)

    assert any(id_timestamp_ms(visit_id) % 3_600_000 for visit_id in saved)  # the test can fail
    assert all(id_timestamp_ms(visit_id) % 3_600_000 == 0 for visit_id in ids)
    assert ids == sorted(hour_id(visit_id) for visit_id in saved)  # ascending, as readers need
    assert not set(ids) & set(saved)


def test_exporting_twice_gives_the_same_ids_and_imports_once(
    branch: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    for day in (1, 2, 3):
        log(branch, datetime(2026, 10, day, 10, 0))
    first = export(branch, tmp_path / "first.zip").path
    log(branch, datetime(2026, 10, 4, 10, 0))
    second = export(branch, tmp_path / "second.zip").path

    assert exported_ids(first) == [i for i in exported_ids(second) if i in exported_ids(first)]
    one = import_files(coordinator, [first], confirm_key=yes)[0]
    two = import_files(coordinator, [second], confirm_key=yes)[0]

    assert (one.new, one.unchanged) == (3, 0)
    assert (two.new, two.updated, two.deleted, two.unchanged) == (1, 0, 0, 3)
    stored = [visit_id for (visit_id,) in rows(coordinator, "SELECT id FROM visit ORDER BY id")]
    assert stored == exported_ids(second)


def test_a_path_ending_in_a_separator_names_a_folder(branch: Desk, tmp_path: Path) -> None:
    log(branch, datetime(2026, 10, 1, 10, 0))
    with pytest.raises(ValidationError, match=f"De map {tmp_path / 'nieuw'} bestaat niet"):
        export_period(branch, date(2026, 10, 1), date(2026, 11, 1), f"{tmp_path / 'nieuw'}/")
    with pytest.raises(ValidationError, match="bestaat niet"):
        export_period(branch, date(2026, 10, 1), date(2026, 11, 1), tmp_path / "a" / "b.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch"]

    done = export_period(branch, date(2026, 10, 1), date(2026, 11, 1), f"{tmp_path}/")
    assert done.path.parent == tmp_path and done.path.name.startswith("ido-export-")
