"""The audit log in English: the English window's Auditlog section and ``ido-desk --lang en
audit`` (on screen and as CSV) say who, what and the sentences in English, with the lists'
English names; what is stored stays codes and ids, so the same entries read in Dutch again."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest

from ido_desk.audit_log import read_audit
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.list_admin import NewItem, add_item
from ido_desk.roles import set_pin
from ido_desk.visits import delete_visit, record_visit, update_visit
from tests.db_helpers import connect

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), channel="balie", duration_min=10)
EDITED = (
    "Visit 03-11-2026 10:30 changed: channel At the desk / walk-in → By phone; duration "
    "10 → 25 min; question 1: DigiD > Activate → Benefits (toeslagen), organisation Logius "
    "(DigiD) → Benefits Agency"
)
DELETED = "Visit 04-11-2026 10:30 deleted (DigiD > Activate)"
DUTCH_WORDS = ("Bezoek", "gewijzigd", "kanaal", "duur", "vraag", "Balie", "Beheerder", "Lijst")


@pytest.fixture
def history(desk: Desk, clock) -> list[str]:
    """An edit, a list item added, the PIN set, then (the next day, by the manager) a delete."""
    first = record_visit(desk, DIGID)
    update_visit(
        desk,
        first,
        VisitDraft(questions=(QuestionDraft("toeslagen"),), channel="telefoon", duration_min=25),
    )
    add_item(desk, "help", NewItem(code="uitgelegd", label_nl="Uitgelegd", label_en="Explained"))
    clock.now += timedelta(days=1)
    second = record_visit(desk, DIGID)
    set_pin(desk, "4711")  # signs the manager in
    delete_visit(desk, second)
    return [first, second]


EXPECTED = [
    ("Manager", "Deleted", DELETED),
    ("Desk", "PIN set", "Manager's PIN set"),
    ("Desk", "List changed", "List of kinds of help: 'Explained' added"),
    ("Desk", "Changed", EDITED),
]


def test_the_log_reads_in_english_and_in_dutch_from_the_same_entries(
    desk: Desk, history: list[str]
) -> None:
    with connect(desk) as con:
        stored = con.execute("SELECT role, action, after FROM audit_log ORDER BY id").fetchall()
    english = read_audit(desk, english=True)
    assert [(r.who, r.action_label, r.description) for r in english] == EXPECTED
    assert english[0].entity_label == "Visit"
    dutch = read_audit(desk)
    assert [(r.who, r.action_label) for r in dutch][::3] == [
        ("Beheerder", "Verwijderd"),
        ("Balie", "Gewijzigd"),
    ]
    assert dutch[2].description == "Lijst soorten hulp: 'Uitgelegd' toegevoegd"
    with connect(desk) as con:  # reading did not touch what is stored: codes, ids, JSON
        assert con.execute("SELECT role, action, after FROM audit_log ORDER BY id").fetchall() == (
            stored
        )
    assert {row[0] for row in stored} == {"balie", "beheerder"}
    assert json.loads(stored[0][2])["channel_id"] == desk.catalogue.channels.get("telefoon").id


def test_the_cli_audit_in_english(
    desk: Desk, history: list[str], cli, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("IDO_DESK_PIN", "4711")
    shown = cli("--lang", "en", "audit")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert len(lines) == 4
    for (who, what, sentence), line in zip(EXPECTED, lines, strict=True):
        assert f"{who:<10} {what:<20} {sentence} " in line, line
    assert not [w for w in DUTCH_WORDS if w in shown.stdout], shown.stdout
    out = tmp_path / "audit.csv"
    exported = cli("--lang", "en", "audit", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("4 lines of the audit log written to")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Who", "When", "What", "Description"]
    assert rows[1][0] == "Desk" and rows[1][3] == EDITED and rows[1][8] == "balie"
    assert rows[4][:3] == ["Manager", "2026-11-04 10:30:00", "Deleted"]
    dutch = cli("audit", "--limit", "1")  # the same log, in Dutch again
    assert "Beheerder  Verwijderd" in dutch.stdout and "Bezoek 04-11-2026" in dutch.stdout


def test_the_english_window_shows_the_log_in_english(
    qtbot, desk: Desk, history: list[str], qapp
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui_helpers import settings_section
    from ui.app import install_language
    from ui.audit_view import AuditView

    install_language(qapp, "en")
    try:
        _window, view = settings_section(qtbot, desk, "Audit log", AuditView)
        model = view.model
        shown = [
            tuple(model.data(model.index(r, c)) for c in range(1, 4))
            for r in range(model.rowCount())
        ]
        tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
        count = view.count.text()
        kinds = [view.entity.itemText(i) for i in range(view.entity.count())]
    finally:
        install_language(qapp, None)
    assert shown == EXPECTED
    assert tip == f"{DELETED}\n\nVisit {history[1]}"
    assert count == "4 lines"
    assert kinds[:3] == ["All", "Visit", "Setting"]
