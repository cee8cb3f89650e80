"""The audit log can be read, filtered and exported by the manager."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from ido_desk.audit_log import AuditFilter, count_audit, export_audit, read_audit
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.roles import PermissionDenied, set_pin, sign_in, sign_out
from ido_desk.visits import delete_visit, record_visit, update_visit

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)
EDITED = (
    "Bezoek 03-11-2026 10:30 gewijzigd: duur 10 min → geen; vraag 1: DigiD > Activeren → "
    "Toeslagen, organisatie Logius (DigiD) → Dienst Toeslagen"
)
DELETED = "Bezoek 03-11-2026 10:30 verwijderd (DigiD > Activeren)"


@pytest.fixture
def history(desk: Desk, clock) -> list[str]:
    """An edit on 3 November, a delete on 4 November (by the manager)."""
    first = record_visit(desk, DIGID)
    update_visit(desk, first, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
    second = record_visit(desk, DIGID)
    clock.now += timedelta(days=1)
    set_pin(desk, "4711")  # signs the manager in
    delete_visit(desk, second)
    return [first, second]


def test_the_log_reads_newest_first(desk: Desk, history: list[str]) -> None:
    rows = read_audit(desk)
    assert [(r.action, r.entity_id) for r in rows] == [
        ("delete", history[1]),
        ("pin-set", "manager_pin"),
        ("edit", history[0]),
    ]
    edit = rows[2]
    assert (edit.role_label, edit.action_label) == ("Balie", "Gewijzigd")
    assert edit.description == EDITED
    assert json.loads(edit.after or "")["revision"] == 2  # the stored JSON is kept as it was
    assert rows[0].role == "beheerder"
    assert rows[0].description == DELETED
    assert rows[1].description == "Pincode van de beheerder ingesteld"


def test_filters(desk: Desk, history: list[str]) -> None:
    assert count_audit(desk) == 3
    on_3rd = AuditFilter(since=date(2026, 11, 3), until=date(2026, 11, 3))
    assert [r.action for r in read_audit(desk, on_3rd)] == ["edit"]
    assert [r.action for r in read_audit(desk, AuditFilter(entity="visit"))] == ["delete", "edit"]
    assert count_audit(desk, AuditFilter(action="delete")) == 1
    assert count_audit(desk, AuditFilter(text=history[0][:13])) == 1
    assert read_audit(desk, offset=1, limit=1)[0].action == "pin-set"


def test_export_csv_oldest_first(desk: Desk, history: list[str], tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    assert export_audit(desk, out) == 3
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][:4] == ["Wie", "Wanneer", "Wat", "Omschrijving"]
    assert [row[:4] for row in table[1:]] == [
        ["Balie", "2026-11-03 10:30:00", "Gewijzigd", EDITED],
        [
            "Balie",
            "2026-11-04 10:30:00",
            "Pincode ingesteld",
            "Pincode van de beheerder ingesteld",
        ],
        ["Beheerder", "2026-11-04 10:30:00", "Verwijderd", DELETED],
    ]
    rows = [dict(zip(table[0], row, strict=True)) for row in table[1:]]
    assert [r["Actie (code)"] for r in rows] == ["edit", "pin-set", "delete"]
    assert (rows[2]["Soort"], rows[2]["Kenmerk"]) == ("Bezoek", history[1])
    assert json.loads(rows[0]["Vóór (JSON)"])["revision"] == 1  # the full record is kept
    assert json.loads(rows[0]["Na (JSON)"])["questions"][0]["topic_id"] == 8
    assert rows[2]["Na (JSON)"] == ""


def test_the_log_is_the_managers(desk: Desk, history: list[str], tmp_path: Path) -> None:
    sign_out(desk)
    with pytest.raises(PermissionDenied, match="auditlogboek bekijken"):
        read_audit(desk)
    with pytest.raises(PermissionDenied, match="auditlogboek exporteren"):
        export_audit(desk, tmp_path / "audit.csv")
    assert not (tmp_path / "audit.csv").exists()
    sign_in(desk, "4711")
    assert count_audit(desk) == 3


def test_cli_audit(desk: Desk, history: list[str], cli, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IDO_DESK_PIN", "4711")
    shown = cli("audit", "--entity", "visit")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "Verwijderd" in lines[0] and history[1] in lines[0]
    assert "Gewijzigd" in lines[1]
    out = tmp_path / "audit.csv"
    exported = cli("audit", "--out", str(out), "--since", "2026-11-04")
    assert exported.returncode == 0, exported.stderr
    assert "2 regels" in exported.stdout
    bad = cli("audit", "--since", "4-11-2026")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


# -- the window ---------------------------------------------------------------------------


def test_audit_view_asks_the_pin_then_shows_the_log(qtbot, desk: Desk, history) -> None:
    from PySide6.QtCore import Qt

    from tests.ui_helpers import when_modal
    from ui.audit_view import AuditView
    from ui.pin_dialog import PinDialog

    sign_out(desk)
    view = AuditView(desk)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    assert view.stack.currentWidget() is view.locked

    def type_pin(dialog) -> None:
        assert isinstance(dialog, PinDialog)
        qtbot.keyClicks(dialog.pin, "4711")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    when_modal(type_pin)
    view.sign_in()
    assert view.stack.currentWidget() is view.open
    model = view.model
    shown = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Tijdstip",
        "Wie",
        "Wat",
        "Omschrijving",
    ]
    assert shown == [
        ["04-11-2026 10:30", "Beheerder", "Verwijderd", DELETED],
        [
            "04-11-2026 10:30",
            "Balie",
            "Pincode ingesteld",
            "Pincode van de beheerder ingesteld",
        ],
        ["03-11-2026 10:30", "Balie", "Gewijzigd", EDITED],
    ]
    tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{DELETED}\n\nBezoek {history[1]}"
    assert view.count.text() == "3 regels"
    view.grab().save("/tmp/audit.png")
    view.entity.setCurrentIndex(view.entity.findData("visit"))
    assert model.rowCount() == 2


def test_audit_view_exports_csv(qtbot, desk: Desk, history, tmp_path: Path) -> None:
    from ui.audit_view import AuditView

    view = AuditView(desk)  # the manager is signed in (set_pin)
    qtbot.addWidget(view)
    out = tmp_path / "audit.csv"
    view.export_to(out)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=10_000)
    assert view.status.text() == f"3 regels geschreven naar {out}"
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4
    assert lines[3].startswith(f"Beheerder;2026-11-04 10:30:00;Verwijderd;{DELETED};")


def test_audit_model_fetches_page_by_page(qtbot, qtmodeltester, desk: Desk, clock) -> None:
    from ui.audit_table_model import AuditTableModel

    visit = record_visit(desk, DIGID)
    for n in range(5):  # five real changes (one with nothing to change writes no line)
        topic = ("toeslagen", "belastingen")[n % 2]
        update_visit(desk, visit, VisitDraft(questions=(QuestionDraft(topic),)))
    model = AuditTableModel(desk, page_size=2)
    model.load(AuditFilter())
    assert (model.rowCount(), model.total) == (2, 5)
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 5 and not model.canFetchMore(model.index(-1, -1))
