"""Who did it: the name given once on a PC (naam.txt) goes into the audit log beside the role,
from the window's services and from the CLI (saved, or --name for one run); the audit search
ignores case and finds the name."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from ido_desk.audit_log import AuditFilter, count_audit, export_audit, read_audit
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.retention import erase_old_notes
from ido_desk.roles import set_pin
from ido_desk.visits import delete_visit, record_visit, update_visit
from ido_desk.who import NAME_FILE, clean_name, name_wanted, read_name, save_name

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)
TOESLAGEN = VisitDraft(questions=(QuestionDraft("toeslagen"),))


def test_the_name_is_kept_on_this_pc_and_read_at_the_next_start(desk: Desk, paths: Paths) -> None:
    assert read_name(paths) is None and desk.name is None
    assert save_name(paths, "  Anna   de Vries \n") == "Anna de Vries"
    assert (paths.data_dir / NAME_FILE).read_text(encoding="utf-8") == "Anna de Vries\n"
    again = open_desk(paths)  # the next start
    try:
        assert again.name == "Anna de Vries"
    finally:
        again.close()


@pytest.mark.parametrize("text", ["", "   \n", "x" * 61])
def test_an_empty_or_long_name_is_refused(paths: Paths, text: str) -> None:
    with pytest.raises(ValidationError):
        clean_name(text)
    with pytest.raises(ValidationError):
        save_name(paths, text)
    assert read_name(paths) is None


def test_each_entry_carries_who_did_it(desk: Desk, clock: Any) -> None:
    desk.name = "Anna"
    first = record_visit(desk, DIGID)
    update_visit(desk, first, TOESLAGEN)
    set_pin(desk, "4711")  # the manager is signed in
    desk.name = "Bert"  # another coordinator at another PC (or --name)
    delete_visit(desk, first)
    rows = read_audit(desk)
    assert [(r.action, r.role, r.name, r.who) for r in rows] == [
        ("delete", "beheerder", "Bert", "Beheerder (Bert)"),
        ("pin-set", "balie", "Anna", "Balie (Anna)"),  # set before signing in
        ("edit", "balie", "Anna", "Balie (Anna)"),
    ]


def test_the_programs_own_chores_carry_no_name(desk: Desk, clock: Any) -> None:
    from datetime import timedelta

    desk.name = "Anna"
    record_visit(desk, VisitDraft(questions=(QuestionDraft("digid"),), note="bel terug"))
    clock.now += timedelta(days=40)
    assert erase_old_notes(desk) == 1
    (entry,) = read_audit(desk, AuditFilter(action="retention"))
    assert (entry.role, entry.name, entry.who) == ("systeem", None, "Systeem")


def test_the_search_ignores_case_and_finds_the_name(desk: Desk, clock: Any) -> None:
    desk.name = "Anna de Vries"
    first = record_visit(desk, DIGID)
    update_visit(desk, first, TOESLAGEN)
    desk.name = "Één Ander"
    second = record_visit(desk, DIGID)
    update_visit(desk, second, TOESLAGEN)
    desk.name = None
    third = record_visit(desk, DIGID)
    delete_visit(desk, third)

    def found(text: str) -> list[str | None]:
        return [r.name for r in read_audit(desk, AuditFilter(text=text))]

    assert found("anna") == ["Anna de Vries"]
    assert found("VRIES") == ["Anna de Vries"]
    assert found("één") == ["Één Ander"]  # not only A-Z: SQLite as PostgreSQL
    assert found(first[-8:].upper()) == ["Anna de Vries"]  # the id, whatever its case
    assert found('"DURATION_MIN": 10') == [None, "Één Ander", "Anna de Vries"]  # the content
    assert found("%") == []  # a letter, not a wildcard
    assert count_audit(desk, AuditFilter(text="ANDER")) == 1


def test_the_csv_says_who(desk: Desk, clock: Any, tmp_path: Path) -> None:
    desk.name = "Anna"
    first = record_visit(desk, DIGID)
    update_visit(desk, first, TOESLAGEN)
    out = tmp_path / "audit.csv"
    assert export_audit(desk, out) == 1
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle, delimiter=";"))
    entry = dict(zip(header, row, strict=True))
    assert (entry["Wie"], entry["Naam"], entry["Rol (code)"]) == ("Balie (Anna)", "Anna", "balie")


def test_the_cli_takes_the_saved_name_or_name(desk: Desk, paths: Paths, cli) -> None:
    assert "Nog geen naam" in cli("name", check=True).stdout
    saved = cli("name", "Anna de Vries", check=True)
    assert "Anna de Vries" in saved.stdout
    assert cli("name", check=True).stdout.strip() == "Anna de Vries"
    visit = cli("log", "--topic", "digid_activeren", check=True).stdout.strip()
    cli("edit", visit, "--duration", "25", check=True)  # the saved name
    cli("--name", "Bert", "delete", visit, "--yes", check=True)  # another, for one run
    shown = cli("audit", check=True).stdout.splitlines()
    assert "Balie (Bert)" in shown[0] and "Verwijderd" in shown[0], shown
    assert "Balie (Anna de Vries)" in shown[1] and "Gewijzigd" in shown[1], shown
    searched = cli("audit", "--search", "bert", check=True).stdout.splitlines()
    assert len(searched) == 1 and "Balie (Bert)" in searched[0]
    refused = cli("--name", "  ", "visits")
    assert refused.returncode != 0 and "naam" in refused.stderr, refused.stderr


def test_the_window_asks_for_a_name_only_on_a_shared_database(tmp_path: Path) -> None:
    front_desk = resolve_paths(tmp_path / "balie", environ={})
    assert not name_wanted(front_desk)  # a SQLite file: a front desk, often several people
    shared = resolve_paths(tmp_path / "pc", "postgresql+psycopg://hub/ido", environ={})
    assert name_wanted(shared)
    save_name(shared, "Anna")
    assert not name_wanted(shared)  # asked once per PC


def test_the_name_dialog_keeps_what_was_typed_and_saves(qtbot, desk: Desk, paths: Paths) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from ui.name_dialog import NameDialog

    dialog = NameDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "   ")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Opslaan is the default button
    assert dialog.error.isVisible() and "Vul een naam in" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and read_name(paths) is None
    qtbot.keyClicks(dialog.name, "Anna")
    assert not dialog.error.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.name == "Anna" and read_name(paths) == "Anna"
    visit = record_visit(desk, DIGID)  # what this desk does next carries the name
    update_visit(desk, visit, TOESLAGEN)
    assert [r.who for r in read_audit(desk)] == ["Balie (Anna)"]


def test_the_audit_view_shows_who_and_finds_by_name(qtbot, desk: Desk, clock: Any) -> None:
    from PySide6.QtCore import Qt

    from ui.audit_view import ROLE, AuditView

    for name in ("Anna", "Bert"):
        desk.name = name
        visit = record_visit(desk, DIGID)
        update_visit(desk, visit, TOESLAGEN)
    view = AuditView(desk)
    qtbot.addWidget(view)
    view.show()
    model = view.model

    def who() -> list[str]:
        return [model.index(r, ROLE).data() for r in range(model.rowCount())]

    assert who() == ["Balie (Bert)", "Balie (Anna)"]
    qtbot.keyClicks(view.search, "anna")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert who() == ["Balie (Anna)"]
    assert view.count.text() == "1 regels"


@pytest.mark.postgres_only
def test_the_window_on_a_shared_database_asks_once_who_works_here(
    qtbot, desk: Desk, paths: Paths
) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import run_window
    from ui.main_window import MainWindow
    from ui.name_dialog import NameDialog

    seen: list[str] = []

    def shown(kind: type) -> list[Any]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def answer() -> None:  # the first start: the window opens with the question over it
        dialogs, windows = shown(NameDialog), shown(MainWindow)
        if not dialogs or not windows or windows[0].desk is None:
            QTimer.singleShot(20, answer)
            return
        seen.append("gevraagd")
        qtbot.keyClicks(dialogs[0].name, "Anna")
        qtbot.keyClick(dialogs[0].name, Qt.Key.Key_Return)
        QTimer.singleShot(0, lambda: back_at_the_form(windows[0]))

    def back_at_the_form(window: MainWindow) -> None:  # Ctrl+Enter must work straight away
        focused = QApplication.focusWidget()
        active = QApplication.activeWindow() is window
        seen.append(f"actief {active}, in het formulier {window.log_panel.isAncestorOf(focused)}")
        window.close()

    QTimer.singleShot(0, answer)
    assert run_window(paths) == 0
    assert seen == ["gevraagd", "actief True, in het formulier True"]
    assert read_name(paths) == "Anna"
    seen.clear()

    def look() -> None:  # the next start: not asked again
        windows = shown(MainWindow)
        if not windows or windows[0].desk is None:
            QTimer.singleShot(20, look)
            return
        seen.append(f"{len(shown(NameDialog))} vragen, naam {windows[0].desk.name}")
        windows[0].close()

    QTimer.singleShot(0, look)
    assert run_window(paths) == 0
    assert seen == ["0 vragen, naam Anna"]
