"""Exchange files the coordinator must refuse as files: a changed byte or signature, an unknown
key or format version, members too big or unexpected, a file that is no export. Each with a
message that says what and where, and each leaving the coordinator's data exactly as it was."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import b64
from tests.exchange_helpers import (
    dump,
    edit_json,
    edit_line,
    export,
    log,
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
        message = refused(coordinator, target, target.name)
        assert not any(word in message for word in ("BadZip", "Error", "zlib", "CRC")), message


def test_a_truncated_file(coordinator: Desk, good: Path, tmp_path: Path) -> None:
    target = tmp_path / "truncated.zip"
    data = good.read_bytes()
    for keep in (len(data) - 200, len(data) // 2, 40):
        target.write_bytes(data[:keep])
        message = refused(coordinator, target, "truncated.zip", "beschadigd of onvolledig")
        assert "geen exportbestand" not in message


def test_a_missing_file_and_a_folder_are_named_in_dutch(coordinator: Desk, tmp_path: Path) -> None:
    message = refused(coordinator, tmp_path / "gone.zip", "gone.zip", "het bestand bestaat niet")
    assert "No such file" not in message
    folder = tmp_path / "folder.zip"
    folder.mkdir()
    message = refused(coordinator, folder, "folder.zip", "een map, geen bestand")
    assert "directory" not in message


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
