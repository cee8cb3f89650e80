"""Recording a visit on a real database: what is stored, what is suggested, what is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import NoLocation, ValidationError
from ido_desk.privacy.refusal import PrivacyError
from ido_desk.visits import MAX_DURATION_MIN, record_visit
from tests.conftest import Clock
from tests.visit_helpers import NOW, count, draft, one, questions


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
