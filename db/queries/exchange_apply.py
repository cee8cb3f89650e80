"""The import's set-based apply of what is staged (db.queries.exchange_stage), in three steps
so that SQLite's write lock is only ever held briefly:

1. ``compare_staged`` (with the import's history row, ``applying`` set): what the live
   database holds for the staged ids; an id held by another location refuses the file.
2. ``add_new`` for each chunk of staged ids: the unknown ids are added, with ``import_id`` set
   to the import, so every reader leaves them out while it applies (db.queries.visible).
3. ``apply_changes``: a higher revision replaces a stored visit (and its questions), a
   tombstone with a higher revision deletes it, anything else is unchanged; the caller then
   clears ``applying`` in the same transaction and the whole import is there at once.

On PostgreSQL all three run in the import's one transaction (one chunk). What undo needs: the
visits added carry the import's id (``visit.import_id``), and every replaced or deleted visit
goes into import_change as it was (JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from db.queries.exchange_stage import KIND_OF_COLUMN, STAGED_QUESTION_COLUMNS, Names

Chunk = tuple[int, int] | None  # staged lines in (after, upto]; None: every staged line


@dataclass(frozen=True)
class Held:
    """A staged visit id that another location's import holds already."""

    line: int
    visit_id: str
    location_code: str
    location_name: str
    import_id: int | None


@dataclass(frozen=True)
class Applied:
    new: int
    updated: int
    deleted: int
    unchanged: int


def _sql(session: Session, statement: str, **params: Any) -> Any:
    """Run ``statement`` with named parameters; ``now`` is bound as a datetime."""
    clause = text(statement)
    if "now" in params:
        clause = clause.bindparams(bindparam("now", type_=DateTime()))
    return session.connection().execute(clause, params)


def compare_staged(
    session: Session, names: Names, location_id: int, given: dict[str, dict[int, int]]
) -> Held | None:
    """Fill the stage's ``old`` with what the live database holds for the staged ids, and its
    ``idmap`` with the ids the new codes got; the first id held by another location, if any
    (then nothing may be applied)."""
    n = names
    pairs = [{"p": temp, "g": real} for ids in given.values() for temp, real in ids.items()]
    if pairs:
        session.connection().execute(text(f"INSERT INTO {n.idmap} VALUES (:p, :g)"), pairs)
    _sql(
        session,
        f"INSERT INTO {n.old} (id, action, was_deleted, deleted, line, location_id) "
        "SELECT s.id, CASE WHEN v.location_id <> :location THEN 'foreign' "
        "WHEN v.revision >= s.revision THEN 'unchanged' "
        "WHEN s.deleted = 1 THEN 'deleted' ELSE 'updated' END, "
        "CASE WHEN v.deleted_at IS NULL THEN 0 ELSE 1 END, s.deleted, s.line, v.location_id "
        f"FROM {n.v} AS s {n.join} {n.visit} AS v ON v.id = s.id",
        location=location_id,
    )
    row = _sql(
        session,
        "SELECT o.line, o.id, l.code, l.name, (SELECT max(h.id) FROM import_history h "
        "WHERE h.location_id = o.location_id AND h.undone_at IS NULL) "
        f"FROM {n.old} o JOIN location l ON l.id = o.location_id "
        "WHERE o.action = 'foreign' ORDER BY o.line LIMIT 1",
    ).first()
    return None if row is None else Held(*row)


def _column(n: Names, table: str, column: str, remapped: set[str]) -> str:
    """A staged list id, provisional ids (negative) replaced by those the new codes got."""
    if KIND_OF_COLUMN.get(column) not in remapped:
        return f"{table}.{column}"
    return (
        f"CASE WHEN {table}.{column} < 0 THEN (SELECT m.given FROM {n.idmap} m "
        f"WHERE m.provisional = {table}.{column}) ELSE {table}.{column} END"
    )


def _remapped(given: dict[str, dict[int, int]]) -> set[str]:
    return {kind for kind, ids in given.items() if ids}


def _in(chunk: Chunk, column: str) -> str:
    """The staged rows of ``chunk``, by their line (the staged ids rise with their lines)."""
    return "1 = 1" if chunk is None else f"{column} > :after AND {column} <= :upto"


def _bounds(chunk: Chunk) -> dict[str, int]:
    return {} if chunk is None else {"after": chunk[0], "upto": chunk[1]}


def add_new(
    session: Session,
    names: Names,
    chunk: Chunk,
    *,
    location_id: int,
    import_id: int,
    now: datetime,
    any_channel: int,
    given: dict[str, dict[int, int]],
) -> None:
    """Add the staged visits of ``chunk`` that the live database does not hold (see
    ``compare_staged``), with their questions, marked as the import's (``import_id``: what
    undo and a roll-back remove)."""
    n = names
    remapped = _remapped(given)
    fresh = f"NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = s.id) AND {_in(chunk, 's.line')}"
    channel = _column(n, "s", "channel_id", remapped)
    _sql(
        session,
        f"INSERT INTO {n.visit} (id, location_id, started_at, duration_min, channel_id, entry, "
        "created_at, updated_at, revision, deleted_at, import_id, question_count) "
        f"SELECT s.id, :location, s.started_at, s.duration_min, COALESCE({channel}, :channel), "
        "COALESCE(s.entry, 'live'), :now, :now, s.revision, CASE WHEN s.deleted = 1 THEN :now "
        f"END, :import_id, s.question_count FROM {n.v} s WHERE {fresh}",
        location=location_id,
        channel=any_channel,
        now=now,
        import_id=import_id,
        **_bounds(chunk),
    )
    added = f"NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = q.visit_id)"
    where = f"{_in(chunk, 'q.line')} AND {added}"
    _insert_questions(session, n, remapped, where, **_bounds(chunk))


def apply_changes(
    session: Session,
    names: Names,
    *,
    location_id: int,
    import_id: int,
    now: datetime,
    given: dict[str, dict[int, int]],
    lines: int,
    tombstones: int,
) -> Applied:
    """Replace or delete the stored visits the stage has a higher revision of (after every
    chunk of ``add_new``); the counts of the whole import."""
    n = names
    remapped = _remapped(given)
    held = _sql(session, f"SELECT count(*) FROM {n.old}").scalar_one()
    if held:
        _changed(session, n, location_id, import_id, now, remapped)
    counts: dict[tuple[str, int, int], int] = {
        (action, was, dead): count
        for action, was, dead, count in _sql(
            session,
            f"SELECT action, was_deleted, deleted, count(*) FROM {n.old} "
            "GROUP BY action, was_deleted, deleted",
        )
    }

    def total(action: str | None = None, was: int | None = None, dead: int | None = None) -> int:
        return sum(
            count
            for (a, w, d), count in counts.items()
            if action in (None, a) and was in (None, w) and dead in (None, d)
        )

    return Applied(
        new=lines - tombstones - total(dead=0),
        updated=total("updated"),
        deleted=total("deleted", was=0),
        unchanged=total("unchanged") + total("deleted", was=1) + tombstones - total(dead=1),
    )


def _changed(
    session: Session, n: Names, location_id: int, import_id: int, now: datetime, remapped: set[str]
) -> None:
    question_row = (
        f"{n.array}(q.visit_id, q.position, q.domain_id, q.topic_id, q.subtopic_id, "
        "q.organisation_id, q.help_id, q.referral_id)"
    )
    questions = (
        f"(SELECT {n.agg(question_row, 'q.position', as_text=False)} FROM "
        f"(SELECT * FROM {n.question} q WHERE q.visit_id = v.id ORDER BY q.position) q)"
    )
    snapshot = (
        f"{n.object}('visit', {n.array}(v.id, v.location_id, v.started_at, v.duration_min, "
        "v.channel_id, v.entry, v.created_at, v.updated_at, v.revision, v.deleted_at), "
        f"'questions', {questions})"
    )
    _sql(
        session,
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        f"SELECT :import_id, v.id, o.action, {n.as_text(snapshot)} "
        f"FROM {n.old} o JOIN {n.visit} v ON v.id = o.id "
        "WHERE o.action IN ('updated', 'deleted') ORDER BY o.line",
        import_id=import_id,
    )
    _sql(
        session,
        f"DELETE FROM {n.question} WHERE visit_id IN "
        f"(SELECT id FROM {n.old} WHERE action = 'updated')",
    )
    channel = _column(n, "s", "channel_id", remapped)
    _sql(
        session,
        f"UPDATE {n.visit} SET location_id = :location, started_at = s.started_at, "
        f"duration_min = s.duration_min, channel_id = {channel}, entry = s.entry, "
        "updated_at = :now, revision = s.revision, deleted_at = NULL, "
        "question_count = s.question_count "
        f"FROM {n.old} AS o JOIN {n.v} AS s ON s.line = o.line "
        f"WHERE o.action = 'updated' AND {n.visit}.id = o.id",
        location=location_id,
        now=now,
    )
    _sql(
        session,
        f"UPDATE {n.visit} SET revision = s.revision, deleted_at = :now, updated_at = :now "
        f"FROM {n.old} AS o JOIN {n.v} AS s ON s.line = o.line "
        f"WHERE o.action = 'deleted' AND {n.visit}.id = o.id",
        now=now,
    )
    replaced = f"EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = q.visit_id AND o.action = 'updated')"
    _insert_questions(session, n, remapped, replaced)


def _insert_questions(
    session: Session, n: Names, remapped: set[str], where: str, **params: int
) -> None:
    """The staged questions ``where`` says (over ``q``) into the live table."""
    columns = ", ".join(_column(n, "q", c, remapped) for c in STAGED_QUESTION_COLUMNS)
    _sql(
        session,
        f"INSERT INTO {n.question} ({', '.join(STAGED_QUESTION_COLUMNS)}) "
        f"SELECT {columns} FROM {n.q} q WHERE {where}",
        **params,
    )
