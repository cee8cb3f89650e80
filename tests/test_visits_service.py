"""The logging services on a real database: record, edit, delete, undo, batch, read."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import NoLocation, NotFound, ValidationError
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.visit_reading import day_totals, get_visit, last_visit, list_visits
from ido_desk.visits import (
    MAX_DURATION_MIN,
    delete_visit,
    record_batch,
    record_visit,
    undo_visit,
    update_visit,
)
from tests.conftest import Clock
from tests.db_helpers import connect

TODAY = date(2026, 11, 3)
NOW = datetime(2026, 11, 3, 10, 30)


def draft(*topics: str, **fields: object) -> VisitDraft:
    return VisitDraft(questions=tuple(QuestionDraft(topic=t) for t in topics), **fields)  # type: ignore[arg-type]


def db(desk: Desk) -> Any:
    """A fresh connection, as another program would read the database."""
    return connect(desk)


def one(desk: Desk, sql: str, *args: object) -> Any:
    connection = db(desk)
    try:
        row = connection.execute(sql, args).fetchone()
    finally:
        connection.close()
    assert row is not None, sql
    return row


def count(desk: Desk, table: str) -> int:
    return int(one(desk, f"SELECT count(*) AS n FROM {table}")["n"])


def questions(desk: Desk, visit_id: str) -> list[tuple]:
    connection = db(desk)
    try:
        rows = connection.execute(
            """
            SELECT q.position, d.code, t.code, s.code, o.code, h.code, r.code
            FROM question q
            JOIN domain d ON d.id = q.domain_id
            JOIN topic t ON t.id = q.topic_id
            LEFT JOIN topic s ON s.id = q.subtopic_id
            LEFT JOIN organisation o ON o.id = q.organisation_id
            LEFT JOIN help_kind h ON h.id = q.help_id
            LEFT JOIN referral_target r ON r.id = q.referral_id
            WHERE q.visit_id = ? ORDER BY q.position
            """,
            (visit_id,),
        ).fetchall()
        return [tuple(row) for row in rows]
    finally:
        connection.close()


def audit(desk: Desk) -> list[sqlite3.Row]:
    connection = db(desk)
    try:
        return connection.execute(
            "SELECT * FROM audit_log WHERE entity = 'visit' ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


# -- record_visit ---------------------------------------------------------------------------


def test_record_visit_stores_one_visit_with_its_question(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid_activeren", duration_min=10))
    row = one(desk, "SELECT * FROM visit WHERE id = ?", visit_id)
    assert row["started_at"] == "2026-11-03 10:30:00.000000"
    assert row["created_at"] == row["updated_at"] == "2026-11-03 10:30:00.000000"
    assert (row["duration_min"], row["entry"], row["revision"], row["note"]) == (
        10,
        "live",
        1,
        None,
    )
    assert row["deleted_at"] is None
    assert one(desk, "SELECT is_own FROM location WHERE id = ?", row["location_id"])[0] == 1
    assert one(desk, "SELECT code FROM channel WHERE id = ?", row["channel_id"])[0] == "balie"
    # a sub-topic given as the topic; the organisation suggested by the topic
    assert questions(desk, visit_id) == [
        (1, "digitale_overheid", "digid", "digid_activeren", "logius", None, None)
    ]


@pytest.mark.parametrize(
    ("topic", "organisation"),
    [
        ("toeslagen", "toeslagen"),
        ("aow_pensioen", "svb"),
        ("belastingen", "belastingdienst"),
        ("werk_uitkering", "uwv"),
        ("computer", None),
    ],
)
def test_the_organisation_is_suggested_by_the_topic(
    desk: Desk, clock: Clock, topic: str, organisation: str | None
) -> None:
    visit_id = record_visit(desk, draft(topic))
    assert questions(desk, visit_id)[0][4] == organisation


def test_an_organisation_chosen_wins_over_the_suggestion(desk: Desk, clock: Clock) -> None:
    question = QuestionDraft(
        topic="toeslagen",
        subtopic="huurtoeslag",
        organisation="gemeente",
        help="doorverwezen",
        referral="geldzaken",
    )
    visit_id = record_visit(desk, VisitDraft(questions=(question,), channel="telefoon"))
    assert questions(desk, visit_id) == [
        (
            1,
            "digitale_overheid",
            "toeslagen",
            "huurtoeslag",
            "gemeente",
            "doorverwezen",
            "geldzaken",
        )
    ]


def test_several_questions_keep_their_order(desk: Desk, clock: Clock) -> None:
    visit_id = record_visit(desk, draft("digid_app", "computer", "zorgtoeslag"))
    assert [(q[0], q[1], q[2], q[3]) for q in questions(desk, visit_id)] == [
        (1, "digitale_overheid", "digid", "digid_app"),
        (2, "bibliotheek", "computer", None),
        (3, "digitale_overheid", "toeslagen", "zorgtoeslag"),
    ]


def test_without_a_channel_the_first_is_taken_never_the_last_visits(
    desk: Desk, clock: Clock
) -> None:
    """What carries over is the desk's memory (ido_desk.form_rules), chosen by the window and
    the CLI; the service does not guess from whatever visit the database holds last."""
    record_visit(desk, draft("digid", channel="telefoon"))
    second = record_visit(desk, draft("digid"))
    channel = one(
        desk,
        "SELECT c.code FROM visit v JOIN channel c ON c.id = v.channel_id WHERE v.id = ?",
        second,
    )
    assert channel[0] == "balie"


@pytest.mark.parametrize(
    ("question", "channel", "field", "message"),
    [
        (QuestionDraft(topic="digidd"), None, "topic1", "Onbekend onderwerp 'digidd' bij vraag 1"),
        (
            QuestionDraft(topic="digid", subtopic="huurtoeslag"),
            None,
            "subtopic1",
            "'huurtoeslag' is geen sub-onderwerp van DigiD",
        ),
        (
            QuestionDraft(topic="digid", organisation="nasa"),
            None,
            "organisation1",
            "Onbekende organisatie 'nasa'",
        ),
        (
            QuestionDraft(topic="digid", help="toveren"),
            None,
            "help1",
            "Onbekende soort hulp 'toveren'",
        ),
        (
            QuestionDraft(topic="digid", referral="nergens"),
            None,
            "referral1",
            "Onbekende doorverwijzing 'nergens'",
        ),
        (QuestionDraft(topic="digid"), "fax", "channel", "Onbekend kanaal 'fax'. Kies uit: balie"),
    ],
)
def test_unknown_codes_are_refused_with_the_field(
    desk: Desk,
    clock: Clock,
    question: QuestionDraft,
    channel: str | None,
    field: str,
    message: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, VisitDraft(questions=(question,), channel=channel))
    assert refused.value.field == field
    assert message in refused.value.message
    assert count(desk, "visit") == 0


def test_the_second_question_is_named_in_the_message(desk: Desk, clock: Clock) -> None:
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, draft("digid", "nope"))
    assert refused.value.field == "topic2" and "vraag 2" in refused.value.message
    assert count(desk, "visit") == 0


def test_a_visit_needs_a_topic(desk: Desk, clock: Clock) -> None:
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, VisitDraft(questions=()))
    assert refused.value.field == "topic1"


@pytest.mark.parametrize("minutes", [0, -5, MAX_DURATION_MIN + 1])
def test_durations_out_of_bounds_are_refused(desk: Desk, clock: Clock, minutes: int) -> None:
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, draft("digid", duration_min=minutes))
    assert refused.value.field == "duration"
    assert f"Duur {minutes} min" in refused.value.message
    assert count(desk, "visit") == 0


@pytest.mark.parametrize("minutes", [1, MAX_DURATION_MIN, None])
def test_durations_within_bounds_are_kept(desk: Desk, clock: Clock, minutes: int | None) -> None:
    visit_id = record_visit(desk, draft("digid", duration_min=minutes))
    assert one(desk, "SELECT duration_min FROM visit WHERE id = ?", visit_id)[0] == minutes


def test_a_time_in_the_future_is_refused(desk: Desk, clock: Clock) -> None:
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, draft("digid", started_at=NOW + timedelta(minutes=10)))
    assert refused.value.field == "started_at"
    assert "03-11-2026 10:40" in refused.value.message and "toekomst" in refused.value.message
    assert count(desk, "visit") == 0
    # a PC clock a few minutes behind the wall clock is no reason to refuse
    record_visit(desk, draft("digid", started_at=NOW + timedelta(minutes=4)))


@pytest.mark.parametrize(
    ("ago", "entry"),
    [
        (timedelta(minutes=20), "live"),
        (timedelta(hours=2), "backdated"),
        (timedelta(days=3), "backdated"),
    ],
)
def test_a_visit_logged_later_is_marked_as_back_dated(
    desk: Desk, clock: Clock, ago: timedelta, entry: str
) -> None:
    visit_id = record_visit(desk, draft("digid", started_at=NOW - ago))
    row = one(desk, "SELECT started_at, entry, created_at FROM visit WHERE id = ?", visit_id)
    assert row["entry"] == entry
    assert row["started_at"] == f"{(NOW - ago):%Y-%m-%d %H:%M}:00.000000"
    assert row["created_at"] == "2026-11-03 10:30:00.000000"


def test_nothing_is_logged_before_the_location_is_set(bare_desk: Desk) -> None:
    with pytest.raises(NoLocation) as refused:
        record_visit(bare_desk, draft("digid"))
    assert "ido-desk setup" in refused.value.message
    assert count(bare_desk, "visit") == 0


def test_a_note_with_personal_data_is_refused_and_nothing_stored(desk: Desk, clock: Clock) -> None:
    with pytest.raises(PrivacyError) as refused:
        record_visit(desk, draft("digid", note="bel terug op 06-12345678"))
    assert "telefoonnummer" in str(refused.value)
    assert count(desk, "visit") == 0 and count(desk, "question") == 0
    visit_id = record_visit(desk, draft("digid", note="  kwam voor de tweede keer  "))
    assert (
        one(desk, "SELECT note FROM visit WHERE id = ?", visit_id)[0] == "kwam voor de tweede keer"
    )


def test_ids_are_time_ordered(desk: Desk, clock: Clock) -> None:
    ids = [record_visit(desk, draft("digid")) for _ in range(5)]
    assert ids == sorted(ids) and len(set(ids)) == 5


# -- update, delete, undo -------------------------------------------------------------------


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


# -- batch ----------------------------------------------------------------------------------


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


# -- reading --------------------------------------------------------------------------------


def test_list_visits_shows_a_day_newest_first_in_pages(desk: Desk, clock: Clock) -> None:
    first = record_visit(desk, draft("digid_activeren", started_at=datetime(2026, 11, 3, 9, 5)))
    referred = QuestionDraft(topic="huurtoeslag", help="doorverwezen", referral="toeslagen")
    second = record_visit(
        desk,
        VisitDraft(
            questions=(referred, QuestionDraft(topic="belastingen")),
            channel="telefoon",
            duration_min=5,
        ),
    )
    record_visit(desk, draft("digid", started_at=datetime(2026, 11, 2, 15, 0)))  # yesterday
    day = list_visits(desk, TODAY)
    assert [v.id for v in day] == [second, first]
    top = day[0]
    assert top.started_at == NOW and top.channel == "Telefonisch"
    assert top.topics == "Toeslagen > Huurtoeslag; Belastingen"
    assert top.help == "Doorverwezen: Dienst Toeslagen"
    assert (top.duration_min, top.question_count, top.entry) == (5, 2, Entry.LIVE)
    assert day[1].entry == Entry.BACKDATED and day[1].topics == "DigiD > Activeren"
    assert [v.id for v in list_visits(desk, TODAY, offset=1, limit=1)] == [first]
    assert list_visits(desk, TODAY, offset=2) == []
    assert day_totals(desk, TODAY) == (2, 3)
    assert len(list_visits(desk, date(2026, 11, 2))) == 1


def test_get_visit_gives_back_the_draft_for_the_edit_form(desk: Desk, clock: Clock) -> None:
    question = QuestionDraft(topic="digid_machtigen", help="cursus", referral="digisterker")
    visit_id = record_visit(
        desk, VisitDraft(questions=(question,), channel="afspraak", duration_min=30, note="terug")
    )
    detail = get_visit(desk, visit_id)
    assert detail.id == visit_id and detail.revision == 1 and detail.entry == Entry.LIVE
    assert detail.created_at == NOW
    assert detail.draft.questions == (
        QuestionDraft(
            topic="digid",
            subtopic="digid_machtigen",
            organisation="logius",
            help="cursus",
            referral="digisterker",
        ),
    )
    assert (detail.draft.channel, detail.draft.duration_min, detail.draft.note) == (
        "afspraak",
        30,
        "terug",
    )
    assert detail.draft.started_at == NOW
    # the draft saves back unchanged, apart from the revision
    update_visit(desk, visit_id, detail.draft)
    assert get_visit(desk, visit_id).draft == detail.draft
    with pytest.raises(NotFound):
        get_visit(desk, "0192f667-09fb-7214-a66e-d445fe31773a")


def test_last_visit_is_the_newest_still_there(desk: Desk, clock: Clock) -> None:
    assert last_visit(desk) is None
    first = record_visit(desk, draft("digid"))
    second = record_visit(desk, draft("toeslagen", channel="online"))
    latest = last_visit(desk)
    assert latest is not None and latest.id == second
    assert latest.draft.channel == "online"
    delete_visit(desk, second)
    latest = last_visit(desk)
    assert latest is not None and latest.id == first


def test_the_core_tables_of_the_save_path_match_the_models() -> None:
    """``db.tables`` repeats columns of ``db.models`` (the save path must not import the ORM):
    every one must be in the model's table, with a type of the same kind."""
    from db import tables
    from db.models import Base

    for light in tables.TABLES:
        model = Base.metadata.tables[light.name]
        for column in light.columns:
            assert column.name in model.columns, f"{light.name}.{column.name}"
            stored = model.columns[column.name].type
            assert stored._type_affinity is column.type._type_affinity, f"{column}: {stored}"
