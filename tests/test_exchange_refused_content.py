"""Exchange files the coordinator must refuse for what they hold: a bad value in a line, a line out
of order, counts that do not match, a visit of another location, formula injection. Each with a
message that says what and where, and each leaving the coordinator's data exactly as it was."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import own_key
from tests.exchange_helpers import (
    DELFT,
    edit_json,
    edit_line,
    edit_text,
    export,
    log,
    members,
    open_branch,
    rebuild,
    refused,
    resigned,
    yes,
)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("channel", "telegram", "staat niet in lists.json"),
        ("channel", "Balie!", "ongeldige code"),
        ("started", "2026-10-01 10:00", "JJJJ-MM-DDTUU"),
        ("started", "2026-12-01T10", "buiten de periode"),
        ("duration_min", 0, "duur"),
        ("revision", "2", "revisie"),
        ("note", "Mevrouw Jansen", "onbekend veld"),
        ("questions", [], "1 tot 10 vragen"),
    ],
)
def test_a_bad_row_is_named_by_member_line_field_and_value(
    coordinator: Desk,
    good: Path,
    branch: Desk,
    tmp_path: Path,
    field: str,
    value: Any,
    expected: str,
) -> None:
    bad = resigned(
        branch,
        good,
        "row.zip",
        edit_line(3, lambda r: r.update({field: value})),
    )
    refused(coordinator, bad, "row.zip", "visits.jsonl", "regel 3", f"veld '{field}'", expected)


def test_a_bad_question_code(coordinator: Desk, good: Path, branch: Desk, tmp_path: Path) -> None:
    def edit(row: dict[str, Any]) -> None:
        row["questions"][0]["topic"] = "=1+1"

    bad = resigned(branch, good, "q.zip", edit_line(2, edit))
    refused(coordinator, bad, "regel 2", "questions[1].topic", "'=1+1'", "ongeldige code")


def test_a_formula_injection_in_a_label(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    attack = '=HYPERLINK("http://evil.example","klik")'
    bad = resigned(
        branch,
        good,
        "formula.zip",
        edit_json(fmt.LISTS, lambda lists: lists["topic"][0].update(label_nl=attack)),
    )
    refused(coordinator, bad, "lists.json", "topic[0].label_nl", "formule-injectie")


def test_a_formula_injection_in_the_location_name(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    bad = resigned(
        branch,
        good,
        "formula.zip",
        edit_json(fmt.MANIFEST, lambda m: m["location"].update(name="@SUM(A1:A9)")),
    )
    refused(coordinator, bad, "manifest.json", "location.name", "formule-injectie")


def test_a_bad_last_line_undoes_the_lines_before_it(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    """All or nothing: the first two lines were applied before line 3 was read."""
    bad = resigned(branch, good, "last.zip", edit_line(3, lambda r: r.update(id="x")))
    refused(coordinator, bad, "regel 3", "veld 'id'")


def test_manifest_counts_must_match(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    bad = resigned(
        branch,
        good,
        "counts.zip",
        edit_json(fmt.MANIFEST, lambda m: m["counts"].update(visits=4)),
    )
    refused(coordinator, bad, "counts.visits", "belooft 4", "bevat er 3")


def test_a_file_for_a_visit_of_another_location(
    coordinator: Desk, good: Path, tmp_path: Path
) -> None:
    assert import_files(coordinator, [good], confirm_key=yes)[0].ok
    delft = open_branch(tmp_path / "delft", DELFT)
    stolen_id = json.loads(members(good)[fmt.VISITS].splitlines()[0])["id"]
    log(delft, datetime(2026, 10, 9, 10, 0))
    theirs = export(delft, tmp_path / "delft.zip").path
    bad = rebuild(
        theirs,
        tmp_path / "stolen.zip",
        own_key(delft.paths),
        edit_line(1, lambda r: r.update(id=stolen_id)),
    )
    delft.close()
    refused(coordinator, bad, "andere locatie", stolen_id)


def test_the_own_location_is_not_imported(desk: Desk, tmp_path: Path) -> None:
    """A branch that imports its own export (the conftest desk is Rijswijk)."""
    log(desk, datetime(2026, 10, 1, 10, 0))
    own = export(desk, tmp_path / "own.zip").path
    refused(desk, own, "eigen locatie")


def test_a_tombstone_that_carries_a_visit(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    """Line 3's questions were seen on lines 1 and 2: the shortcut must not skip the check."""
    bad = resigned(
        branch,
        good,
        "tomb.zip",
        edit_line(3, lambda r: r.update(deleted=True)),
    )
    refused(coordinator, bad, "regel 3", "alleen id, revision, started en deleted")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"channel":"balie"', '"channel":"telegram"', ["veld 'channel'", "'telegram'"]),
        ('"revision":1', '"revision":0', ["veld 'revision'", "revisie"]),
        ('"duration_min":10', '"duration_min":999', ["veld 'duration_min'", "999"]),
        # lines go by hour id, not by the order logged: line 3 started on 1, 2 or 3 October
        ('"started":"2026-10-0', '"started":"2026-11-0', ["buiten de periode"]),
        ('"started":"2026-10-0', '"started":"2026-13-0', ["JJJJ-MM-DDTUU"]),
    ],
)
def test_a_bad_value_in_a_line_as_ido_desk_writes_it(
    coordinator: Desk,
    good: Path,
    branch: Desk,
    tmp_path: Path,
    old: str,
    new: str,
    expected: list[str],
) -> None:
    """Line 3 repeats the questions of lines 1 and 2, so it is read the fast way."""
    bad = resigned(branch, good, "fast.zip", edit_text(3, old, new))
    refused(coordinator, bad, "visits.jsonl", "regel 3", *expected)


def test_lines_out_of_order(coordinator: Desk, good: Path, branch: Desk, tmp_path: Path) -> None:
    def swap(content: dict[str, bytes]) -> None:
        lines = content[fmt.VISITS].decode().splitlines()
        lines[1], lines[2] = lines[2], lines[1]
        content[fmt.VISITS] = ("\n".join(lines) + "\n").encode()

    bad = resigned(branch, good, "order.zip", swap)
    refused(coordinator, bad, "regel 3", "veld 'id'", "oplopen")
