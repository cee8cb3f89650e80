"""Apply a staged file (ido_desk.exchange.stage) to the coordinator's database, all or
nothing, without keeping the front desk waiting.

1. A short transaction under the database's own lock checks again what may have changed since
   the file was verified (its location, its key, "already imported"), trusts a new key, adds
   new list codes, writes the import's history row with ``applying`` set, and compares the
   staged ids with what is stored (an id held by another location refuses the file here).
2. On SQLite the new visits go in by chunks, each a short transaction (about TARGET_S, sized
   by how long the one before took), with a pause after each so that a front-desk save gets
   its turn; they are hidden from every reader meanwhile (db.queries.visible).
3. A last short transaction replaces and deletes what the file has newer revisions of, writes
   the counts and the audit entry, and clears ``applying``: the import is there at once.

On PostgreSQL the three steps are one transaction. An error in between rolls back what the
chunks added and what the first step made (a new location, its key, new list codes); a kill
leaves it hidden until the next start rolls it all back (db.queries.exchange_recover)."""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LIST_MODELS, ImportRecord, Location, TrustedKey
from db.queries import exchange_apply as ap
from db.queries import exchange_stage as st
from db.queries.exchange_recover import forget_made, note_made, roll_back, roll_back_dead
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import CodePlan, add_codes
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.stage import Staged
from ido_desk.exchange.trust import check_location, key_of, location_of, trust
from ido_desk.exchange.verify import VerifiedFile
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count

TARGET_S = 0.8  # how long a chunk's transaction should take: a front-desk save waits that
# long, and then up to 0.1 s for its next try: about a second at most (bench.exchange)
PAUSE_S = 0.12  # after each chunk, the front desk's turn: longer than SQLite's longest wait
# between two tries of a waiting writer (0.1 s), so that a save that waits gets in
WAIT_S = 0.5  # between two looks whether another import has finished applying


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
class _Begun:
    import_id: int
    location_id: int
    location_code: str
    given: dict[str, dict[int, int]]


class _Busy(Exception):
    """Another import is applying (its process runs): wait for it."""


def already_imported(session: Session, verified: VerifiedFile) -> ImportResult | None:
    earlier = session.scalar(
        select(ImportRecord)
        .where(
            ImportRecord.file_sha256 == verified.content_sha256,
            ImportRecord.undone_at.is_(None),
            ImportRecord.applying.is_(None),
        )
        .limit(1)
    )
    if earlier is None:
        return None
    return ImportResult(
        file=verified.path,
        ok=True,
        message=QT_TRANSLATE_NOOP(
            "core",
            "{name}: al ingelezen op {imported_at:%d-%m-%Y %H:%M} (import {id}); er "
            "is niets veranderd.",
        ).format(name=verified.name, imported_at=earlier.imported_at, id=earlier.id),
        import_id=earlier.id,
        location_code=verified.manifest.location.code,
        unchanged=verified.manifest.visits,
        already_imported=True,
        fingerprint=verified.fingerprint,
    )


def apply_import(
    desk: Desk,
    verified: VerifiedFile,
    stage: st.Stage,
    staged: Staged,
    source: str | None,
    plan: CodePlan,
    any_channel: int,
) -> ImportResult:
    """The three steps (see the module); RefusedFile when the file may not be applied."""

    def begin(session: Session) -> _Begun | ImportResult:
        return _begin(session, desk, verified, stage, source, plan)

    def add(session: Session, chunk: ap.Chunk, begun: _Begun) -> None:
        ap.add_new(
            session,
            stage.names,
            chunk,
            location_id=begun.location_id,
            import_id=begun.import_id,
            now=desk.clock(),
            any_channel=any_channel,
            given=begun.given,
        )

    def all_at_once(session: Session) -> tuple[_Begun, ap.Applied] | ImportResult:
        begun = begin(session)
        if isinstance(begun, ImportResult):
            return begun
        add(session, None, begun)
        return begun, _finish(session, desk, verified, stage, staged, begun)

    if not stage.chunks:  # PostgreSQL (or nothing staged): one transaction
        outcome = _when_free(stage, all_at_once)
    else:
        begun = _when_free(stage, begin)
        if isinstance(begun, ImportResult):
            return begun
        try:
            for chunk in _timed_chunks(stage.chunks):
                with stage.locked_session() as session:
                    _still_ours(session, verified, stage, begun)
                    add(session, chunk, begun)
            with stage.locked_session() as session:
                _still_ours(session, verified, stage, begun)
                outcome = begun, _finish(session, desk, verified, stage, staged, begun)
        except BaseException:  # what the chunks added goes, and what the first step made
            with suppress(Exception), desk.db.session() as session:
                roll_back(session, begun.import_id)
            if any(begun.given.values()):
                desk.lists_changed()
            raise
    if isinstance(outcome, ImportResult):
        return outcome
    begun, applied = outcome
    if any(begun.given.values()):
        desk.lists_changed()
    return ImportResult(
        verified.path,
        True,
        QT_TRANSLATE_NOOP(
            "core",
            "{name}: {location}, {new} nieuw, {updated} bijgewerkt, {deleted} verwijderd, "
            "{unchanged} ongewijzigd.",
        ).format(
            name=verified.name,
            location=begun.location_code,
            **{key: Count(number) for key, number in vars(applied).items()},
        ),
        begun.import_id,
        begun.location_code,
        **vars(applied),
        fingerprint=verified.fingerprint,
    )


T = TypeVar("T")


def _timed_chunks(pieces: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stage's pieces joined into chunks that each take about TARGET_S to apply, however
    fast this machine is right now: the first is one piece, each next one as many as the time
    the last took says (at most twice as many); a pause of PAUSE_S after each."""
    at, size = 0, 1
    while at < len(pieces):
        upto = min(at + size, len(pieces))
        began = clock.perf_counter()
        yield pieces[at][0], pieces[upto - 1][1]
        took = clock.perf_counter() - began
        clock.sleep(PAUSE_S)  # the front desk's turn
        size = max(1, min(2 * size, int(size * TARGET_S / max(took, 0.001))))
        at = upto


def _when_free(stage: st.Stage, step: Callable[[Session], T]) -> T:
    """``step`` in a transaction under the lock, once no other import is applying (one at a
    time: the second waits)."""
    while True:
        try:
            with stage.locked_session() as session:
                return step(session)
        except _Busy:
            clock.sleep(WAIT_S)


def _begin(
    session: Session,
    desk: Desk,
    verified: VerifiedFile,
    stage: st.Stage,
    source: str | None,
    plan: CodePlan,
) -> _Begun | ImportResult:
    # SQLite: an import killed while applying is rolled back, a running one waited for
    if desk.db.path is not None and roll_back_dead(session, desk.db.path.parent):
        raise _Busy()
    manifest = verified.manifest
    name = verified.name
    location = location_of(session, verified)
    check_location(session, verified, location)  # again: another import may have run
    earlier = already_imported(session, verified)
    if earlier is not None:
        return earlier
    made: dict[str, list[int]] = {}  # table -> ids: what a roll-back removes again
    if location is None or key_of(session, location) is None:
        new = location is None
        location = trust(desk, session, verified, location, source or "confirmed")
        session.flush()
        key = key_of(session, location)
        assert key is not None
        made[TrustedKey.__tablename__] = [key.id]
        if new:
            made[Location.__tablename__] = [location.id]
    given = add_codes(session, name, verified.lists, plan)
    for kind, ids in given.items():
        table = LIST_MODELS[kind].__table__.name  # type: ignore[attr-defined]
        made.setdefault(table, []).extend(ids.values())
    record = ImportRecord(
        location_id=location.id,
        file_name=name[:260],
        file_sha256=verified.content_sha256,
        format_version=manifest.format_version,
        period_start=datetime.combine(manifest.period_start, time()),
        period_end=datetime.combine(manifest.period_end, time()),
        created_at=manifest.created_at,
        imported_at=desk.clock(),
        applying=stage.token,
    )
    if manifest.pending_months is not None:
        record.pending_months = ",".join(manifest.pending_months)
    session.add(record)
    session.flush()
    note_made(session, record.id, made)  # a roll-back removes it too: nothing stays behind
    held = ap.compare_staged(session, stage.names, location.id, given)
    if held is not None:
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core",
                "dit bezoek-id is al ingelezen van een andere locatie, {location_code} "
                "({location_name}, import {import_id}); dit bestand komt van {code}. Er "
                "is niets ingelezen; maak de import van {location_code} ongedaan als die "
                "deze bezoeken niet hoort te hebben.",
            ).format(
                location_code=held.location_code,
                location_name=fmt.shown_text(held.location_name),
                import_id=held.import_id,
                code=location.code,
            ),
            member=fmt.VISITS,
            line=held.line,
            field="id",
            value=held.visit_id,
        )
    return _Begun(record.id, location.id, location.code, given)


def _still_ours(session: Session, verified: VerifiedFile, stage: st.Stage, begun: _Begun) -> None:
    """The import's history row still says it applies (nobody took it for a killed one)."""
    token = session.scalar(select(ImportRecord.applying).where(ImportRecord.id == begun.import_id))
    if token != stage.token:
        raise RefusedFile(
            verified.name,
            QT_TRANSLATE_NOOP(
                "core", "het inlezen werd onderbroken; er is niets ingelezen. Probeer het opnieuw."
            ),
        )


def _finish(
    session: Session,
    desk: Desk,
    verified: VerifiedFile,
    stage: st.Stage,
    staged: Staged,
    begun: _Begun,
) -> ap.Applied:
    applied = ap.apply_changes(
        session,
        stage.names,
        location_id=begun.location_id,
        import_id=begun.import_id,
        now=desk.clock(),
        given=begun.given,
        lines=staged.lines,
        tombstones=staged.tombstones,
    )
    record = session.get(ImportRecord, begun.import_id)
    assert record is not None
    record.new, record.updated = applied.new, applied.updated
    record.deleted, record.unchanged = applied.deleted, applied.unchanged
    record.applying = None  # the flip: from now on every reader sees the whole import
    forget_made(session, begun.import_id)  # its location, key and codes stay for good
    write_audit(
        session,
        desk,
        "import",
        "import",
        str(record.id),
        None,
        {"file": verified.name, "location": begun.location_code, **applied.__dict__},
    )
    return applied
