"""Verify an exchange file before anything is touched: that it is a zip with exactly the
expected members, none too large, the format name and a version this program reads, the
checksums of the signed members, and the Ed25519 signature over the checksums.

Only the expected members are ever read, each through a size limit; a member is streamed, never
read whole (except the small ones). ``VerifiedFile`` says what the manifest promises and which
key signed it; whether that key is trusted for the location is the importer's question."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import Manifest, ManifestLocation, RefusedFile
from ido_desk.exchange.keys import fingerprint, signature_is_valid, unb64

CHUNK = 1024 * 1024
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)


@dataclass(frozen=True)
class VerifiedFile:
    path: Path
    sha256: str  # of the whole file
    manifest: Manifest
    public_key: bytes
    checksums: dict[str, str]  # member -> sha256 hex

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def verify_file(path: Path) -> VerifiedFile:
    """Check the whole file; RefusedFile says what is wrong and where."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RefusedFile(name, f"het bestand kan niet worden gelezen ({exc.strerror}).") from None
    if size == 0:
        raise RefusedFile(name, "het bestand is leeg.")
    if not zipfile.is_zipfile(path):
        raise RefusedFile(name, "dit is geen exportbestand van IDO Desk (geen zip-archief).")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(name, archive)
            raw_manifest = _json(name, fmt.MANIFEST, _read_small(archive, fmt.MANIFEST))
            version = _check_format(name, raw_manifest)
            checksum_bytes = _read_small(archive, fmt.CHECKSUMS)
            checksums = _parse_checksums(name, checksum_bytes)
            public_key = _check_signature(name, archive, checksum_bytes)
            for member in fmt.SIGNED_MEMBERS:
                if _hash_member(archive, member) != checksums[member]:
                    raise RefusedFile(
                        name,
                        "de controlesom klopt niet: dit onderdeel is na het ondertekenen "
                        "gewijzigd of beschadigd.",
                        member=member,
                    )
            manifest = parse_manifest(name, raw_manifest, version)
        with open(path, "rb") as whole:
            file_hash = hashlib.file_digest(whole, "sha256").hexdigest()
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise RefusedFile(
            name, f"het bestand is beschadigd of onvolledig (technische melding: {exc})."
        ) from None
    return VerifiedFile(path, file_hash, manifest, public_key, checksums)


def _check_members(name: str, archive: zipfile.ZipFile) -> None:
    seen: set[str] = set()
    for info in archive.infolist():
        member = info.filename
        if member in seen:
            raise RefusedFile(name, "dit onderdeel komt twee keer voor.", member=member)
        seen.add(member)
        if member not in fmt.MEMBERS:
            if fmt.MANIFEST not in archive.namelist():
                raise RefusedFile(name, "dit is geen exportbestand van IDO Desk (geen manifest).")
            raise RefusedFile(name, "onverwacht onderdeel in het bestand.", member=member)
        if info.flag_bits & 0x1:
            raise RefusedFile(name, "dit onderdeel is versleuteld.", member=member)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise RefusedFile(name, "onbekende compressiemethode.", member=member)
        limit = fmt.MAX_MEMBER_SIZE[member]
        if info.file_size > limit:
            raise RefusedFile(
                name,
                f"dit onderdeel is te groot ({info.file_size} bytes; hoogstens {limit}).",
                member=member,
            )
        if info.file_size > fmt.RATIO_FROM and info.file_size > fmt.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise RefusedFile(
                name,
                "dit onderdeel pakt verdacht sterk uit (een zip-bom?).",
                member=member,
            )
    missing = [m for m in fmt.MEMBERS if m not in seen]
    if fmt.MANIFEST in missing:
        raise RefusedFile(name, "dit is geen exportbestand van IDO Desk (geen manifest).")
    if missing:
        raise RefusedFile(name, "dit onderdeel ontbreekt.", member=missing[0])


@contextmanager
def open_member(archive: zipfile.ZipFile, member: str) -> Iterator[IO[bytes]]:
    """A member opened for streaming; its size was checked when the file was verified."""
    with archive.open(member) as stream:
        yield stream


def _read_small(archive: zipfile.ZipFile, member: str) -> bytes:
    with archive.open(member) as stream:
        return stream.read(fmt.MAX_MEMBER_SIZE[member] + 1)[: fmt.MAX_MEMBER_SIZE[member]]


def _hash_member(archive: zipfile.ZipFile, member: str) -> str:
    digest = hashlib.sha256()
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _json(name: str, member: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise RefusedFile(name, "dit onderdeel is geen UTF-8-tekst.", member=member) from None
    except json.JSONDecodeError as exc:
        raise RefusedFile(
            name, f"geen geldige JSON ({exc.msg}).", member=member, line=exc.lineno
        ) from None


def _check_format(name: str, raw: Any) -> int:
    if not isinstance(raw, dict) or raw.get("format") != fmt.FORMAT_NAME:
        value = raw.get("format") if isinstance(raw, dict) else None
        raise RefusedFile(
            name,
            f"dit is geen exportbestand van IDO Desk (verwacht '{fmt.FORMAT_NAME}').",
            member=fmt.MANIFEST,
            field="format",
            value=value,
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RefusedFile(
            name,
            "ongeldige formaatversie.",
            member=fmt.MANIFEST,
            field="format_version",
            value=version,
        )
    if version not in fmt.READABLE_VERSIONS:
        raise RefusedFile(
            name,
            f"formaatversie {version} kan deze versie van IDO Desk niet lezen (hoogstens "
            f"{max(fmt.READABLE_VERSIONS)}). Installeer de nieuwste versie van IDO Desk.",
            member=fmt.MANIFEST,
            field="format_version",
            value=version,
        )
    return version


def _parse_checksums(name: str, data: bytes) -> dict[str, str]:
    sums: dict[str, str] = {}
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise RefusedFile(name, "geen ASCII-tekst.", member=fmt.CHECKSUMS) from None
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, member = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise RefusedFile(
                name, "verwacht '<sha256>  <naam>'.", member=fmt.CHECKSUMS, line=number, value=line
            )
        sums[member] = digest
    if sorted(sums) != sorted(fmt.SIGNED_MEMBERS):
        raise RefusedFile(
            name,
            f"de controlesommen moeten precies {', '.join(fmt.SIGNED_MEMBERS)} noemen.",
            member=fmt.CHECKSUMS,
        )
    return sums


def _check_signature(name: str, archive: zipfile.ZipFile, checksums: bytes) -> bytes:
    raw = _json(name, fmt.SIGNATURE, _read_small(archive, fmt.SIGNATURE))
    if not isinstance(raw, dict) or raw.get("algorithm") != "ed25519":
        raise RefusedFile(name, "onbekend ondertekenalgoritme.", member=fmt.SIGNATURE)
    if raw.get("signed_member") != fmt.CHECKSUMS:
        raise RefusedFile(
            name, f"de handtekening moet over {fmt.CHECKSUMS} gaan.", member=fmt.SIGNATURE
        )
    try:
        public_key = unb64(str(raw.get("public_key")))
        signature = unb64(str(raw.get("signature")))
    except ValueError:
        raise RefusedFile(
            name, "sleutel of handtekening is geen base64.", member=fmt.SIGNATURE
        ) from None
    if len(public_key) != 32 or len(signature) != 64:
        raise RefusedFile(
            name, "sleutel of handtekening heeft de verkeerde lengte.", member=fmt.SIGNATURE
        )
    if not signature_is_valid(public_key, signature, checksums):
        raise RefusedFile(
            name,
            "de handtekening klopt niet: het bestand is gewijzigd of niet door deze sleutel "
            "ondertekend.",
            member=fmt.SIGNATURE,
        )
    return public_key


def parse_manifest(name: str, raw: dict[str, Any], version: int) -> Manifest:
    """The manifest's fields, each checked; version 1 is the only layout so far."""

    def field(path: str, kind: type, *, text: bool = False) -> Any:
        value: Any = raw
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise RefusedFile(
                name,
                "ontbreekt of heeft het verkeerde type.",
                member=fmt.MANIFEST,
                field=path,
                value=value,
            )
        if text and isinstance(value, str) and fmt.looks_like_formula(value):
            raise RefusedFile(
                name,
                "tekst die begint met =, +, -, @ of een tab wordt niet aangenomen "
                "(formule-injectie).",
                member=fmt.MANIFEST,
                field=path,
                value=value,
            )
        return value

    def day(path: str) -> date:
        value = field(path, str)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise RefusedFile(
                name, "geen datum (JJJJ-MM-DD).", member=fmt.MANIFEST, field=path, value=value
            ) from None

    def count(path: str) -> int:
        value = field(path, int)
        if value < 0:
            raise RefusedFile(
                name,
                "een aantal kan niet negatief zijn.",
                member=fmt.MANIFEST,
                field=path,
                value=value,
            )
        return int(value)

    code = field("location.code", str, text=True)
    if not fmt.LOCATION_CODE.match(code):
        raise RefusedFile(
            name, "ongeldige locatiecode.", member=fmt.MANIFEST, field="location.code", value=code
        )
    cbs = field("location.cbs_code", str)
    if not fmt.CBS_CODE.match(cbs):
        raise RefusedFile(
            name,
            "ongeldige CBS-gemeentecode (GM en vier cijfers).",
            member=fmt.MANIFEST,
            field="location.cbs_code",
            value=cbs,
        )
    start, end = day("period.start"), day("period.end")
    if end <= start:
        raise RefusedFile(
            name,
            "het einde van de periode ligt niet na het begin.",
            member=fmt.MANIFEST,
            field="period.end",
            value=end.isoformat(),
        )
    created = field("created_at", str)
    try:
        created_at = fmt.parse_hour(created)
    except ValueError:
        raise RefusedFile(
            name,
            "geen tijdstip (JJJJ-MM-DDTUU).",
            member=fmt.MANIFEST,
            field="created_at",
            value=created,
        ) from None
    return Manifest(
        format_version=version,
        location=ManifestLocation(
            code=code,
            name=field("location.name", str, text=True),
            organisation=field("location.organisation", str, text=True),
            municipality=field("location.municipality", str, text=True),
            cbs_code=cbs,
            province=field("location.province", str, text=True),
            setup=field("location.setup", str, text=True),
        ),
        period_start=start,
        period_end=end,
        visits=count("counts.visits"),
        tombstones=count("counts.tombstones"),
        questions=count("counts.questions"),
        created_at=created_at,
        program=field("program", str, text=True),
        pending_months=_pending_months(name, raw),
    )


def _pending_months(name: str, raw: dict[str, Any]) -> tuple[str, ...] | None:
    """The optional list of months the branch still has to deliver ("2026-09", ...)."""
    if fmt.PENDING_MONTHS not in raw:
        return None
    value = raw[fmt.PENDING_MONTHS]
    if (
        not isinstance(value, list)
        or len(value) > fmt.MAX_PENDING_MONTHS
        or not all(isinstance(m, str) and fmt.MONTH.match(m) for m in value)
    ):
        raise RefusedFile(
            name,
            f"verwacht een lijst van hoogstens {fmt.MAX_PENDING_MONTHS} maanden (JJJJ-MM).",
            member=fmt.MANIFEST,
            field=fmt.PENDING_MONTHS,
            value=value,
        )
    return tuple(value)
