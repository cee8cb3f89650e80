"""Reading logged visits back on a real database: the day list, the edit form's draft, the
last visit."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.errors import NotFound
from ido_desk.visit_reading import day_totals, get_visit, last_visit, list_visits
from ido_desk.visits import delete_visit, record_visit, update_visit
from tests.conftest import Clock
from tests.visit_helpers import NOW, TODAY, draft


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
