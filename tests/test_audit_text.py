"""Every kind of audit entry reads as a short Dutch sentence with list labels, not ids. The
entries are made by the real services on a real database; the stored JSON stays as it was."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ido_desk.audit_log import read_audit
from ido_desk.audit_text import describe
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.history import undo_import
from ido_desk.exchange.importer import import_files
from ido_desk.list_admin import (
    NewItem,
    add_item,
    move_item,
    rename_item,
    restore_item,
    retire_item,
    set_suggested_organisation,
)
from ido_desk.location import set_location
from ido_desk.reports.national_form.transfer import mark_transferred
from ido_desk.retention import erase_old_notes, set_retention_days
from ido_desk.roles import set_pin
from ido_desk.visits import delete_visit, record_visit, undo_visit, update_visit
from tests.conftest import RIJSWIJK
from tests.db_helpers import connect
from tests.exchange_helpers import DELFT, export, log, open_branch, yes

AT_10_15 = datetime(2026, 11, 3, 10, 15)
APPLY = VisitDraft(
    questions=(QuestionDraft("digid_aanvragen"),),
    channel="balie",
    duration_min=10,
    started_at=AT_10_15,
)


def descriptions(desk: Desk) -> list[str]:
    """Every entry's description, oldest first."""
    return [row.description for row in reversed(read_audit(desk))]


def newest(desk: Desk) -> str:
    return read_audit(desk, limit=1)[0].description


# -- visits -------------------------------------------------------------------------------


def test_a_visit_edit_names_what_changed_with_labels(desk: Desk, clock) -> None:
    visit = record_visit(desk, APPLY)
    update_visit(
        desk,
        visit,
        VisitDraft(
            questions=(QuestionDraft("digid_activeren"),), channel="telefoon", duration_min=25
        ),
    )
    assert newest(desk) == (
        "Bezoek 03-11-2026 10:15 gewijzigd: kanaal Aan de balie / inloop → Telefonisch; "
        "duur 10 → 25 min; vraag 1: DigiD > Aanvragen → DigiD > Activeren"
    )
    with connect(desk) as con:  # what is stored stays ids and English keys
        (after,) = con.execute("SELECT after FROM audit_log").fetchone()
    assert json.loads(after)["channel_id"] == desk.catalogue.channels.get("telefoon").id


def test_time_help_referral_and_an_added_question(desk: Desk, clock) -> None:
    visit = record_visit(desk, APPLY)
    update_visit(
        desk,
        visit,
        VisitDraft(
            questions=(
                QuestionDraft("digid_aanvragen", help="doorverwezen", referral="uwv"),
                QuestionDraft("huurtoeslag"),
            ),
            channel="balie",
            started_at=datetime(2026, 11, 3, 9, 40),
        ),
    )
    assert newest(desk) == (
        "Bezoek 03-11-2026 10:15 gewijzigd: tijdstip 10:15 → 09:40; duur 10 min → geen; "
        "invoer direct → achteraf; vraag 1: hulp geen → Doorverwezen, doorverwijzing geen → UWV; "
        "vraag 2 toegevoegd: Toeslagen > Huurtoeslag"
    )
    update_visit(
        desk, visit, VisitDraft(questions=(QuestionDraft("belastingen", organisation="gemeente"),))
    )
    assert newest(desk) == (
        "Bezoek 03-11-2026 09:40 gewijzigd: vraag 1: DigiD > Aanvragen → Belastingen, "
        "organisatie Logius (DigiD) → Gemeente, hulp Doorverwezen → geen, doorverwijzing UWV → "
        "geen; vraag 2 weggehaald: Toeslagen > Huurtoeslag"
    )


def test_saving_a_visit_unchanged_says_so(desk: Desk, clock) -> None:
    visit = record_visit(desk, APPLY)
    update_visit(desk, visit, replace(APPLY, note="kwam terug voor de brief"))
    assert newest(desk) == (
        "Bezoek 03-11-2026 10:15 opnieuw opgeslagen: kanaal, duur en vragen ongewijzigd"
    )


def test_delete_and_undo(desk: Desk, clock) -> None:
    deleted = record_visit(desk, replace(APPLY, questions=(QuestionDraft("digid_activeren"),)))
    delete_visit(desk, deleted)
    assert newest(desk) == "Bezoek 03-11-2026 10:15 verwijderd (DigiD > Activeren)"
    taken_back = record_visit(
        desk,
        VisitDraft(questions=(QuestionDraft("belastingen"), QuestionDraft("zorgtoeslag"))),
    )
    clock.now += timedelta(seconds=20)
    undo_visit(desk, taken_back)
    assert newest(desk) == (
        "Bezoek 03-11-2026 10:30 ongedaan gemaakt (Belastingen; Toeslagen > Zorgtoeslag)"
    )


def test_national_form_marks_and_note_retention(desk: Desk, clock) -> None:
    one = record_visit(desk, APPLY)
    record_visit(desk, APPLY)
    mark_transferred(desk, [one])
    assert newest(desk) == "1 bezoek gemarkeerd als overgezet naar het landelijk formulier"
    mark_transferred(desk, date(2026, 11, 3))
    assert newest(desk) == (
        "1 bezoek gemarkeerd als overgezet naar het landelijk formulier (dag 03-11-2026)"
    )
    record_visit(desk, replace(APPLY, note="kwam met zoon", started_at=datetime(2026, 11, 3, 9)))
    clock.now += timedelta(days=40)
    assert erase_old_notes(desk) == 1
    row = read_audit(desk, limit=1)[0]
    assert (row.role_label, row.description) == (
        "Systeem",
        "1 notitie gewist: bewaartermijn verstreken (bezoeken vóór 13-11-2026 10:30)",
    )
    set_retention_days(desk, 14)
    assert descriptions(desk)[-1] == "Bewaartermijn van notities 30 → 14 dagen"


# -- lists, location, settings ------------------------------------------------------------


def test_list_edits(desk: Desk, clock) -> None:
    add_item(desk, "topic", NewItem(code="energietoeslag", label_nl="Energietoeslag"))
    add_item(
        desk,
        "topic",
        NewItem(code="energie_aanvraag", label_nl="Aanvragen", parent="energietoeslag"),
    )
    rename_item(desk, "topic", "energietoeslag", label_nl="Energietoeslag 2026")
    move_item(desk, "topic", "energietoeslag", 1)
    retire_item(desk, "topic", "energie_aanvraag")
    restore_item(desk, "topic", "energie_aanvraag")
    set_suggested_organisation(desk, "belastingen", "gemeente")
    add_item(desk, "organisation", NewItem(code="ggd", label_nl="GGD", level="gemeente"))
    assert descriptions(desk) == [
        "Lijst onderwerpen: 'Energietoeslag' toegevoegd",
        "Lijst onderwerpen: 'Aanvragen' toegevoegd onder 'Energietoeslag 2026'",
        "Lijst onderwerpen: 'Energietoeslag' hernoemd tot 'Energietoeslag 2026'",
        "Lijst onderwerpen: 'Energietoeslag 2026' verplaatst van plaats 16 naar 1",
        "Lijst onderwerpen: 'Aanvragen' vervallen",
        "Lijst onderwerpen: 'Aanvragen' teruggezet",
        "Lijst onderwerpen: 'Belastingen' voorgestelde organisatie Belastingdienst → Gemeente",
        "Lijst organisaties: 'GGD' toegevoegd",
        "Lijst doorverwijzingen: 'GGD' toegevoegd",
    ]
    assert read_audit(desk, limit=1)[0].action_label == "Lijst gewijzigd"


def test_location_edit_and_pin(desk: Desk, clock) -> None:
    moved = replace(RIJSWIJK, name="Hoofdvestiging", setup="altijd", opening_hours="ma-vr 10-17")
    set_location(desk, moved, for_everyone=True)  # on a shared database too
    assert newest(desk) == (
        "Locatie 'Huis van de Stad' gewijzigd: naam 'Huis van de Stad' → 'Hoofdvestiging'; "
        "soort informatiepunt Basis → Altijd beschikbaar; openingstijden (leeg) → 'ma-vr 10-17'"
    )
    set_location(desk, moved, for_everyone=True)
    assert newest(desk) == "Locatie 'Hoofdvestiging' opnieuw opgeslagen, zonder wijzigingen"
    set_pin(desk, "4711")
    set_pin(desk, "8812")
    assert descriptions(desk)[-2:] == [
        "Pincode van de beheerder ingesteld",
        "Pincode van de beheerder gewijzigd",
    ]


def test_import_and_its_undo(tmp_path: Path) -> None:
    branch = open_branch(tmp_path / "delft", DELFT)
    coordinator = open_branch(tmp_path / "hub", None)
    try:
        log(branch, datetime(2026, 10, 6, 11), "digid_activeren")
        log(branch, datetime(2026, 10, 7, 11), "belastingen")
        exported = export(branch, tmp_path / "out")
        result = import_files(coordinator, [exported.path], confirm_key=yes)[0]
        assert result.ok, result.message
        assert newest(coordinator) == (
            f"Bestand {exported.path.name} van locatie {result.location_code} ingelezen "
            f"(import {result.import_id}): 2 nieuw, 0 bijgewerkt, 0 verwijderd, 0 ongewijzigd"
        )
        undo_import(coordinator, result.import_id or 0)
        assert newest(coordinator) == (
            f"Import {result.import_id} ongedaan gemaakt: 2 bezoeken weggehaald, 0 bezoeken "
            "teruggezet"
        )
    finally:
        branch.close()
        coordinator.close()


# -- what the lists no longer know, and what this version does not know -------------------


def test_unknown_ids_and_shapes(desk: Desk) -> None:
    cat = desk.catalogue
    before = {
        "started_at": "2026-11-03 10:15",
        "duration_min": 5,
        "channel_id": 99,
        "entry": "live",
        "revision": 1,
        "questions": [{"topic_id": 7, "subtopic_id": 777, "organisation_id": 555}],
    }
    assert describe(cat, "delete", "visit", "v1", json.dumps(before), None) == (
        "Bezoek 03-11-2026 10:15 verwijderd (Belastingen > onderwerp #777)"
    )
    after = {**before, "channel_id": 1, "questions": [{"topic_id": 123, "subtopic_id": None}]}
    assert describe(cat, "edit", "visit", "v1", json.dumps(before), json.dumps(after)) == (
        "Bezoek 03-11-2026 10:15 gewijzigd: kanaal kanaal #99 → Aan de balie / inloop; "
        "vraag 1: Belastingen > onderwerp #777 → onderwerp #123, organisatie organisatie #555 "
        "→ geen"
    )
    assert describe(cat, "edit", "visit", "v1", "{kapot", None) == "Bezoek v1: gewijzigd"
    assert describe(cat, "edit", "visit", "v1", '{"questions": 3}', "{}") == (
        "Bezoek v1: gewijzigd (questions 3 → (leeg))"
    )
    assert describe(cat, "export", "backup", "b7", None, '{"files": 2}') == (
        "backup b7: export (files (leeg) → 2)"
    )
