"""Import exchange files at the coordinator: verify -> stage -> apply, in one transaction.

For each file: ``verify_file`` checks format, version, checksums and signature before anything
is touched; the location's key must be trusted (confirmed by the user on the first import, or
given as a key file); then the lists are merged and every line of visits.jsonl is read, checked
and applied batch by batch inside one transaction: a new visit is added, a higher revision
replaces the visit, a tombstone deletes it, anything else is unchanged. The first bad line
rolls everything back. The same file twice changes nothing and says so."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Channel, ImportRecord, Location, TrustedKey
from db.queries import exchange as q
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import merge_lists
from ido_desk.exchange.format import RefusedFile, UnknownKey
from ido_desk.exchange.keys import KeyFile, b64, fingerprint
from ido_desk.exchange.rows import RowReader, VisitRow, lines, read_lists
from ido_desk.exchange.verify import ZIP_ERRORS, VerifiedFile, verify_file
from ido_desk.roles import require_manager

BATCH = 5000
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class KeyQuestion:
    """Asked before a location's key is trusted for the first time."""

    file: str
    location_code: str
    location_name: str
    municipality: str
    fingerprint: str


ConfirmKey = Callable[[KeyQuestion], bool]


def refuse_new_keys(_question: KeyQuestion) -> bool:
    return False


@dataclass(frozen=True)
class ImportResult:
    file: Path
    ok: bool
    message: str  # Dutch, for the window and the CLI
    import_id: int | None = None
    location_code: str | None = None
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    already_imported: bool = False
    fingerprint: str | None = None  # of the key that signed the file, when it was read


@dataclass
class _Counts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    lines: int = 0
    tombstones: int = 0
    questions: int = 0


def import_files(
    desk: Desk,
    paths: Iterable[Path],
    confirm_key: ConfirmKey = refuse_new_keys,
    *,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> list[ImportResult]:
    """Import each file on its own: a refused file is reported and changes nothing; the others
    go ahead. Needs the manager role."""
    require_manager(desk, "Importeren")
    results = []
    for path in paths:
        path = Path(path)
        try:
            results.append(import_file(desk, path, confirm_key, key_files, progress))
        except RefusedFile as exc:
            results.append(
                ImportResult(
                    file=path,
                    ok=False,
                    message=exc.message,
                    fingerprint=getattr(exc, "fingerprint", None),
                )
            )
        except ZIP_ERRORS as exc:  # the file changed or vanished after it was verified
            message = f"{path.name}: het bestand kon niet worden gelezen ({exc})."
            results.append(ImportResult(file=path, ok=False, message=message))
    return results


def keys_to_confirm(desk: Desk, paths: Iterable[Path]) -> list[KeyQuestion]:
    """The new keys that importing these files would ask about, one per location and key, so
    that a window can ask on its own thread before the import runs in the background. Files
    that fail verification are left out: their import reports why."""
    questions: dict[tuple[str, str], KeyQuestion] = {}
    for path in paths:
        try:
            verified = verify_file(Path(path))
        except RefusedFile:
            continue
        m = verified.manifest.location
        with desk.db.session() as session:
            trusted = session.scalar(
                select(TrustedKey.id).join(Location).where(Location.code == m.code)
            )
            own = session.scalar(select(Location.is_own).where(Location.code == m.code))
        if trusted is None and not own:
            questions.setdefault(
                (m.code, verified.fingerprint),
                KeyQuestion(Path(path).name, m.code, m.name, m.municipality, verified.fingerprint),
            )
    return list(questions.values())


def import_file(
    desk: Desk,
    path: Path,
    confirm_key: ConfirmKey = refuse_new_keys,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """One file, all or nothing. Raises RefusedFile (nothing changed)."""
    verified = verify_file(path)
    manifest = verified.manifest
    name = path.name
    added_codes = 0
    with desk.db.session() as session:
        location = session.scalar(select(Location).where(Location.code == manifest.location.code))
        if location is not None and location.is_own:
            raise RefusedFile(
                name,
                f"dit bestand komt van de eigen locatie van deze installatie "
                f"({location.code}); dat wordt niet ingelezen.",
            )
        earlier = _already_imported(session, verified.sha256)
        if earlier is not None:
            return ImportResult(
                file=path,
                ok=True,
                message=f"{name}: al ingelezen op {earlier.imported_at:%d-%m-%Y %H:%M} "
                f"(import {earlier.id}); er is niets veranderd.",
                import_id=earlier.id,
                location_code=manifest.location.code,
                unchanged=manifest.visits,
                already_imported=True,
                fingerprint=verified.fingerprint,
            )
        location = _trusted_location(desk, session, verified, location, confirm_key, key_files)
        with zipfile.ZipFile(path) as archive:
            try:
                lists_bytes = archive.read(fmt.LISTS)
                if hashlib.sha256(lists_bytes).hexdigest() != verified.checksums[fmt.LISTS]:
                    raise RefusedFile(
                        name, "het bestand is veranderd na de controle.", member=fmt.LISTS
                    )
                raw_lists = json.loads(lists_bytes)
            except RefusedFile:
                raise
            except ZIP_ERRORS as exc:
                raise RefusedFile(name, f"beschadigd ({exc}).", member=fmt.LISTS) from None
            except (ValueError, UnicodeDecodeError):
                raise RefusedFile(name, "geen geldige JSON.", member=fmt.LISTS) from None
            file_lists = read_lists(name, raw_lists)
            ids, added_codes = merge_lists(session, file_lists)
            record = ImportRecord(
                location_id=location.id,
                file_name=name[:260],
                file_sha256=verified.sha256,
                format_version=manifest.format_version,
                period_start=datetime.combine(manifest.period_start, time()),
                period_end=datetime.combine(manifest.period_end, time()),
                created_at=manifest.created_at,
                imported_at=desk.clock(),
            )
            if manifest.pending_months is not None:
                record.pending_months = ",".join(manifest.pending_months)
            session.add(record)
            session.flush()
            reader = RowReader(
                name,
                file_lists,
                ids,
                manifest.period_start,
                manifest.period_end,
                location.id,
                q.stored_time(desk.clock()) or "",
            )
            counts = _stream(session, archive, verified, reader, record.id, progress)
        record.new, record.updated = counts.new, counts.updated
        record.deleted, record.unchanged = counts.deleted, counts.unchanged
        write_audit(
            session,
            desk,
            "import",
            "import",
            str(record.id),
            None,
            {
                "file": name,
                "location": location.code,
                "new": counts.new,
                "updated": counts.updated,
                "deleted": counts.deleted,
                "unchanged": counts.unchanged,
            },
        )
        import_id, location_code = record.id, location.code
    if added_codes:
        desk.lists_changed()
    return ImportResult(
        file=path,
        ok=True,
        message=f"{name}: {location_code}, {counts.new} nieuw, {counts.updated} bijgewerkt, "
        f"{counts.deleted} verwijderd, {counts.unchanged} ongewijzigd.",
        import_id=import_id,
        location_code=location_code,
        new=counts.new,
        updated=counts.updated,
        deleted=counts.deleted,
        unchanged=counts.unchanged,
        fingerprint=verified.fingerprint,
    )


def _already_imported(session: Session, sha256: str) -> ImportRecord | None:
    return session.scalar(
        select(ImportRecord)
        .where(ImportRecord.file_sha256 == sha256, ImportRecord.undone_at.is_(None))
        .limit(1)
    )


def _trusted_location(
    desk: Desk,
    session: Session,
    verified: VerifiedFile,
    location: Location | None,
    confirm_key: ConfirmKey,
    key_files: Sequence[KeyFile],
) -> Location:
    """The file's location, made if new, whose trusted key signed the file."""
    manifest = verified.manifest
    name = verified.path.name
    key = None
    if location is not None:
        key = session.scalar(select(TrustedKey).where(TrustedKey.location_id == location.id))
    if key is not None:
        if key.public_key != b64(verified.public_key):
            raise RefusedFile(
                name,
                f"locatie {manifest.location.code} ondertekent met sleutel {key.fingerprint}, "
                f"maar dit bestand is ondertekend met een andere sleutel "
                f"({verified.fingerprint}). Het bestand wordt niet ingelezen.",
                member=fmt.SIGNATURE,
            )
        return location  # type: ignore[return-value]
    source = None
    for key_file in key_files:
        if (
            key_file.location_code == manifest.location.code
            and key_file.public_key == verified.public_key
        ):
            source = "key-file"
    if source is None:
        question = KeyQuestion(
            file=name,
            location_code=manifest.location.code,
            location_name=manifest.location.name,
            municipality=manifest.location.municipality,
            fingerprint=verified.fingerprint,
        )
        if not confirm_key(question):
            raise UnknownKey(name, manifest.location.code, verified.fingerprint)
        source = "confirmed"
    if location is None:
        m = manifest.location
        location = Location(
            code=m.code,
            name=m.name,
            organisation=m.organisation,
            municipality=m.municipality,
            cbs_code=m.cbs_code,
            province=m.province,
            setup=m.setup,
            is_own=False,
            created_at=desk.clock(),
        )
        session.add(location)
        session.flush()
    session.add(
        TrustedKey(
            location_id=location.id,
            public_key=b64(verified.public_key),
            fingerprint=fingerprint(verified.public_key),
            source=source,
            trusted_at=desk.clock(),
        )
    )
    return location


def _stream(
    session: Session,
    archive: zipfile.ZipFile,
    verified: VerifiedFile,
    reader: RowReader,
    import_id: int,
    progress: Progress | None,
) -> _Counts:
    """Read visits.jsonl line by line and apply it a batch at a time; then check that what
    was read is what was verified, and what the manifest promised."""
    manifest = verified.manifest
    name = verified.path.name
    counts = _Counts()
    digest = hashlib.sha256()
    batch: list[VisitRow] = []
    first_line = 1
    try:
        with archive.open(fmt.VISITS) as stream:
            for number, text in lines(name, stream, digest):
                batch.append(reader.read(number, text))
                if len(batch) >= BATCH:
                    _apply(session, batch, first_line, reader, import_id, counts)
                    first_line += len(batch)
                    batch.clear()
                    if progress is not None:
                        progress(counts.lines, manifest.visits, name)
            _apply(session, batch, first_line, reader, import_id, counts)
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise RefusedFile(
            name, f"beschadigd (technische melding: {exc}).", member=fmt.VISITS
        ) from None
    if digest.hexdigest() != verified.checksums[fmt.VISITS]:
        raise RefusedFile(name, "het bestand is tijdens het inlezen veranderd.", member=fmt.VISITS)
    for field, found in (
        ("visits", counts.lines),
        ("tombstones", counts.tombstones),
        ("questions", counts.questions),
    ):
        promised = getattr(manifest, field)
        if promised != found:
            raise RefusedFile(
                name,
                f"het manifest belooft {promised}, maar {fmt.VISITS} bevat er {found}.",
                member=fmt.MANIFEST,
                field=f"counts.{field}",
                value=promised,
            )
    if progress is not None:
        progress(counts.lines, manifest.visits, name)
    return counts


def _apply(
    session: Session,
    batch: list[VisitRow],
    first_line: int,
    reader: RowReader,
    import_id: int,
    counts: _Counts,
) -> None:
    """Apply one batch of checked rows: an unknown visit is added, a higher revision replaces
    the visit, a tombstone deletes it, anything else is unchanged."""
    if not batch:
        return
    existing = q.existing_visits(session, [visit[0] for visit, _questions in batch])
    inserts: list[tuple[Any, ...]] = []
    replaces: list[tuple[Any, ...]] = []
    tombstones: list[tuple[int, str, str, str]] = []
    questions: list[tuple[Any, ...]] = []
    added: list[str] = []
    changed: list[str] = []
    new = updated = deleted = unchanged = dead = asked = 0
    location_id = reader.location_id
    for offset, (visit, question_ids) in enumerate(batch):
        visit_id = visit[0]
        asked += len(question_ids)
        old = existing.get(visit_id)
        if old is None:
            if visit[9] is None:
                new += 1
            else:  # a tombstone for a visit never seen: kept, so that an older file cannot
                # bring the visit back; the schema wants a channel and an entry
                dead += 1
                unchanged += 1
                visit = (*visit[:4], _any_channel(session), "live", *visit[6:])
            inserts.append(visit)
            added.append(visit_id)
        elif old[2] != location_id:
            raise RefusedFile(
                reader.file,
                "dit bezoek hoort bij een andere locatie.",
                member=fmt.VISITS,
                line=first_line + offset,
                field="id",
                value=visit_id,
            )
        elif old[0] >= visit[8]:
            dead += visit[9] is not None
            unchanged += 1
            continue
        elif visit[9] is not None:
            dead += 1
            if old[1]:
                unchanged += 1
            else:
                deleted += 1
            tombstones.append((visit[8], visit[9], visit[9], visit_id))
            changed.append(visit_id)
        else:
            updated += 1
            replaces.append(visit)
            changed.append(visit_id)
        position = 1
        for ids in question_ids:
            questions.append((visit_id, position, *ids))
            position += 1
    counts.lines += len(batch)
    counts.tombstones += dead
    counts.questions += asked
    counts.new += new
    counts.updated += updated
    counts.deleted += deleted
    counts.unchanged += unchanged
    changes: list[tuple[int, str, str, str | None]] = []
    if added:  # one row for the whole batch: undo needs the ids, nothing else
        changes.append((import_id, added[0], "added", json.dumps(added)))
    if changed:
        before = q.snapshots(session, changed)
        action = {r[0]: "updated" for r in replaces} | {r[3]: "deleted" for r in tombstones}
        changes.extend(
            (import_id, visit_id, action[visit_id], json.dumps(before[visit_id]))
            for visit_id in changed
        )
    q.insert_visits(session, inserts)
    q.replace_visits(session, replaces)
    if tombstones:
        q.tombstone_visits(session, tombstones)
    q.insert_questions(session, questions)
    q.insert_changes(session, changes)


def _any_channel(session: Session) -> int:
    channel = session.scalar(select(Channel.id).order_by(Channel.id).limit(1))
    assert channel is not None
    return int(channel)
