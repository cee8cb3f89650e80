"""Changing a logged visit on a real database: edit, delete, undo, and what each leaves in the
audit log."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from ido_desk.desk import Desk
from ido_desk.errors import NotFound, ValidationError
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.visit_reading import day_totals, get_visit, list_visits
from ido_desk.visits import (
    delete_visit,
    record_visit,
    undo_visit,
    update_visit,
)
from tests.conftest import Clock
from tests.visit_helpers import NOW, TODAY, audit, count, draft, one, questions


def test_an_edit_raises_the_revision_and_is_audited(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid_activeren", duration_min=10))
    clock.now = NOW + timedelta(minutes=5)
    update_visit(
        desk,
        visit_id,
        draft("toeslagen", "belastingen", duration_min=25, channel="afspraak", started_at=NOW),
    )
    row = one(desk, "SELECT * FROM visit WHERE id = ?", visit_id)
    assert (row["revision"], row["duration_min"], row["entry"]) == (2, 25, "live")
    assert row["updated_at"] == "2026-11-03 10:35:00.000000"
    assert row["created_at"] == "2026-11-03 10:30:00.000000"
    assert [q[2] for q in questions(desk, visit_id)] == ["toeslagen", "belastingen"]
    [entry] = audit(desk)
    assert (entry["action"], entry["entity_id"], entry["role"]) == ("edit", visit_id, "balie")
    assert entry["at"] == "2026-11-03 10:35:00.000000"
    before, after = json.loads(entry["before"]), json.loads(entry["after"])
    assert (before["revision"], after["revision"]) == (1, 2)
    assert (before["duration_min"], after["duration_min"]) == (10, 25)
    assert len(before["questions"]) == 1 and len(after["questions"]) == 2
    assert "note" not in before and "note" not in after  # personal text stays out of the log


def test_moving_a_live_visit_in_time_marks_it_back_dated(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid"))
    update_visit(desk, visit_id, draft("digid", started_at=datetime(2026, 11, 3, 9, 0)))
    row = one(desk, "SELECT started_at, entry FROM visit WHERE id = ?", visit_id)
    assert (row["started_at"], row["entry"]) == ("2026-11-03 09:00:00.000000", "backdated")


def test_an_edit_without_a_start_time_keeps_the_visits(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid", started_at=datetime(2026, 11, 3, 10, 0)))
    clock.now = NOW + timedelta(hours=2)
    update_visit(desk, visit_id, draft("toeslagen"))
    row = one(desk, "SELECT started_at, entry, revision FROM visit WHERE id = ?", visit_id)
    assert (row["started_at"], row["entry"], row["revision"]) == (
        "2026-11-03 10:00:00.000000",
        "live",
        2,
    )


def test_an_edit_that_fails_validation_changes_nothing(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid", duration_min=10))
    with pytest.raises(ValidationError):
        update_visit(desk, visit_id, draft("digid", duration_min=0))
    with pytest.raises(PrivacyError):
        update_visit(desk, visit_id, draft("digid", note="mail jan@example.nl"))
    assert one(desk, "SELECT revision, duration_min FROM visit")[:] == (1, 10)
    assert audit(desk) == []


def test_delete_leaves_a_tombstone_and_an_audit_row(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid", note="tweede bezoek"))
    clock.now = NOW + timedelta(minutes=3)
    delete_visit(desk, visit_id)
    row = one(desk, "SELECT * FROM visit WHERE id = ?", visit_id)
    assert row["deleted_at"] == "2026-11-03 10:33:00.000000"
    assert (row["revision"], row["note"]) == (2, None)
    assert row["updated_at"] == row["deleted_at"]
    assert count(desk, "question") == 1  # the tombstone keeps its questions for exports
    [entry] = audit(desk)
    assert entry["action"] == "delete" and entry["after"] is None
    assert json.loads(entry["before"])["revision"] == 1
    assert list_visits(desk, TODAY) == []
    assert day_totals(desk, TODAY) == (0, 0)
    with pytest.raises(NotFound):
        get_visit(desk, visit_id)
    with pytest.raises(NotFound):
        delete_visit(desk, visit_id)
    with pytest.raises(NotFound):
        update_visit(desk, visit_id, draft("digid"))


def test_undo_takes_a_fresh_visit_back_entirely(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid", "toeslagen"))
    clock.now = NOW + timedelta(seconds=20)
    undo_visit(desk, visit_id)
    assert count(desk, "visit") == 0 and count(desk, "question") == 0
    [entry] = audit(desk)
    assert (entry["action"], entry["entity_id"], entry["after"]) == ("undo", visit_id, None)
    assert len(json.loads(entry["before"])["questions"]) == 2
    with pytest.raises(NotFound):
        undo_visit(desk, visit_id)


def test_undo_is_only_for_moments_after_saving(desk: Desk, clock: Clock) -> None:
    late = record_visit(desk, draft("digid"))
    clock.now = NOW + timedelta(minutes=2)
    with pytest.raises(ValidationError) as refused:
        undo_visit(desk, late)
    assert refused.value.field == "undo" and "verwijder" in refused.value.message
    edited = record_visit(desk, draft("digid"))
    update_visit(desk, edited, draft("digid", duration_min=5))
    with pytest.raises(ValidationError):
        undo_visit(desk, edited)
    assert count(desk, "visit") == 2
