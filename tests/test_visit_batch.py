"""A tally sheet on a real database: many batch-marked visits at once, and what a batch may
not hold."""

from __future__ import annotations

from datetime import date, time

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.visit_reading import day_totals, list_visits
from ido_desk.visits import record_batch
from tests.conftest import Clock
from tests.visit_helpers import TODAY, count, db, draft, questions


def test_a_tally_sheet_becomes_batch_marked_visits(desk: Desk, clock: Clock) -> None:
    sheet = VisitDraft(
        questions=(QuestionDraft(topic="digid_activeren", help="samen"),), duration_min=10
    )
    ids = record_batch(desk, 12, date(2026, 11, 2), sheet)
    assert len(ids) == 12 == len(set(ids))
    connection = db(desk)
    try:
        rows = connection.execute(
            "SELECT started_at, entry, duration_min, count(*) FROM visit GROUP BY 1, 2, 3"
        ).fetchall()
    finally:
        connection.close()
    assert [tuple(r) for r in rows] == [("2026-11-02 12:00:00.000000", "batch", 10, 12)]
    assert count(desk, "question") == 12
    assert {tuple(q) for v in ids for q in questions(desk, v)} == {
        (1, "digitale_overheid", "digid", "digid_activeren", "logius", "samen", None)
    }
    assert day_totals(desk, date(2026, 11, 2)) == (12, 12)
    assert {s.entry for s in list_visits(desk, date(2026, 11, 2))} == {Entry.BATCH}


@pytest.mark.parametrize("number", [0, 501])
def test_a_batch_count_out_of_bounds_is_refused(desk: Desk, clock: Clock, number: int) -> None:
    with pytest.raises(ValidationError) as refused:
        record_batch(desk, number, TODAY, draft("digid"))
    assert refused.value.field == "count" and str(number) in refused.value.message
    assert count(desk, "visit") == 0


def test_a_batch_has_no_note_and_no_future(desk: Desk, clock: Clock) -> None:
    with pytest.raises(ValidationError) as refused:
        record_batch(desk, 3, TODAY, draft("digid", note="ok"))
    assert refused.value.field == "note"
    with pytest.raises(ValidationError):
        record_batch(desk, 3, TODAY, draft("digid"), at=time(16))  # 16:00 is later today
    assert count(desk, "visit") == 0
