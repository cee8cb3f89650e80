"""Import exchange files at the coordinator: verify -> stage -> apply.

For each file: ``verify_file`` checks format, version, signature and the small members before
anything is touched (``prepare_import``, which also finds the new keys to ask about); the
location's key must be trusted (confirmed by the user on the first import, or given as a key
file); then visits.jsonl is read once, every line checked and staged outside the write lock
(stage.py), and applied in one short transaction under the database's own lock. The first bad
line refuses the file and changes nothing. The same content twice changes nothing and says
so, also when two imports of it run at once (the check is made again under the lock)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import StorageError
from db.models import Channel, ImportRecord, Location, TrustedKey
from db.queries import exchange_stage as st
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import CodePlan, add_codes, plan_codes
from ido_desk.exchange.format import RefusedFile, UnknownKey
from ido_desk.exchange.keys import KeyFile, b64, fingerprint
from ido_desk.exchange.stage import Progress, Staged, stage_file
from ido_desk.exchange.verify import ZIP_ERRORS, VerifiedFile, verify_file
from ido_desk.roles import require_manager


@dataclass(frozen=True)
class KeyQuestion:
    """Asked before a location's key is trusted for the first time. The texts come from the
    file: show them as plain text."""

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
    message: str  # Dutch, one line, for the window and the CLI
    import_id: int | None = None
    location_code: str | None = None
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    already_imported: bool = False
    fingerprint: str | None = None  # of the key that signed the file, when it was read


@dataclass(frozen=True)
class Prepared:
    """Files verified (each read once more only by its import), the refusals so far, and the
    new keys the import would ask about, one per location and key."""

    files: list[VerifiedFile] = field(default_factory=list)
    refused: list[ImportResult] = field(default_factory=list)
    questions: list[KeyQuestion] = field(default_factory=list)


def prepare_import(desk: Desk, paths: Iterable[Path]) -> Prepared:
    """Verify each file; so that a window can ask about new keys on its own thread before the
    import runs in the background."""
    prepared = Prepared()
    asked: set[tuple[str, str]] = set()
    for path in paths:
        path = Path(path)
        try:
            verified = verify_file(path)
        except RefusedFile as exc:
            prepared.refused.append(_refused(path, exc))
            continue
        prepared.files.append(verified)
        m = verified.manifest.location
        with desk.db.session() as session:
            location = session.scalar(select(Location).where(Location.code == m.code))
            trusted = location is not None and _key_of(session, location) is not None
        own = location is not None and location.is_own
        if not trusted and not own and (m.code, verified.fingerprint) not in asked:
            asked.add((m.code, verified.fingerprint))
            prepared.questions.append(_question(verified))
    return prepared


def import_files(
    desk: Desk,
    paths: Iterable[Path],
    confirm_key: ConfirmKey = refuse_new_keys,
    *,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> list[ImportResult]:
    """Import each file on its own (see ``import_prepared``). Needs the manager role."""
    require_manager(desk, "Importeren")
    return import_prepared(desk, prepare_import(desk, paths), confirm_key, key_files, progress)


def import_prepared(
    desk: Desk,
    prepared: Prepared,
    confirm_key: ConfirmKey = refuse_new_keys,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> list[ImportResult]:
    """A refused file is reported and changes nothing; the others go ahead."""
    require_manager(desk, "Importeren")
    results = list(prepared.refused)
    for verified in prepared.files:
        try:
            results.append(import_verified(desk, verified, confirm_key, key_files, progress))
        except RefusedFile as exc:
            results.append(_refused(verified.path, exc))
        except (ValidationError, StorageError, *ZIP_ERRORS) as exc:  # the disk, a vanished file
            text = getattr(exc, "message", None) or type(exc).__name__
            results.append(_refused(verified.path, RefusedFile(verified.name, text)))
    return results


def _refused(path: Path, exc: RefusedFile) -> ImportResult:
    return ImportResult(
        file=path,
        ok=False,
        message=exc.message,
        fingerprint=getattr(exc, "fingerprint", None),
    )


def _question(verified: VerifiedFile) -> KeyQuestion:
    m = verified.manifest.location
    return KeyQuestion(verified.name, m.code, m.name, m.municipality, verified.fingerprint)


def _key_of(session: Session, location: Location) -> TrustedKey | None:
    return session.scalar(select(TrustedKey).where(TrustedKey.location_id == location.id))


def import_verified(
    desk: Desk,
    verified: VerifiedFile,
    confirm_key: ConfirmKey = refuse_new_keys,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """One file, all or nothing. Raises RefusedFile (nothing changed)."""
    with desk.db.session() as session:  # reads only: the write lock is not taken
        location = session.scalar(
            select(Location).where(Location.code == verified.manifest.location.code)
        )
        _check_location(session, verified, location)
        earlier = _already_imported(session, verified)
        if earlier is not None:
            return earlier
        source = None
        if location is None or _key_of(session, location) is None:
            source = _trust_source(verified, confirm_key, key_files)
        plan = plan_codes(session, verified.name, verified.lists)
        any_channel = session.scalar(select(Channel.id).order_by(Channel.id).limit(1))
    folder = desk.db.path.parent if desk.db.path is not None else desk.paths.data_dir
    with st.open_stage(desk.db, folder) as stage:
        staged = stage_file(verified, plan, stage, progress)
        result = _apply(desk, verified, stage, staged, source, plan, int(any_channel or 0))
    if not result.already_imported:
        stage.imported()
    return result


def _apply(
    desk: Desk,
    verified: VerifiedFile,
    stage: st.Stage,
    staged: Staged,
    source: str | None,
    plan: CodePlan,
    any_channel: int,
) -> ImportResult:
    manifest = verified.manifest
    name = verified.name
    with stage.locked_session() as session:
        location = session.scalar(select(Location).where(Location.code == manifest.location.code))
        _check_location(session, verified, location)  # again: another import may have run
        earlier = _already_imported(session, verified)
        if earlier is not None:
            return earlier
        if location is None or _key_of(session, location) is None:
            location = _trust(desk, session, verified, location, source or "confirmed")
        given = add_codes(session, name, verified.lists, plan)
        record = ImportRecord(
            location_id=location.id,
            file_name=name[:260],
            file_sha256=verified.content_sha256,
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
        held = st.compare_staged(session, stage.names, location.id)
        if held is not None:
            raise RefusedFile(
                name,
                f"dit bezoek-id is al ingelezen van een andere locatie, {held.location_code} "
                f"({fmt.shown_text(held.location_name)}, import {held.import_id}); dit bestand "
                f"komt van {location.code}. Er is niets ingelezen; maak de import van "
                f"{held.location_code} ongedaan als die deze bezoeken niet hoort te hebben.",
                member=fmt.VISITS,
                line=held.line,
                field="id",
                value=held.visit_id,
            )
        applied = st.apply_staged(
            session,
            stage.names,
            location_id=location.id,
            import_id=record.id,
            now=desk.clock(),
            any_channel=any_channel,
            given=given,
            lines=staged.lines,
            tombstones=staged.tombstones,
        )
        record.new, record.updated = applied.new, applied.updated
        record.deleted, record.unchanged = applied.deleted, applied.unchanged
        write_audit(
            session,
            desk,
            "import",
            "import",
            str(record.id),
            None,
            {"file": name, "location": location.code, **applied.__dict__},
        )
        import_id, location_code = record.id, location.code
    if any(given.values()):
        desk.lists_changed()
    return ImportResult(
        file=verified.path,
        ok=True,
        message=f"{name}: {location_code}, {applied.new} nieuw, {applied.updated} bijgewerkt, "
        f"{applied.deleted} verwijderd, {applied.unchanged} ongewijzigd.",
        import_id=import_id,
        location_code=location_code,
        new=applied.new,
        updated=applied.updated,
        deleted=applied.deleted,
        unchanged=applied.unchanged,
        fingerprint=verified.fingerprint,
    )


def _check_location(session: Session, verified: VerifiedFile, location: Location | None) -> None:
    """Refuse a file from this installation's own location, or signed by another key than
    the one trusted for its location."""
    if location is None:
        return
    if location.is_own:
        raise RefusedFile(
            verified.name,
            f"dit bestand komt van de eigen locatie van deze installatie ({location.code}); "
            "dat wordt niet ingelezen.",
        )
    key = _key_of(session, location)
    if key is not None and key.public_key != b64(verified.public_key):
        raise RefusedFile(
            verified.name,
            f"locatie {location.code} ondertekent met herkenningscode {key.fingerprint}, maar "
            f"dit bestand is ondertekend met een andere herkenningscode ({verified.fingerprint})."
            " Het "
            "bestand wordt niet ingelezen.",
            member=fmt.SIGNATURE,
        )


def _already_imported(session: Session, verified: VerifiedFile) -> ImportResult | None:
    earlier = session.scalar(
        select(ImportRecord)
        .where(
            ImportRecord.file_sha256 == verified.content_sha256,
            ImportRecord.undone_at.is_(None),
        )
        .limit(1)
    )
    if earlier is None:
        return None
    return ImportResult(
        file=verified.path,
        ok=True,
        message=f"{verified.name}: al ingelezen op {earlier.imported_at:%d-%m-%Y %H:%M} "
        f"(import {earlier.id}); er is niets veranderd.",
        import_id=earlier.id,
        location_code=verified.manifest.location.code,
        unchanged=verified.manifest.visits,
        already_imported=True,
        fingerprint=verified.fingerprint,
    )


def _trust_source(
    verified: VerifiedFile, confirm_key: ConfirmKey, key_files: Sequence[KeyFile]
) -> str:
    """How the file's new key comes to be trusted: a key file, or the user's confirmation;
    UnknownKey otherwise."""
    code = verified.manifest.location.code
    for key_file in key_files:
        if key_file.location_code == code and key_file.public_key == verified.public_key:
            return "key-file"
    if not confirm_key(_question(verified)):
        raise UnknownKey(verified.name, code, verified.fingerprint)
    return "confirmed"


def _trust(
    desk: Desk, session: Session, verified: VerifiedFile, location: Location | None, source: str
) -> Location:
    """The file's location, made if new, with the file's key trusted for it."""
    if location is None:
        m = verified.manifest.location
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
