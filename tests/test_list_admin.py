"""The list services: add, rename, move, retire, restore; the audit log; retired items refused
for new visits while old visits keep them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import NotFound, ValidationError
from ido_desk.list_admin import (
    NewItem,
    add_item,
    list_rows,
    move_item,
    rename_item,
    restore_item,
    retire_item,
    set_suggested_organisation,
    suggest_code,
)
from ido_desk.roles import PermissionDenied
from ido_desk.visits import list_visits, record_visit
from tests.db_helpers import connect


def db(desk: Desk) -> Any:
    return connect(desk)


def audit(desk: Desk) -> list[tuple[str, str, str, str | None, str | None]]:
    with db(desk) as connection:
        return connection.execute(
            "SELECT action, entity, entity_id, before, after FROM audit_log ORDER BY id"
        ).fetchall()


def visit(topic: str, **kwargs: object) -> VisitDraft:
    return VisitDraft(questions=(QuestionDraft(topic=topic, **kwargs),))  # type: ignore[arg-type]


def test_a_new_sub_topic_is_stored_under_its_topic_and_audited(desk: Desk, clock) -> None:
    item = add_item(
        desk, "topic", NewItem(code="digid_herstel", label_nl="Herstelcode", parent="digid")
    )

    assert item.label_en == "Herstelcode"  # the Dutch label when no English one is given
    assert [t.code for t in desk.catalogue.subtopics("digid")][-1] == "digid_herstel"
    with db(desk) as connection:
        row = connection.execute(
            "SELECT t.label_nl, p.code, t.domain_id = p.domain_id, t.organisation_id, t.sort_order"
            " FROM topic t JOIN topic p ON p.id = t.parent_id WHERE t.code = 'digid_herstel'"
        ).fetchone()
        logius = connection.execute("SELECT id FROM organisation WHERE code='logius'").fetchone()
    assert row == ("Herstelcode", "digid", 1, logius[0], 6)  # after the five seeded ones
    action, entity, entity_id, before, after = audit(desk)[-1]
    assert (action, entity, entity_id, before) == ("list-edit", "topic", "digid_herstel", None)
    assert json.loads(after)["label_nl"] == "Herstelcode"
    record_visit(desk, visit("digid", subtopic="digid_herstel"))  # usable at once


def test_a_new_main_topic_gets_the_next_number_key(desk: Desk) -> None:
    add_item(
        desk,
        "topic",
        NewItem(
            code="energie",
            label_nl="Energietoeslag",
            domain="digitale_overheid",
            organisation="gemeente",
        ),
    )
    rows = [r for r in list_rows(desk, "topic") if r.depth == 0]
    assert rows[-1].item.code == "energie"
    assert rows[-1].shortcut is None  # only the first ten active main topics have a key
    move_item(desk, "topic", "energie", 1)
    rows = [r for r in list_rows(desk, "topic") if r.depth == 0]
    assert [(r.item.code, r.shortcut) for r in rows[:2]] == [("energie", "1"), ("digid", "2")]
    assert desk.catalogue.main_topics()[0].code == "energie"
    assert desk.catalogue.topics.get("energie").organisation_code == "gemeente"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("code", "field"),
    [("DigiD_x", "code"), ("met spatie", "code"), ("", "code"), ("x" * 41, "code")],
)
def test_codes_are_lowercase_letters_digits_and_underscores(
    desk: Desk, code: str, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "help", NewItem(code=code, label_nl="Iets"))
    assert refused.value.field == field
    with db(desk) as connection:
        assert connection.execute("SELECT count(*) FROM help_kind").fetchone() == (5,)


def test_a_code_stays_taken_even_when_retired(desk: Desk) -> None:
    retire_item(desk, "help", "cursus")
    with pytest.raises(ValidationError, match=r"bestaat al.*vervallen"):
        add_item(desk, "help", NewItem(code="cursus", label_nl="Cursus"))


def test_what_each_list_needs_is_checked(desk: Desk) -> None:
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "organisation", NewItem(code="nvwa", label_nl="NVWA"))
    assert refused.value.field == "level"
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "topic", NewItem(code="x", label_nl="X", parent="digid_app"))
    assert refused.value.field == "parent"  # no third level
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "referral", NewItem(code="x", label_nl="X", referral_kind="organisation"))
    assert refused.value.field == "organisation"
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "lijst", NewItem(code="x", label_nl="X"))
    assert refused.value.field == "kind"
    with pytest.raises(ValidationError) as refused:
        add_item(desk, "channel", NewItem(code="chat", label_nl="   "))
    assert refused.value.field == "label_nl"


def test_a_new_organisation_can_be_referred_to(desk: Desk) -> None:
    add_item(desk, "organisation", NewItem(code="nvwa", label_nl="NVWA", level="zbo"))
    referral = desk.catalogue.referrals.get("nvwa")
    assert referral is not None
    assert (referral.kind, referral.organisation_code) == ("organisation", "nvwa")
    service = NewItem(code="repair_cafe", label_nl="Repair Café", referral_kind="service")
    add_item(desk, "referral", service)
    record_visit(desk, visit("overig", help="doorverwezen", referral="nvwa"))
    record_visit(desk, visit("overig", help="doorverwezen", referral="repair_cafe"))


def test_renaming_changes_the_label_everywhere_but_not_the_code(desk: Desk, clock) -> None:
    visit_id = record_visit(desk, visit("digid_app"))
    rename_item(desk, "topic", "digid_app", "DigiD-app", "DigiD app")
    [summary] = list_visits(desk, clock.now.date())
    assert summary.id == visit_id
    assert summary.topics == "DigiD > DigiD-app"
    item = desk.catalogue.topics.get("digid_app")
    assert item is not None and (item.label_nl, item.label_en) == ("DigiD-app", "DigiD app")
    before, after = (json.loads(x) for x in audit(desk)[-1][3:])
    assert (before["label_nl"], after["label_nl"]) == ("App installeren", "DigiD-app")


def test_a_retired_item_is_refused_for_new_visits_but_old_visits_keep_it(desk: Desk, clock) -> None:
    old = record_visit(desk, visit("digid_app", help="samen"))
    retire_item(desk, "topic", "digid_app")
    retire_item(desk, "help", "samen")

    with pytest.raises(ValidationError, match="Onbekend onderwerp 'digid_app'"):
        record_visit(desk, visit("digid_app"))
    with pytest.raises(ValidationError, match="Onbekende soort hulp 'samen'"):
        record_visit(desk, visit("digid", help="samen"))
    assert "digid_app" not in [t.code for t in desk.catalogue.subtopics("digid")]

    [summary] = list_visits(desk, clock.now.date())
    assert (summary.id, summary.topics, summary.help) == (
        old,
        "DigiD > App installeren",
        "Samen gedaan",
    )
    with db(desk) as connection:
        retired = connection.execute(
            "SELECT retired_at FROM topic WHERE code = 'digid_app'"
        ).fetchone()
    assert datetime.fromisoformat(retired[0]) == clock.now
    assert [(a, e, i) for a, e, i, *_ in audit(desk)[-2:]] == [
        ("list-edit", "topic", "digid_app"),
        ("list-edit", "help", "samen"),
    ]

    restore_item(desk, "topic", "digid_app")
    record_visit(desk, visit("digid_app"))
    assert len(list_visits(desk, clock.now.date())) == 2


def test_nothing_is_ever_deleted(desk: Desk) -> None:
    with db(desk) as connection:
        before = connection.execute("SELECT count(*) FROM topic").fetchone()
    retire_item(desk, "topic", "wonen")
    with db(desk) as connection:
        assert connection.execute("SELECT count(*) FROM topic").fetchone() == before


def test_retiring_what_the_desk_cannot_do_without_is_refused(desk: Desk) -> None:
    for code in ("balie", "afspraak", "telefoon", "online"):
        retire_item(desk, "channel", code)
    with pytest.raises(ValidationError, match="laatste actieve kanaal"):
        retire_item(desk, "channel", "buiten")
    with pytest.raises(ValidationError, match="voorgesteld bij de actieve onderwerpen DigiD"):
        retire_item(desk, "organisation", "logius")
    with pytest.raises(ValidationError, match="hoort bij de actieve onderwerpen Computer"):
        retire_item(desk, "domain", "bibliotheek")
    with pytest.raises(ValidationError, match="al vervallen"):
        retire_item(desk, "channel", "balie")
    with pytest.raises(NotFound, match="geen kanaal met code 'fax'"):
        retire_item(desk, "channel", "fax")


def test_an_organisation_goes_and_comes_back_with_its_referral(desk: Desk) -> None:
    set_suggested_organisation(desk, "aow_pensioen", None)
    retire_item(desk, "organisation", "svb")
    assert desk.catalogue.referrals.get("svb").retired  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="Zet eerst de organisatie 'SVB' terug"):
        restore_item(desk, "referral", "svb")
    restore_item(desk, "organisation", "svb")
    assert not desk.catalogue.referrals.get("svb").retired  # type: ignore[union-attr]


def test_move_is_among_siblings_and_checks_the_position(desk: Desk) -> None:
    move_item(desk, "topic", "digid_machtigen", 1)
    assert [t.code for t in desk.catalogue.subtopics("digid")][:2] == [
        "digid_machtigen",
        "digid_aanvragen",
    ]
    assert desk.catalogue.main_topics()[0].code == "digid"  # main topics untouched
    with pytest.raises(ValidationError, match="kies 1 tot en met 5"):
        move_item(desk, "topic", "digid_machtigen", 6)
    before, after = (json.loads(x) for x in audit(desk)[-1][3:])
    assert (before["position"], after["position"]) == (5, 1)


def test_changing_a_list_needs_the_manager_once_a_pin_is_set(desk: Desk) -> None:
    with db(desk) as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('manager_pin', '\"x\"')")
    with pytest.raises(PermissionDenied, match="Lijsten aanpassen"):
        add_item(desk, "help", NewItem(code="uitleg", label_nl="Uitleg"))
    with pytest.raises(PermissionDenied):
        retire_item(desk, "help", "samen")
    assert desk.catalogue.help_kinds.get("uitleg") is None
    assert not desk.catalogue.help_kinds.get("samen").retired  # type: ignore[union-attr]


def test_suggest_code() -> None:
    assert suggest_code("Inloggen / wachtwoord") == "inloggen_wachtwoord"
    assert suggest_code("Café Één") == "cafe_een"


def test_sub_topics_follow_their_topics_suggestion(desk: Desk, clock) -> None:
    with pytest.raises(ValidationError, match=r"DigiD, MijnOverheid / Berichtenbox \(met 5 sub"):
        retire_item(desk, "organisation", "logius")
    set_suggested_organisation(desk, "digid", "gemeente")
    set_suggested_organisation(desk, "mijnoverheid", None)
    assert {t.organisation_code for t in desk.catalogue.subtopics("digid")} == {"gemeente"}

    retire_item(desk, "organisation", "logius")
    visit_id = record_visit(desk, visit("digid_activeren"))
    with db(desk) as connection:
        organisation = connection.execute(
            "SELECT o.code FROM question q JOIN organisation o ON o.id = q.organisation_id "
            "WHERE q.visit_id = ?",
            (visit_id,),
        ).fetchone()
    assert organisation == ("gemeente",)


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_label_that_starts_like_a_formula_is_refused_where_it_is_typed(
    desk: Desk, start: str
) -> None:
    """A coordinator's import refuses such a label, and with it every export of the branch."""
    with pytest.raises(ValidationError, match="mag niet beginnen met =, \\+, - of @") as refused:
        add_item(desk, "help", NewItem(code="som", label_nl=f"{start}SOM(A1)"))
    assert refused.value.field == "label_nl"
    with pytest.raises(ValidationError, match="Engelse naam mag niet beginnen") as refused:
        add_item(desk, "help", NewItem(code="som", label_nl="Som", label_en=f" {start}cmd"))
    assert refused.value.field == "label_en"
    with pytest.raises(ValidationError, match="Nederlandse naam mag niet beginnen"):
        rename_item(desk, "help", "samen", label_nl=f"{start}Samen")
    with db(desk) as connection:
        assert connection.execute("SELECT count(*) FROM help_kind").fetchone() == (5,)
        assert connection.execute(
            "SELECT label_nl FROM help_kind WHERE code = 'samen'"
        ).fetchone() == ("Samen gedaan",)
    add_item(desk, "help", NewItem(code="min", label_nl=f"Min{start}plus"))  # inside is fine


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Hulp voor 111222333", "BSN"),
        ("Vraag van jan@example.nl", "e-mailadres"),
        ("Bel 06-12345678", "telefoonnummer"),
        ("Rekening NL91ABNA0417164300", "IBAN-rekeningnummer"),
        ("Langs op 2288 GH 12", "postcode met huisnummer"),
        ("Afspraak 12-03-1961", "volledige datum"),
    ],
)
def test_a_label_holding_personal_data_is_refused(desk: Desk, label: str, kind: str) -> None:
    with pytest.raises(ValidationError, match=kind) as refused:
        add_item(desk, "topic", NewItem(code="x", label_nl=label, parent="digid"))
    assert refused.value.field == "label_nl" and "persoonsgegevens" in str(refused.value)
    with pytest.raises(ValidationError, match=kind):
        rename_item(desk, "help", "samen", label_en=label)
    with db(desk) as connection:
        assert connection.execute("SELECT count(*) FROM topic WHERE code = 'x'").fetchone() == (0,)
        assert connection.execute(
            "SELECT label_en FROM help_kind WHERE code = 'samen'"
        ).fetchone() != (label,)
