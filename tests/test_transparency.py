"""Transparency: every column the database holds about visits, with list labels, as CSV."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.importer import import_files
from ido_desk.roles import PermissionDenied, set_pin, sign_in, sign_out
from ido_desk.transparency import export_everything
from ido_desk.visits import delete_visit, record_visit
from tests.db_helpers import connect
from tests.exchange_helpers import DELFT, export, open_branch, three_visits, yes

RENAMED = {"import_id": "added_by_import"}  # named for what it says


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def table_columns(desk: Desk, table: str) -> list[str]:
    from sqlalchemy import inspect

    with desk.db.engine.connect() as connection:
        return [column["name"] for column in inspect(connection).get_columns(table)]


def test_every_column_of_visit_and_question_is_in_the_export(
    desk: Desk, clock, tmp_path: Path
) -> None:
    kept = record_visit(
        desk,
        VisitDraft(
            questions=(
                QuestionDraft("digid_activeren", help="samen"),
                QuestionDraft("toeslagen", help="doorverwezen", referral="toeslagen"),
            ),
            channel="telefoon",
            duration_min=15,
            note="belt morgen terug",
        ),
    )
    gone = record_visit(desk, VisitDraft(questions=(QuestionDraft("digid"),)))
    delete_visit(desk, gone)
    out = tmp_path / "alles.csv"
    assert export_everything(desk, out) == 3
    rows = read_csv(out)
    header = list(rows[0])
    for column in table_columns(desk, "visit"):
        assert f"visit.{RENAMED.get(column, column)}" in header
    for column in table_columns(desk, "question"):
        assert f"question.{column}" in header
    first, second = (r for r in rows if r["visit.id"] == kept)
    assert first["visit.channel_label"] == "Telefonisch"
    assert first["visit.location_label"] == "Huis van de Stad"
    assert first["visit.note"] == "belt morgen terug"  # what is stored is shown, notes too
    assert first["question.topic_label"] == "DigiD"
    assert first["question.subtopic_label"] == "Activeren"
    assert first["question.organisation_label"] == "Logius (DigiD)"
    assert second["question.referral_label"] == "Dienst Toeslagen"
    assert second["question.position"] == "2"
    (tombstone,) = (r for r in rows if r["visit.id"] == gone)
    assert tombstone["visit.deleted_at"] == "2026-11-03 10:30:00"
    assert tombstone["visit.note"] == ""


def test_nothing_that_points_at_a_person_has_a_column(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "alles.csv"
    export_everything(desk, out)
    header = out.read_text(encoding="utf-8-sig").splitlines()[0].lower()
    for word in ("name", "naam", "bsn", "birth", "address", "phone", "email", "iban"):
        assert f".{word}" not in header


def test_the_export_needs_the_manager(desk: Desk, clock, tmp_path: Path) -> None:
    set_pin(desk, "4711")
    sign_out(desk)
    out = tmp_path / "alles.csv"
    with pytest.raises(PermissionDenied):
        export_everything(desk, out)
    assert not out.exists()
    sign_in(desk, "4711")
    clock.now += timedelta(minutes=1)
    assert export_everything(desk, out) == 0
    assert out.exists()


def test_cli_dump(desk: Desk, cli, tmp_path: Path) -> None:
    record_visit(desk, VisitDraft(questions=(QuestionDraft("digid_activeren"),)))
    out = tmp_path / "alles.csv"
    done = cli("dump", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Nooit opgeslagen: naam, BSN" in done.stdout
    assert len(read_csv(out)) == 1
    english = cli("--lang", "en", "dump", "--out", str(out)).stdout
    assert "Never stored: name, BSN (citizen service number), date of birth, address" in english
    assert "Nooit" not in english and "naam" not in english and "regels" not in english


def test_formula_like_text_is_neutralised_in_the_dump(desk: Desk, clock, tmp_path: Path) -> None:
    record_visit(
        desk,
        VisitDraft(
            questions=(QuestionDraft("digid_activeren", help="samen"),),
            note='=HYPERLINK("http://x")',
            duration_min=5,
        ),
    )
    with connect(desk) as con:  # as an older version may have let it in
        con.execute("UPDATE help_kind SET label_nl = '+SOM(A1)'")
        con.execute("UPDATE location SET name = '@cmd'")
    out = tmp_path / "alles.csv"

    export_everything(desk, out)

    row = read_csv(out)[0]
    assert row["visit.note"] == '\'=HYPERLINK("http://x")'
    assert row["visit.location_label"] == "'@cmd"
    assert row["question.help_label"] == "'+SOM(A1)"
    assert row["visit.duration_min"] == "5"
    cells = [value for row in read_csv(out) for value in row.values()]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_an_imported_visit_says_which_import_and_file_brought_it_in(tmp_path: Path) -> None:
    branch = three_visits(tmp_path / "branch")
    file = export(branch, tmp_path / "rijswijk-oktober.zip").path
    coordinator = open_branch(tmp_path / "coordinator", DELFT)  # with a front desk of its own
    try:
        own = record_visit(coordinator, VisitDraft(questions=(QuestionDraft("digid"),)))
        (imported,) = import_files(coordinator, [file], confirm_key=yes)
        assert imported.ok, imported.message
        out = tmp_path / "alles.csv"
        export_everything(coordinator, out)
        rows = read_csv(out)
    finally:
        coordinator.close()
        branch.close()
    assert not any("import_id" in column for column in rows[0])  # a bare number said nothing
    came = [row for row in rows if row["visit.id"] != own]
    assert len(came) == 3
    for row in came:
        assert row["visit.added_by_import"] == str(imported.import_id)
        assert row["visit.added_by_import_file"] == "rijswijk-oktober.zip"
    (here,) = (row for row in rows if row["visit.id"] == own)
    assert here["visit.added_by_import"] == here["visit.added_by_import_file"] == ""
