"""Branch to coordinator, end to end: export -> verify, stage, apply -> reports and overview."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Topic
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.history import import_history, undo_import
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import own_fingerprint, own_key, read_key_file, write_key_file
from ido_desk.exchange.overview import regional_overview
from ido_desk.ids import hour_id
from ido_desk.periods import parse_period
from ido_desk.reports.service import ReportRequest, build_report
from ido_desk.visits import delete_visit, update_visit
from tests.db_helpers import rows
from tests.exchange_helpers import (
    DELFT_ZUID,
    OCTOBER,
    dump,
    export,
    log,
    open_branch,
    yes,
)


def monthly_visits(desk: Desk, location: str | None) -> int:
    report = build_report(desk, ReportRequest("monthly", parse_period("2026-10"), location))
    return int(report.visits)  # type: ignore[attr-defined]


def test_two_branches_add_up_at_the_coordinator(
    rijswijk: Desk, delft: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    log(rijswijk, datetime(2026, 10, 1, 14, 37), "digid_activeren", note="Komt dinsdag terug")
    log(rijswijk, datetime(2026, 10, 2, 9, 5), "toeslagen", "belastingen", help="samen")
    gone = log(rijswijk, datetime(2026, 10, 3, 11, 0), "digid")
    delete_visit(rijswijk, gone)
    log(rijswijk, datetime(2026, 9, 30, 16, 0), "digid")  # outside the period
    for day in (5, 6, 7):
        log(delft, datetime(2026, 10, day, 13, 59), "belastingen")
    files = [export(rijswijk, tmp_path), export(delft, tmp_path)]

    results = import_files(coordinator, [f.path for f in files], confirm_key=yes)

    assert [r.ok for r in results] == [True, True], [r.message for r in results]
    assert (results[0].new, results[0].unchanged, results[1].new) == (2, 1, 3)
    branch_total = monthly_visits(rijswijk, None) + monthly_visits(delft, None)
    assert branch_total == 5
    assert monthly_visits(coordinator, "all") == branch_total
    for branch, code in ((rijswijk, files[0].location_code), (delft, files[1].location_code)):
        assert monthly_visits(coordinator, code) == monthly_visits(branch, None)
    # questions arrive with their codes; times carry the hour only; notes never leave
    assert rows(coordinator, "SELECT count(*) FROM question") == [
        (1 + 2 + 3,)
    ]  # a tombstone has none
    assert {row[0][14:] for row in rows(coordinator, "SELECT started_at FROM visit")} == {
        "00:00.000000"
    }
    assert rows(coordinator, "SELECT count(*) FROM visit WHERE note IS NOT NULL") == [(0,)]
    with zipfile.ZipFile(files[0].path) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"dinsdag" not in everything
    assert b"14:37" not in everything and b"T14" in everything
    assert rows(coordinator, "SELECT code, is_own FROM location ORDER BY code") == [
        (files[1].location_code, 0),
        (files[0].location_code, 0),
    ]


def test_the_same_file_twice_changes_nothing_and_says_so(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    log(rijswijk, datetime(2026, 10, 1, 10, 0))
    file = export(rijswijk, tmp_path).path
    import_files(coordinator, [file], confirm_key=yes)
    before = dump(coordinator)

    again = import_files(coordinator, [file], confirm_key=yes)[0]

    assert again.ok and again.already_imported
    assert "al ingelezen" in again.message and "niets veranderd" in again.message
    assert dump(coordinator) == before


def test_overlapping_periods_merge_by_visit_id_higher_revision_wins(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    # outside the branch a visit goes by its hour id
    kept = hour_id(log(rijswijk, datetime(2026, 10, 1, 10, 0), "digid"))
    changed_here = log(rijswijk, datetime(2026, 10, 2, 10, 0), "digid")
    removed_here = log(rijswijk, datetime(2026, 10, 3, 10, 0), "digid")
    changed, removed = hour_id(changed_here), hour_id(removed_here)
    old = export(rijswijk, tmp_path / "old.zip").path
    update_visit(
        rijswijk,
        changed_here,
        VisitDraft(questions=(QuestionDraft("belastingen"),), started_at=datetime(2026, 10, 2, 15)),
    )
    delete_visit(rijswijk, removed_here)
    log(rijswijk, datetime(2026, 11, 2, 10, 0), "toeslagen")
    new = export(rijswijk, tmp_path / "new.zip", (date(2026, 10, 1), date(2026, 12, 1))).path

    first = import_files(coordinator, [new], confirm_key=yes)[0]
    later_old = import_files(coordinator, [old], confirm_key=yes)[0]

    assert (first.new, first.updated, first.deleted, first.unchanged) == (3, 0, 0, 1)
    assert (later_old.new, later_old.updated, later_old.deleted, later_old.unchanged) == (
        0,
        0,
        0,
        3,
    )
    live = rows(coordinator, "SELECT id, revision FROM visit WHERE deleted_at IS NULL ORDER BY id")
    assert len(live) == 3 and {kept, changed} <= {v for v, _r in live}
    assert removed not in [v for v, _r in live]
    topic = rows(
        coordinator,
        "SELECT t.code FROM question q JOIN topic t ON t.id = q.topic_id WHERE q.visit_id = ?",
        changed,
    )
    assert topic == [("belastingen",)]


def test_tombstones_delete_and_updates_replace_and_undo_puts_it_all_back(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    a = log(rijswijk, datetime(2026, 10, 1, 10, 0), "digid")
    b = log(rijswijk, datetime(2026, 10, 2, 10, 0), "digid")
    import_files(coordinator, [export(rijswijk, tmp_path / "1.zip").path], confirm_key=yes)
    before = dump(coordinator)
    update_visit(
        rijswijk,
        a,
        VisitDraft(questions=(QuestionDraft("wonen"),), started_at=datetime(2026, 10, 1)),
    )
    delete_visit(rijswijk, b)
    log(rijswijk, datetime(2026, 10, 20, 10, 0), "digid")

    second = import_files(coordinator, [export(rijswijk, tmp_path / "2.zip").path])[0]

    assert (second.new, second.updated, second.deleted, second.unchanged) == (1, 1, 1, 0)
    assert rows(coordinator, "SELECT count(*) FROM visit WHERE deleted_at IS NULL") == [(2,)]
    history = import_history(coordinator)
    assert [(h.id, h.new, h.updated, h.deleted) for h in history] == [(2, 1, 1, 1), (1, 2, 0, 0)]

    with pytest.raises(Exception, match="eerst"):
        undo_import(coordinator, 1)  # a later import of the same location is still in force
    undone = undo_import(coordinator, second.import_id or 0)

    assert (undone.removed, undone.restored) == (1, 2)
    after = dump(coordinator)
    for table in ("visit", "question", "location", "trusted_key"):
        assert after[table] == before[table], table
    assert import_history(coordinator)[0].undone_at is not None
    # once undone, the same file may be imported again
    again = import_files(coordinator, [tmp_path / "2.zip"])[0]
    assert again.ok and not again.already_imported and again.updated == 1


def test_unknown_list_codes_are_added_from_the_files_labels(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    with rijswijk.db.session() as session:
        digid = session.scalar(select(Topic).where(Topic.code == "digid"))
        assert digid is not None
        session.add(
            Topic(code="digid_buitenland", label_nl="DigiD in het buitenland",
                  label_en="DigiD abroad", parent_id=digid.id, domain_id=digid.domain_id)
        )  # fmt: skip
    rijswijk.lists_changed()
    log(rijswijk, datetime(2026, 10, 1, 10, 0), "digid_buitenland")

    result = import_files(coordinator, [export(rijswijk, tmp_path).path], confirm_key=yes)[0]

    assert result.ok, result.message
    assert rows(
        coordinator,
        "SELECT t.label_nl, p.code FROM topic t JOIN topic p ON p.id = t.parent_id "
        "WHERE t.code = 'digid_buitenland'",
    ) == [("DigiD in het buitenland", "digid")]
    assert coordinator.catalogue.topics.get("digid_buitenland") is not None


def test_a_key_file_trusts_a_location_without_asking(
    rijswijk: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    log(rijswijk, datetime(2026, 10, 1, 10, 0))
    key = write_key_file(rijswijk.paths, "GM0603-huis-van-de-stad", tmp_path / "rijswijk.key")
    asked: list[object] = []

    result = import_files(
        coordinator,
        [export(rijswijk, tmp_path).path],
        confirm_key=lambda q: asked.append(q) or False,
        key_files=[read_key_file(tmp_path / "rijswijk.key")],
    )[0]

    assert result.ok and asked == []
    assert key.fingerprint == own_fingerprint(rijswijk.paths)
    assert rows(coordinator, "SELECT fingerprint, source FROM trusted_key") == [
        (key.fingerprint, "key-file")
    ]


def test_the_key_is_private_to_the_installation(rijswijk: Desk) -> None:
    first = own_fingerprint(rijswijk.paths)
    key_file = rijswijk.paths.data_dir / "keys" / "ed25519.pem"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.parent.stat().st_mode & 0o777 == 0o700
    assert own_fingerprint(rijswijk.paths) == first
    assert len(first.split()) == 8


def test_the_overview_marks_months_nothing_arrived_for(
    rijswijk: Desk, delft: Desk, coordinator: Desk, tmp_path: Path
) -> None:
    zuid = open_branch(tmp_path / "zuid", DELFT_ZUID)
    log(rijswijk, datetime(2026, 10, 1, 10, 0))
    log(rijswijk, datetime(2026, 10, 2, 10, 0))
    log(delft, datetime(2026, 9, 10, 10, 0))
    log(zuid, datetime(2026, 9, 11, 10, 0))
    files = [
        export(rijswijk, tmp_path / "r.zip"),  # October only
        export(delft, tmp_path / "d.zip", (date(2026, 9, 1), date(2026, 11, 1))),
        export(zuid, tmp_path / "z.zip", (date(2026, 9, 1), date(2026, 10, 1))),
    ]
    zuid.close()
    import_files(coordinator, [f.path for f in files], confirm_key=yes)

    overview = regional_overview(coordinator, date(2026, 9, 1), date(2026, 11, 1))

    grid = {
        row.code: [(cell.visits, cell.missing) for cell in row.cells] for row in overview.locations
    }
    # November 2026 is still running (the clock says 3 November): never missing yet
    assert grid[files[0].location_code] == [(0, True), (2, False), (0, False)]
    assert grid[files[1].location_code] == [(1, False), (0, False), (0, False)]
    assert grid[files[2].location_code] == [(1, False), (0, True), (0, False)]
    assert [[c.running for c in row.cells] for row in overview.locations] == [
        [False, False, True]
    ] * 3
    totals = {m.cbs_code: (m.locations, m.visits) for m in overview.municipalities}
    assert totals == {"GM0503": (2, 2), "GM0603": (1, 2)}
    assert overview.total == 4


def test_the_own_location_has_a_month_only_when_it_logged_in_it(rijswijk: Desk) -> None:
    """At a hub that logs visits itself, as at a branch: an ended month without a visit of
    the own location is nothing received, not a zero that reads as a quiet month."""
    log(rijswijk, datetime(2026, 10, 1, 10, 0))
    log(rijswijk, datetime(2026, 10, 2, 10, 0))
    overview = regional_overview(rijswijk, date(2026, 8, 1), date(2026, 11, 1))
    [own] = overview.locations
    assert own.is_own
    assert [(cell.visits, cell.missing, cell.received) for cell in own.cells] == [
        (0, True, False),
        (0, True, False),
        (2, False, True),
        (0, False, False),  # November runs: not missing yet
    ]
    assert own.missing_months == 2


def test_period_must_not_be_empty(rijswijk: Desk, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="periode is leeg"):
        export(rijswijk, tmp_path, (OCTOBER[1], OCTOBER[0]))


def test_any_valid_json_layout_reads_the_same(rijswijk: Desk, tmp_path: Path) -> None:
    """A writer may lay its JSON out differently (spaces, key order): the result is the same
    as for the compact layout IDO Desk writes."""
    from tests.exchange_helpers import rebuild

    for day in (1, 2, 3, 4):
        log(rijswijk, datetime(2026, 10, day, 10, 0), "digid_activeren", "belastingen")
    compact = export(rijswijk, tmp_path / "compact.zip").path

    def relayout(content: dict[str, bytes]) -> None:
        rows_ = [json.loads(line) for line in content["visits.jsonl"].decode().splitlines()]
        content["visits.jsonl"] = "".join(
            json.dumps(dict(reversed(list(row.items())))) + "\n" for row in rows_
        ).encode()

    spaced = rebuild(compact, tmp_path / "spaced.zip", own_key(rijswijk.paths), relayout)
    results = []
    for n, file in enumerate((compact, spaced)):
        coordinator = open_branch(tmp_path / f"coordinator-{n}", None)
        assert import_files(coordinator, [file], confirm_key=yes)[0].ok
        results.append(
            rows(coordinator, "SELECT id, started_at, duration_min, channel_id, entry FROM visit")
            + rows(coordinator, "SELECT visit_id, position, topic_id, subtopic_id FROM question")
        )
        coordinator.close()
    assert results[0] == results[1] and len(results[0]) == 4 + 8
