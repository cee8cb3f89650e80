"""Verify an exchange file before anything is touched: that it is a zip with exactly the
expected members, none too large, the format name and a version this program reads, the
Ed25519 signature over the checksums (by a key that is not weak), and the checksums and
content of the small members (manifest and lists).

Only the expected members are ever read, each through a size limit. visits.jsonl, the one
large member, is read once, by the import, which hashes it on the way and compares with
``VerifiedFile.visits_sha256`` before anything is applied: so a file is read and hashed
once. A file whose signed content was imported before is still read and hashed whole
(``stage.check_visits``) before it is told so: a tampered copy is refused as tampered.
``VerifiedFile`` says what the manifest promises and which key signed it; whether that
key is trusted for the location is the importer's question."""

from __future__ import annotations

import errno
import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import Manifest, RefusedFile
from ido_desk.exchange.keys import fingerprint, signature_is_valid, unb64
from ido_desk.exchange.lists_file import FileLists, read_lists
from ido_desk.exchange.manifest import parse_manifest
from ido_desk.exchange.weak_keys import is_weak_key
from ido_desk.translatable import QT_TRANSLATE_NOOP

# What a damaged or hostile zip raises while it is read (a member name that is not UTF-8
# raises UnicodeDecodeError, a ValueError)
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    OSError,
    ValueError,
)


@dataclass(frozen=True)
class VerifiedFile:
    path: Path
    name: str  # the file's name, safe to show (see fmt.shown_text)
    content_sha256: str  # of checksums.sha256: names the signed content exactly
    manifest: Manifest
    public_key: bytes
    visits_sha256: str  # what visits.jsonl must hash to
    lists: FileLists  # lists.json, read and checked

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def verify_file(path: Path) -> VerifiedFile:
    """Check the file; RefusedFile says what is wrong and where."""
    path = Path(path)
    name = fmt.shown_text(path.name, 120)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "", str(path))
        with path.open("rb") as start:
            signature = start.read(4)
    except OSError as exc:
        raise RefusedFile(name, unreadable(exc)) from None
    if size == 0:
        raise RefusedFile(name, QT_TRANSLATE_NOOP("core", "het bestand is leeg."))
    try:
        if not zipfile.is_zipfile(path):
            if signature == ZIP_START:  # begins as a zip, but its end is missing
                raise RefusedFile(name, INCOMPLETE)
            raise RefusedFile(
                name,
                QT_TRANSLATE_NOOP(
                    "core", "dit is geen exportbestand van IDO Desk (geen zip-archief)."
                ),
            )
        with zipfile.ZipFile(path) as archive:
            _check_members(name, archive)
            raw_manifest = _read_small(archive, fmt.MANIFEST)
            version = _check_format(name, _json(name, fmt.MANIFEST, raw_manifest))
            checksum_bytes = _read_small(archive, fmt.CHECKSUMS)
            checksums = _parse_checksums(name, checksum_bytes)
            public_key = _check_signature(name, archive, checksum_bytes)
            raw_lists = _read_small(archive, fmt.LISTS)
            for member, data in ((fmt.MANIFEST, raw_manifest), (fmt.LISTS, raw_lists)):
                if hashlib.sha256(data).hexdigest() != checksums[member]:
                    raise changed(name, member)
            manifest = parse_manifest(name, _json(name, fmt.MANIFEST, raw_manifest), version)
            lists = read_lists(name, _json(name, fmt.LISTS, raw_lists))
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise damaged(name, None, exc) from None
    return VerifiedFile(
        path=path,
        name=name,
        content_sha256=hashlib.sha256(checksum_bytes).hexdigest(),
        manifest=manifest,
        public_key=public_key,
        visits_sha256=checksums[fmt.VISITS],
        lists=lists,
    )


ZIP_START = b"PK\x03\x04"
INCOMPLETE = QT_TRANSLATE_NOOP(
    "core",
    "het bestand is beschadigd of onvolledig: het begint als een exportbestand, maar het einde "
    "ontbreekt (afgebroken bij het kopiëren of downloaden?). Vraag het bestand opnieuw op.",
)


def unreadable(exc: OSError) -> str:
    """Why a file cannot be read, in Dutch (the system's own text is English)."""
    if exc.errno == errno.ENOENT:
        return QT_TRANSLATE_NOOP("core", "het bestand bestaat niet (meer).")
    if exc.errno == errno.EISDIR:
        return QT_TRANSLATE_NOOP("core", "dit is een map, geen bestand.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP("core", "geen toestemming om het bestand te lezen.")
    if exc.errno == errno.EIO:
        return QT_TRANSLATE_NOOP("core", "de schijf gaf een leesfout bij dit bestand.")
    return QT_TRANSLATE_NOOP("core", "het bestand kan niet worden gelezen ({strerror}).").format(
        strerror=exc.strerror or type(exc).__name__
    )


def damaged(name: str, member: str | None, exc: BaseException) -> RefusedFile:
    """The refusal for a zip that cannot be read: one line, never the raw bytes that some of
    zipfile's messages quote."""
    if isinstance(exc, UnicodeDecodeError):
        return RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "een onderdeelnaam is geen geldige UTF-8-tekst."),
            member=member,
        )
    if isinstance(exc, OSError) and exc.errno:
        return RefusedFile(name, unreadable(exc), member=member)
    return RefusedFile(
        name,
        QT_TRANSLATE_NOOP(
            "core",
            "het bestand is beschadigd of onvolledig: het kan niet worden uitgepakt. Vraag het "
            "bestand opnieuw op.",
        ),
        member=member,
    )


def changed(name: str, member: str) -> RefusedFile:
    """The refusal for a member whose checksum does not match the signed one."""
    return RefusedFile(
        name,
        QT_TRANSLATE_NOOP(
            "core",
            "de controlesom klopt niet: dit onderdeel is na het ondertekenen "
            "gewijzigd of beschadigd.",
        ),
        member=member,
    )


def _check_members(name: str, archive: zipfile.ZipFile) -> None:
    seen: set[str] = set()
    for info in archive.infolist():
        member = info.filename
        if member in seen:
            raise RefusedFile(
                name, QT_TRANSLATE_NOOP("core", "dit onderdeel komt twee keer voor."), member=member
            )
        seen.add(member)
        if member not in fmt.MEMBERS:  # shown through fmt.shown_text by RefusedFile
            if fmt.MANIFEST not in archive.namelist():
                raise RefusedFile(
                    name,
                    QT_TRANSLATE_NOOP(
                        "core", "dit is geen exportbestand van IDO Desk (geen manifest)."
                    ),
                )
            raise RefusedFile(
                name,
                QT_TRANSLATE_NOOP("core", "onverwacht onderdeel in het bestand."),
                member=member,
            )
        if info.flag_bits & 0x1:
            raise RefusedFile(
                name, QT_TRANSLATE_NOOP("core", "dit onderdeel is versleuteld."), member=member
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise RefusedFile(
                name, QT_TRANSLATE_NOOP("core", "onbekende compressiemethode."), member=member
            )
        limit = fmt.MAX_MEMBER_SIZE[member]
        if info.file_size > limit:
            raise RefusedFile(
                name,
                QT_TRANSLATE_NOOP(
                    "core", "dit onderdeel is te groot ({file_size} bytes; hoogstens {limit})."
                ).format(file_size=info.file_size, limit=limit),
                member=member,
            )
        if info.file_size > fmt.RATIO_FROM and info.file_size > fmt.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise RefusedFile(
                name,
                QT_TRANSLATE_NOOP("core", "dit onderdeel pakt verdacht sterk uit (een zip-bom?)."),
                member=member,
            )
    missing = [m for m in fmt.MEMBERS if m not in seen]
    if fmt.MANIFEST in missing:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "dit is geen exportbestand van IDO Desk (geen manifest)."),
        )
    if missing:
        raise RefusedFile(
            name, QT_TRANSLATE_NOOP("core", "dit onderdeel ontbreekt."), member=missing[0]
        )


def _read_small(archive: zipfile.ZipFile, member: str) -> bytes:
    with archive.open(member) as stream:
        return stream.read(fmt.MAX_MEMBER_SIZE[member] + 1)[: fmt.MAX_MEMBER_SIZE[member]]


def _json(name: str, member: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise RefusedFile(
            name, QT_TRANSLATE_NOOP("core", "dit onderdeel is geen UTF-8-tekst."), member=member
        ) from None
    except json.JSONDecodeError as exc:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "geen geldige JSON ({msg}).").format(msg=exc.msg),
            member=member,
            line=exc.lineno,
        ) from None
    except (ValueError, RecursionError):  # an integer of 5,000 digits; nesting too deep
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "geen geldige JSON (een getal te groot of te diep genest)."),
            member=member,
        ) from None


def _check_format(name: str, raw: Any) -> int:
    if not isinstance(raw, dict) or raw.get("format") != fmt.FORMAT_NAME:
        value = raw.get("format") if isinstance(raw, dict) else None
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core", "dit is geen exportbestand van IDO Desk (verwacht '{format_name}')."
            ).format(format_name=fmt.FORMAT_NAME),
            member=fmt.MANIFEST,
            field="format",
            value=value,
        )
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10**6:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "ongeldige formaatversie."),
            member=fmt.MANIFEST,
            field="format_version",
            value=version,
        )
    if version not in fmt.READABLE_VERSIONS:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core",
                "formaatversie {version} kan deze versie van IDO Desk niet lezen "
                "(hoogstens {readable_versions}). Installeer de nieuwste versie van IDO "
                "Desk.",
            ).format(version=version, readable_versions=max(fmt.READABLE_VERSIONS)),
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
        raise RefusedFile(
            name, QT_TRANSLATE_NOOP("core", "geen ASCII-tekst."), member=fmt.CHECKSUMS
        ) from None
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, member = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise RefusedFile(
                name,
                QT_TRANSLATE_NOOP("core", "verwacht '<sha256>  <naam>'."),
                member=fmt.CHECKSUMS,
                line=number,
                value=line,
            )
        sums[member] = digest
    if sorted(sums) != sorted(fmt.SIGNED_MEMBERS):
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core", "de controlesommen moeten precies {signed_members} noemen."
            ).format(signed_members=", ".join(fmt.SIGNED_MEMBERS)),
            member=fmt.CHECKSUMS,
        )
    return sums


def _check_signature(name: str, archive: zipfile.ZipFile, checksums: bytes) -> bytes:
    raw = _json(name, fmt.SIGNATURE, _read_small(archive, fmt.SIGNATURE))
    if not isinstance(raw, dict) or raw.get("algorithm") != "ed25519":
        raise RefusedFile(
            name, QT_TRANSLATE_NOOP("core", "onbekend ondertekenalgoritme."), member=fmt.SIGNATURE
        )
    if raw.get("signed_member") != fmt.CHECKSUMS:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "de handtekening moet over {checksums} gaan.").format(
                checksums=fmt.CHECKSUMS
            ),
            member=fmt.SIGNATURE,
        )
    try:
        public_key = unb64(str(raw.get("public_key")))
        signature = unb64(str(raw.get("signature")))
    except ValueError:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "herkenningscode of handtekening is geen base64."),
            member=fmt.SIGNATURE,
        ) from None
    if len(public_key) != 32 or len(signature) != 64:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP("core", "herkenningscode of handtekening heeft de verkeerde lengte."),
            member=fmt.SIGNATURE,
        )
    if is_weak_key(public_key):
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core",
                "dit bestand is ondertekend met een zwakke herkenningscode (die elk "
                "bestand zou laten kloppen); het wordt nooit aangenomen.",
            ),
            member=fmt.SIGNATURE,
            field="public_key",
        )
    if not signature_is_valid(public_key, signature, checksums):
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core",
                "de handtekening klopt niet: het bestand is gewijzigd of niet met deze "
                "herkenningscode ondertekend.",
            ),
            member=fmt.SIGNATURE,
        )
    return public_key
