"""Property tests: whatever a branch logs comes out of the coordinator's import the same (to
the hour), and a corrupted file never changes the coordinator's data into anything else."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.exchange import format as fmt
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import b64, own_key, raw_public, read_key_file
from ido_desk.exchange.weak_keys import is_weak_key
from ido_desk.ids import hour_id
from ido_desk.visits import delete_visit
from tests.db_helpers import rows
from tests.exchange_helpers import (
    DELFT,
    RIJSWIJK,
    dump,
    edit_json,
    edit_line,
    export,
    log,
    members,
    open_branch,
    rebuild,
    refused,
    resigned,
    yes,
)

TOPICS = ["digid", "digid_activeren", "belastingen", "toeslagen", "wonen", "overig"]
HELPS = [None, "informatie", "samen", "voorgedaan"]

visit = st.fixed_dictionaries(
    {
        "when": st.datetimes(datetime(2026, 10, 1), datetime(2026, 10, 31, 23, 59)),
        "topics": st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3),
        "help": st.sampled_from(HELPS),
        "channel": st.sampled_from(["balie", "afspraak", "telefoon", "online", "buiten"]),
        "deleted": st.booleans(),
    }
)

SLOW = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

SHOWN = """SELECT v.id, v.started_at, v.duration_min, c.code, v.entry, v.revision,
             CASE WHEN v.deleted_at IS NULL THEN 0 ELSE 1 END, q.position, t.code, s.code, h.code
           FROM visit v JOIN channel c ON c.id = v.channel_id
           LEFT JOIN question q ON q.visit_id = v.id AND v.deleted_at IS NULL
           LEFT JOIN topic t ON t.id = q.topic_id LEFT JOIN topic s ON s.id = q.subtopic_id
           LEFT JOIN help_kind h ON h.id = q.help_id
           ORDER BY v.id, q.position"""


def shown(desk: Desk) -> list[tuple[Any, ...]]:
    """SHOWN with the start cut to the hour ("2026-10-01 14", as stored on both databases)."""
    return [(row[0], row[1][:13], *row[2:]) for row in rows(desk, SHOWN)]


def without_tombstone_channel(table: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A tombstone carries no channel or entry: compare those of live visits only."""
    return [
        row if not row[6] else (row[0], row[1], None, None, None, row[5], 1, *row[7:])
        for row in table
    ]


@SLOW
@given(visits=st.lists(visit, min_size=0, max_size=12))
def test_export_import_round_trips(visits: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        branch = open_branch(tmp / "branch", RIJSWIJK)
        coordinator = open_branch(tmp / "coordinator", None)
        try:
            for v in visits:
                visit_id = log(
                    branch, v["when"], *v["topics"], help=v["help"], channel=v["channel"]
                )
                if v["deleted"]:
                    delete_visit(branch, visit_id)
            result = import_files(coordinator, [export(branch, tmp).path], confirm_key=yes)[0]
            assert result.ok, result.message
            assert result.new + result.unchanged == len(visits)
            sent = [(hour_id(row[0]), *row[1:]) for row in shown(branch)]
            assert without_tombstone_channel(shown(coordinator)) == without_tombstone_channel(
                sorted(sent, key=lambda row: (row[0], row[7] or 0))
            )
        finally:
            branch.close()
            coordinator.close()


_GOOD: dict[str, Any] = {}


def good_file() -> tuple[Path, dict[str, Any]]:
    """One export, and the coordinator's tables after importing it, made once."""
    if not _GOOD:
        tmp = Path(tempfile.mkdtemp(prefix="ido-exchange-"))
        branch = open_branch(tmp / "branch", RIJSWIJK)
        for n in range(6):
            log(branch, datetime(2026, 10, 1, 10) + timedelta(days=n, minutes=7 * n), "digid")
        path = export(branch, tmp / "good.zip", (date(2026, 10, 1), date(2026, 11, 1))).path
        branch.close()
        coordinator = open_branch(tmp / "reference", None)
        assert import_files(coordinator, [path], confirm_key=yes)[0].ok
        _GOOD.update(path=path, after=_comparable(dump(coordinator)))
        coordinator.close()
    return _GOOD["path"], _GOOD["after"]


def _comparable(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, Any]:
    """The tables without what differs between two coordinators anyway (row ids, key times)."""
    return {
        "visit": tables["visit"],
        "question": [row[1:] for row in tables["question"]],
        "location": [row[1:-2] for row in tables["location"]],
    }


@SLOW
@given(data=st.data())
def test_a_corrupted_file_is_refused_or_reads_the_same(data: st.DataObject) -> None:
    path, reference = good_file()
    content = bytearray(path.read_bytes())
    changes = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(content) - 1), st.integers(1, 255)),
            min_size=1,
            max_size=4,
        )
    )
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(content) - 1)))
    for position, xor in changes:
        content[position] ^= xor
    if cut is not None:
        del content[cut:]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        bad = tmp / "bad.zip"
        bad.write_bytes(bytes(content))
        coordinator = open_branch(tmp / "coordinator", None)
        try:
            before = dump(coordinator)
            result = import_files(coordinator, [bad], confirm_key=yes)[0]
            if result.ok:  # a flip in a part of the zip that carries no data (a timestamp)
                assert _comparable(dump(coordinator)) == reference
            else:
                assert "bad.zip" in result.message
                assert "\n" not in result.message and "b'" not in result.message
                assert len(result.message) < 500  # never the raw zip bytes
                assert dump(coordinator) == before
        finally:
            coordinator.close()


# -- weak keys ------------------------------------------------------------------------------

P = 2**255 - 19
# Encodings of the eight points of small order (libsodium's blocklist), and one that is no
# point at all: none may ever sign a file or be trusted.
SMALL_ORDER = [
    (1).to_bytes(32, "little"),  # the identity
    (P - 1).to_bytes(32, "little"),  # order 2
    bytes(32),  # order 4
    bytes(31) + b"\x80",  # order 4, the other sign
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),  # 8
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),  # 8
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
    (P + 1).to_bytes(32, "little"),  # the identity, not canonical
]


@pytest.mark.parametrize("key", SMALL_ORDER)
def test_small_order_keys_are_weak(key: bytes) -> None:
    assert is_weak_key(key)


def test_real_keys_are_not_weak(tmp_path: Path) -> None:
    for _ in range(20):
        assert not is_weak_key(raw_public(Ed25519PrivateKey.generate()))


def test_a_file_signed_by_the_identity_key_is_refused_even_when_trusted(
    coordinator: Any, tmp_path: Path
) -> None:
    """With the identity as public key, R = identity and S = 0 verify for any message."""
    path, _reference = good_file()
    identity = SMALL_ORDER[0]
    signature = identity + bytes(32)

    def sign_weakly(content: dict[str, bytes]) -> None:
        content[fmt.SIGNATURE] = json.dumps(
            {
                "algorithm": "ed25519",
                "signed_member": fmt.CHECKSUMS,
                "public_key": b64(identity),
                "signature": b64(signature),
            }
        ).encode()

    weak = rebuild(path, tmp_path / "weak.zip", None, sign_weakly)
    before = dump(coordinator)

    result = import_files(coordinator, [weak], confirm_key=yes)[0]

    assert not result.ok and "zwakke herkenningscode" in result.message, result.message
    assert dump(coordinator) == before
    key_file = tmp_path / "weak-key.json"
    key_file.write_text(
        json.dumps(
            {
                "format": "ido-desk-key",
                "version": 1,
                "location": "GM0603-huis-van-de-stad",
                "public_key": b64(identity),
                "fingerprint": "",
            }
        )
    )
    with pytest.raises(ValidationError, match="zwakke herkenningscode"):
        read_key_file(key_file)


# -- control characters, id squatting ---------------------------------------------------------

CONTROL = st.sampled_from([chr(c) for c in range(0x20)] + ["\x7f", "\x85", "\u2028", "\ud800"])


@SLOW
@given(control=CONTROL, at=st.integers(0, 6), field=st.sampled_from(["label_nl", "label_en"]))
def test_a_control_character_in_any_label_is_refused(control: str, at: int, field: str) -> None:
    path, _reference = good_file()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        key = own_key(_branch_paths(path))

        def change(lists: dict[str, Any]) -> None:
            entry = lists["topic"][0]
            entry[field] = entry[field][:at] + control + entry[field][at:]

        bad = rebuild(path, tmp / "control.zip", key, edit_json(fmt.LISTS, change))
        coordinator = open_branch(tmp / "coordinator", None)
        try:
            result = import_files(coordinator, [bad], confirm_key=yes)[0]
            assert not result.ok and f"topic[0].{field}" in result.message, result.message
            assert rows(coordinator, "SELECT count(*) FROM visit") == [(0,)]
        finally:
            coordinator.close()


def _branch_paths(path: Path) -> Any:
    from ido_desk.config import resolve_paths

    return resolve_paths(path.parent / "branch", environ={})


def test_ids_squatted_by_another_branch_are_refused_naming_both(
    coordinator: Any, tmp_path: Path
) -> None:
    """Delft (trusted) sends Rijswijk's visit ids before Rijswijk's first file: Rijswijk's file
    is refused, and the message names both locations so that the coordinator can act."""
    rijswijk = open_branch(tmp_path / "rijswijk", RIJSWIJK)
    log(rijswijk, datetime(2026, 10, 2, 10, 0))
    genuine = export(rijswijk, tmp_path / "rijswijk.zip").path
    rijswijk.close()
    taken = json.loads(members(genuine)[fmt.VISITS].splitlines()[0])["id"]
    delft = open_branch(tmp_path / "delft", DELFT)
    log(delft, datetime(2026, 10, 9, 10, 0))
    theirs = export(delft, tmp_path / "delft.zip").path
    steal = edit_line(1, lambda r: r.update(id=taken))
    squat = rebuild(theirs, tmp_path / "squat.zip", own_key(delft.paths), steal)
    delft.close()
    assert import_files(coordinator, [squat], confirm_key=yes)[0].ok
    before = dump(coordinator)

    result = import_files(coordinator, [genuine], confirm_key=yes)[0]

    assert not result.ok
    assert "GM0503-dok-centrum" in result.message and "GM0603-huis-van-de-stad" in result.message
    assert taken in result.message and "ongedaan" in result.message
    assert dump(coordinator) == before


# -- what once raised: huge integers, undecodable names, raw zip bytes in messages -------------


def huge(member_text: str, old: str) -> Callable[[dict[str, bytes]], None]:
    def change(content: dict[str, bytes]) -> None:
        member = fmt.MANIFEST if member_text == "manifest" else fmt.VISITS
        text = content[member].decode()
        assert old in text
        content[member] = text.replace(old, old.split(":")[0] + ":" + "9" * 5000, 1).encode()

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (huge("manifest", '"format_version": 1'), ["manifest.json", "te groot"]),
        (huge("visits", '"revision":1'), ["visits.jsonl", "regel 1", "te groot"]),
        (huge("visits", '"duration_min":10'), ["visits.jsonl", "regel 1"]),
    ],
)
def test_a_huge_integer_is_a_refusal_and_the_next_file_still_goes_in(
    coordinator: Desk,
    good: Path,
    branch: Desk,
    tmp_path: Path,
    change: Callable[[dict[str, bytes]], None],
    expected: list[str],
) -> None:
    bad = resigned(branch, good, "huge.zip", change)
    refused(coordinator, bad, *expected)

    first, second = import_files(coordinator, [bad, good], confirm_key=yes)

    assert not first.ok and second.ok and "3 nieuw" in second.message


def test_a_member_name_that_is_not_utf8_is_one_line_and_the_batch_goes_on(
    coordinator: Desk, good: Path, tmp_path: Path
) -> None:
    crafted = tmp_path / "names.zip"
    with zipfile.ZipFile(crafted, "w") as archive:
        for name, data in members(good).items():
            archive.writestr(name, data)
        archive.writestr("\u00e9\u00e9.txt", b"x")  # stored as UTF-8, flag 0x800 set
    raw = crafted.read_bytes()
    assert raw.count("\u00e9\u00e9".encode()) == 2  # the local header and the directory
    crafted.write_bytes(raw.replace("\u00e9\u00e9".encode(), b"\xff\xfe\xff\xfe"))

    bad, fine = import_files(coordinator, [crafted, good], confirm_key=yes)

    assert not bad.ok and "names.zip" in bad.message and "UTF-8" in bad.message
    assert "\n" not in bad.message and "\\x" not in bad.message
    assert fine.ok


def test_raw_zip_bytes_never_reach_a_message(coordinator: Desk, good: Path, tmp_path: Path) -> None:
    raw = good.read_bytes()
    header = raw.index(b"PK\x03\x04")
    name_at = header + 30  # the first member's name in its local header
    bad = tmp_path / "header.zip"
    bad.write_bytes(raw[:name_at] + b"\x01\x02\x03" + raw[name_at + 3 :])

    message = refused(coordinator, bad, "header.zip")

    assert "b'" not in message and "\\x" not in message and len(message) < 300


def test_a_file_name_that_is_not_utf8_is_imported_and_shown_cleanly(
    coordinator: Desk, good: Path, tmp_path: Path
) -> None:
    odd = tmp_path / os.fsdecode(b"export-\xff-oktober.zip")
    shutil.copy(good, odd)

    result = import_files(coordinator, [odd], confirm_key=yes)[0]

    assert result.ok, result.message
    result.message.encode("utf-8")
    assert "\ufffd" in result.message
    (name,) = [n for (n,) in rows(coordinator, "SELECT file_name FROM import_history")]
    assert name == "export-\ufffd-oktober.zip"
