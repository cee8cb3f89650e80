"""Files the coordinator must refuse, each with a message that says what and where, and each
leaving the coordinator's data exactly as it was."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import b64, own_key
from tests.exchange_helpers import (
    DELFT,
    branch_fixture,  # noqa: F401 - the fixture 'branch'
    dump,
    edit_json,
    edit_line,
    edit_text,
    export,
    good_fixture,  # noqa: F401 - the fixture 'good'
    log,
    members,
    open_branch,
    rebuild,
    refused,
    resigned,
    yes,
)


def test_a_flipped_byte(coordinator: Desk, good: Path, tmp_path: Path) -> None:
    data = bytearray(good.read_bytes())
    for position in (40, len(data) // 3, len(data) // 2):
        bad = bytearray(data)
        bad[position] ^= 0x01
        target = tmp_path / f"flipped-{position}.zip"
        target.write_bytes(bytes(bad))
        refused(coordinator, target, target.name)


def test_a_truncated_file(coordinator: Desk, good: Path, tmp_path: Path) -> None:
    target = tmp_path / "truncated.zip"
    target.write_bytes(good.read_bytes()[:-200])
    refused(coordinator, target, "truncated.zip", "geen exportbestand")


def test_a_wrong_signature(coordinator: Desk, good: Path, tmp_path: Path) -> None:
    def change(content: dict[str, bytes]) -> None:
        signature = json.loads(content[fmt.SIGNATURE])
        raw = bytearray(__import__("base64").b64decode(signature["signature"]))
        raw[0] ^= 0xFF
        signature["signature"] = b64(bytes(raw))
        content[fmt.SIGNATURE] = json.dumps(signature).encode()

    bad = rebuild(good, tmp_path / "signature.zip", None, change)
    refused(coordinator, bad, "signature.json", "handtekening klopt niet")


def test_a_changed_member_with_the_old_signature(
    coordinator: Desk, good: Path, tmp_path: Path
) -> None:
    bad = rebuild(
        good, tmp_path / "changed.zip", None, edit_line(1, lambda r: r.update(revision=9))
    )
    refused(coordinator, bad, "visits.jsonl", "controlesom klopt niet")


def test_another_key_for_a_known_location(
    coordinator: Desk, branch: Desk, good: Path, tmp_path: Path
) -> None:
    assert import_files(coordinator, [good], confirm_key=yes)[0].ok
    log(branch, datetime(2026, 10, 4, 10, 0))
    newer = export(branch, tmp_path / "newer.zip").path
    impostor = rebuild(
        newer, tmp_path / "impostor.zip", Ed25519PrivateKey.generate(), lambda c: None
    )

    message = refused(coordinator, impostor, "andere herkenningscode", "GM0603-huis-van-de-stad")

    assert message.count(" ") > 10


def test_a_new_key_is_refused_unless_confirmed_and_the_message_shows_it(
    coordinator: Desk, branch: Desk, good: Path
) -> None:
    before = dump(coordinator)
    result = import_files(coordinator, [good])[0]  # no confirmation
    assert not result.ok
    assert result.fingerprint and result.fingerprint in result.message
    assert dump(coordinator) == before


def test_an_unknown_format_version(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    bad = resigned(
        branch,
        good,
        "v2.zip",
        edit_json(fmt.MANIFEST, lambda m: m.update(format_version=2)),
    )
    refused(coordinator, bad, "manifest.json", "format_version", "2", "nieuwste versie")


def test_an_oversized_member(coordinator: Desk, good: Path, branch: Desk, tmp_path: Path) -> None:
    def pad(content: dict[str, bytes]) -> None:
        content[fmt.MANIFEST] = content[fmt.MANIFEST] + b" " * (fmt.MAX_MEMBER_SIZE[fmt.MANIFEST])

    bad = resigned(branch, good, "big.zip", pad)
    refused(coordinator, bad, "manifest.json", "te groot")


def test_a_zip_bomb(coordinator: Desk, good: Path, branch: Desk, tmp_path: Path) -> None:
    def pad(content: dict[str, bytes]) -> None:
        content[fmt.LISTS] = content[fmt.LISTS] + b" " * (3 * fmt.MIB)

    bad = resigned(branch, good, "bomb.zip", pad)
    refused(coordinator, bad, "lists.json", "zip-bom")


def test_an_unexpected_member(coordinator: Desk, good: Path, branch: Desk, tmp_path: Path) -> None:
    bad = resigned(branch, good, "extra.zip", lambda c: c.update({"run.exe": b"MZ"}))
    refused(coordinator, bad, "run.exe", "onverwacht")


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


def test_an_empty_file(coordinator: Desk, tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    refused(coordinator, empty, "empty.zip", "leeg")


def test_a_file_that_is_not_an_export(coordinator: Desk, tmp_path: Path) -> None:
    text = tmp_path / "notes.zip"
    text.write_text("visit,started\n1,2026-10-01\n")
    refused(coordinator, text, "notes.zip", "geen exportbestand")
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    refused(coordinator, other, "photos.zip", "geen exportbestand")


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


# -- from the fuzz pass (issue 10, item 7) ----------------------------------------------------


def add_channel(code: str) -> Callable[[dict[str, bytes]], None]:
    entry = {"code": code, "label_nl": "Balie", "label_en": "Desk"}
    return edit_json(fmt.LISTS, lambda lists: lists["channel"].append(entry))


def period(start: str, end: str) -> Callable[[dict[str, bytes]], None]:
    return edit_json(fmt.MANIFEST, lambda m: m.update(period={"start": start, "end": end}))


def location(**values: str) -> Callable[[dict[str, bytes]], None]:
    return edit_json(fmt.MANIFEST, lambda m: m["location"].update(values))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (edit_line(1, lambda r: r.update(id=r["id"] + "\n")), ["regel 1", "veld 'id'"]),
        (add_channel("balie\n"), ["channel[1].code", "ongeldige code"]),
        (location(code="GM0603-huis-van-de-stad\n"), ["location.code"]),
        (location(cbs_code="GM\u0660\u0665\u0660\u0663"), ["location.cbs_code"]),
        (location(name="Huis van de Stad\x1b[2J"), ["location.name", "stuurtekens"]),
        (location(municipality="Rijs\ud800wijk"), ["location.municipality", "stuurtekens"]),
        (
            edit_json(fmt.LISTS, lambda lists: lists["topic"][0].update(label_nl="DigiD\x07")),
            ["topic[0].label_nl", "stuurtekens"],
        ),
        (
            edit_json(fmt.LISTS, lambda lists: lists["topic"][0].update(label_en="a\ud800")),
            ["topic[0].label_en", "stuurtekens"],
        ),
        (
            period("0001-01-01", "0003-01-01"),
            ["period.start"],
        ),
        (
            period("2016-10-01", "2026-11-01"),
            ["period.end", "periode van meer dan"],
        ),
        (
            period("20261001", "2026-11-01"),
            ["period.start", "JJJJ-MM-DD"],
        ),
    ],
)
def test_look_alikes_control_characters_and_implausible_periods_are_refused(
    coordinator: Desk,
    good: Path,
    branch: Desk,
    tmp_path: Path,
    change: Callable[[dict[str, bytes]], None],
    expected: list[str],
) -> None:
    bad = resigned(branch, good, "alike.zip", change)
    message = refused(coordinator, bad, "alike.zip", *expected)
    assert "\n" not in message and "\x1b" not in message and len(message) < 500
    message.encode("utf-8")  # printable: no lone surrogate


def test_the_hierarchy_is_checked_as_the_coordinator_stores_it(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    """The coordinator knows digid_activeren as a sub-topic of digid; a file that calls it a
    main topic may neither use it as one nor hang a new sub-topic under it."""

    def promote(lists: dict[str, Any]) -> None:
        for topic in lists["topic"]:
            if topic["code"] == "digid_activeren":
                topic["parent"] = None

    def as_main(content: dict[str, bytes]) -> None:
        edit_json(fmt.LISTS, promote)(content)
        question = {"topic": "digid_activeren", "subtopic": None}
        for number in (1, 2, 3):
            edit_line(number, lambda r: r["questions"][0].update(question))(content)

    bad = resigned(branch, good, "main.zip", as_main)
    refused(coordinator, bad, "regel 1", "questions[1].topic", "hoofdonderwerp")

    def nest(lists: dict[str, Any]) -> None:
        promote(lists)
        lists["topic"].append(
            {
                "code": "digid_nieuw",
                "label_nl": "DigiD-app",
                "label_en": "DigiD app",
                "parent": "digid_activeren",
                "domain": lists["topic"][0]["domain"],
                "organisation": None,
            }
        )

    deep = resigned(branch, good, "deep.zip", edit_json(fmt.LISTS, nest))
    refused(coordinator, deep, "lists.json", ".parent", "hoofdonderwerp", "digid_activeren")
