"""Import exchange files at the coordinator: verify -> stage -> apply.

For each file: ``verify_file`` checks format, version, signature and the small members before
anything is touched (``prepare_import``, which also finds the new keys to ask about); the
location's key must be trusted (confirmed by the user on the first import, or given as a key
file: trust.py); then visits.jsonl is read once, every line checked and staged outside the
write lock (stage.py), and applied in short transactions under the database's own lock,
hidden from every reader until the last one (apply.py). The first bad line refuses the file
and changes nothing. The same content twice changes nothing and says so, also when two
imports of it run at once (the check is made again under the lock); but only after
visits.jsonl is read and its checksum found right, so a tampered copy is refused as such."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.errors import StorageError
from db.models import Channel
from db.queries import exchange_stage as st
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.exchange.apply import ImportResult, already_imported, apply_import
from ido_desk.exchange.codes import plan_codes
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.keys import KeyFile
from ido_desk.exchange.stage import Progress, check_visits, stage_file
from ido_desk.exchange.trust import (
    ConfirmKey,
    KeyQuestion,
    check_location,
    in_key_file,
    key_of,
    location_of,
    question_of,
    refuse_new_keys,
    trust_source,
)
from ido_desk.exchange.verify import ZIP_ERRORS, VerifiedFile, verify_file
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP

__all__ = [  # what the window and the CLI use
    "ImportResult",
    "KeyQuestion",
    "Prepared",
    "import_files",
    "import_prepared",
    "prepare_import",
    "refuse_new_keys",
]


@dataclass(frozen=True)
class Prepared:
    """Files verified (each read once more only by its import), the refusals so far, and the
    new keys the import would ask about, one per location and key."""

    files: list[VerifiedFile] = field(default_factory=list)
    refused: list[ImportResult] = field(default_factory=list)
    questions: list[KeyQuestion] = field(default_factory=list)


def prepare_import(
    desk: Desk, paths: Iterable[Path], key_files: Sequence[KeyFile] = ()
) -> Prepared:
    """Verify each file; so that a window can ask about new keys on its own thread before the
    import runs in the background. A key that one of ``key_files`` gives is not asked about."""
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
            location = location_of(session, verified)
            trusted = location is not None and key_of(session, location) is not None
        own = location is not None and location.is_own
        if trusted or own or in_key_file(verified, key_files):
            continue
        if (m.code, verified.fingerprint) not in asked:
            asked.add((m.code, verified.fingerprint))
            prepared.questions.append(question_of(verified))
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
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Importeren"))
    prepared = prepare_import(desk, paths, key_files)
    return import_prepared(desk, prepared, confirm_key, key_files, progress)


def import_prepared(
    desk: Desk,
    prepared: Prepared,
    confirm_key: ConfirmKey = refuse_new_keys,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> list[ImportResult]:
    """A refused file is reported and changes nothing; the others go ahead."""
    require_manager(desk, QT_TRANSLATE_NOOP("core", "Importeren"))
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


def import_verified(
    desk: Desk,
    verified: VerifiedFile,
    confirm_key: ConfirmKey = refuse_new_keys,
    key_files: Sequence[KeyFile] = (),
    progress: Progress | None = None,
) -> ImportResult:
    """One file, all or nothing. Raises RefusedFile (nothing changed)."""
    with desk.db.session() as session:  # reads only: the write lock is not taken
        location = location_of(session, verified)
        check_location(session, verified, location)
        earlier = already_imported(session, verified)
        if earlier is None:
            source = None
            if location is None or key_of(session, location) is None:
                source = trust_source(verified, confirm_key, key_files)
            plan = plan_codes(session, verified.name, verified.lists)
            any_channel = session.scalar(select(Channel.id).order_by(Channel.id).limit(1))
    if earlier is not None:  # the same signed content: told so only once visits.jsonl is
        check_visits(verified)  # read and hashed (once; it is not staged)
        return earlier
    folder = desk.db.path.parent if desk.db.path is not None else desk.paths.data_dir
    with st.open_stage(desk.db, folder) as stage:
        staged = stage_file(verified, plan, stage, progress)
        result = apply_import(desk, verified, stage, staged, source, plan, int(any_channel or 0))
    if not result.already_imported:
        stage.imported()
    return result
