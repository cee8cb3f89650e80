"""The import's staging and its set-based apply, on SQLite and on PostgreSQL.

An import checks every line of a file into staging tables (``Stage.add``), then takes the
database's own lock (``Stage.locked_session``: a second import waits there) and
``apply_staged`` merges everything in a few INSERT ... SELECT and UPDATE ... FROM statements.
All or nothing: a refusal, a crash or a lost connection before COMMIT changes nothing.

- SQLite (exchange_file.SqliteStage): a staging database file of the import's own, filled
  without the live database's write lock, attached for the apply under BEGIN IMMEDIATE; so
  the front desk waits only for that final transaction.
- PostgreSQL (exchange_copy.PostgresStage): temporary tables of the import's own connection,
  filled with COPY inside the import's one transaction; the lock is an advisory lock taken
  just before the apply (readers and the front desk never wait for it)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import DateTime, bindparam, text
from sqlalchemy.orm import Session

from db.engine import Database, storage_error


class StagedVisit(NamedTuple):
    """A checked line of visits.jsonl as it is staged (list ids: the coordinator's; a new
    code's: provisional, negative)."""

    id: str
    line: int
    revision: int
    started_at: str  # as stored: "2026-10-01 14:00:00.000000"
    duration_min: int | None
    channel_id: int | None  # None on a tombstone
    entry: str | None  # None on a tombstone
    deleted: int  # 1 on a tombstone


STAGED_VISIT_COLUMNS = StagedVisit._fields
STAGED_QUESTION_COLUMNS = (
    "visit_id",
    "position",
    "domain_id",
    "topic_id",
    "subtopic_id",
    "organisation_id",
    "help_id",
    "referral_id",
)
KIND_OF_COLUMN = {
    "channel_id": "channel",
    "domain_id": "domain",
    "topic_id": "topic",
    "subtopic_id": "topic",
    "organisation_id": "organisation",
    "help_id": "help",
    "referral_id": "referral",
}
ADDED_PER_ROW = 5000  # ids per "added" row of import_change



@dataclass(frozen=True)
class Names:
    """How the apply's SQL names the staging tables, the live ones and the JSON functions."""

    v: str
    q: str
    old: str
    idmap: str
    visit: str
    question: str
    join: str  # the join of the staged ids to the live visits
    array: str
    object: str
    postgresql: bool = False

    def agg(self, expression: str, order: str, *, as_text: bool = True) -> str:
        """A JSON array of ``expression`` over the rows in ``order`` ("[]" for none), as text
        or as JSON to nest. SQLite: the rows come from a subquery ordered already."""
        if not self.postgresql:
            return f"json_group_array({expression})"
        array = f"coalesce(json_agg({expression} ORDER BY {order}), '[]'::json)"
        return f"{array}::text" if as_text else array

    def as_text(self, json: str) -> str:
        return f"({json})::text" if self.postgresql else json


SQLITE_NAMES = Names(
    "stage.v", "stage.q", "stage.old", "stage.idmap", "main.visit", "main.question",
    "CROSS JOIN", "json_array", "json_object",
)


class Stage(ABC):
    """Where an import's checked lines wait for the apply."""

    names: Names

    @abstractmethod
    def add(self, visits: Sequence[Sequence[Any]], questions: Sequence[Sequence[Any]]) -> None:
        """Rows in the order of STAGED_VISIT_COLUMNS and STAGED_QUESTION_COLUMNS."""

    @abstractmethod
    def staged(self) -> None:
        """Every line is in."""

    @abstractmethod
    def locked_session(self) -> Any:
        """A context manager: a session on the live database that sees the staging tables,
        inside the database's lock for imports; it commits when the block ends and rolls
        back when it raises. Errors the user can act on come out as StorageError."""

    @abstractmethod
    def close(self) -> None:
        """Throw the staging away (also after an error)."""

    def imported(self) -> None:
        """After an import was committed (outside the lock): SQLite checkpoints its WAL."""
        return None

    def __enter__(self) -> Stage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_stage(db: Database, folder: Path) -> Stage:
    """A new, empty stage for an import into ``db``; a SQLite stage's file goes in ``folder``."""
    if db.engine.dialect.name == "postgresql":
        from db.queries.exchange_copy import PostgresStage

        return PostgresStage(db)
    from db.queries.exchange_file import SqliteStage

    return SqliteStage(db, folder)


@contextmanager
def session_on(connection: Any) -> Iterator[Session]:
    """A session on ``connection`` (a transaction open): commit at the end, roll back on an
    error."""
    session = Session(bind=connection)
    try:
        yield session
        session.flush()
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        session.close()


def translated_error(exc: BaseException) -> BaseException:
    translated = storage_error(exc)
    return exc if translated is None else translated


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


def compare_staged(session: Session, names: Names, location_id: int) -> Held | None:
    """Fill the stage's ``old`` with what the live database holds for the staged ids; the
    first id held by another location, if any (then nothing may be applied)."""
    n = names
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


def apply_staged(
    session: Session,
    names: Names,
    *,
    location_id: int,
    import_id: int,
    now: datetime,
    any_channel: int,
    given: dict[str, dict[int, int]],
    lines: int,
    tombstones: int,
) -> Applied:
    """Merge the staged visits (after ``compare_staged`` found none held elsewhere): an
    unknown id is added, a higher revision replaces the visit and its questions, a tombstone
    with a higher revision deletes it, anything else is unchanged. What undo needs goes into
    import_change: the ids added, and every replaced or deleted visit as it was (JSON)."""
    n = names
    remapped = {kind for kind, ids in given.items() if ids}
    pairs = [{"p": temp, "g": real} for ids in given.values() for temp, real in ids.items()]
    if pairs:
        session.connection().execute(text(f"INSERT INTO {n.idmap} VALUES (:p, :g)"), pairs)
    held = _sql(session, f"SELECT count(*) FROM {n.old}").scalar_one()
    fresh = f"NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = s.id)" if held else "1 = 1"
    channel = _column(n, "s", "channel_id", remapped)
    _sql(
        session,
        "INSERT INTO import_change (import_id, visit_id, action, before) "
        f"SELECT :import_id, min(t.id), 'added', {n.agg('t.id', 't.id')} FROM (SELECT s.id, "
        f"(s.line - 1) / {ADDED_PER_ROW} AS part FROM {n.v} s WHERE {fresh} ORDER BY s.id) t "
        "GROUP BY t.part",
        import_id=import_id,
    )
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
        f"INSERT INTO {n.visit} (id, location_id, started_at, duration_min, channel_id, entry, "
        "created_at, updated_at, revision, deleted_at) "
        f"SELECT s.id, :location, s.started_at, s.duration_min, COALESCE({channel}, :channel), "
        "COALESCE(s.entry, 'live'), :now, :now, s.revision, CASE WHEN s.deleted = 1 THEN :now "
        f"END FROM {n.v} s WHERE {fresh}",
        location=location_id,
        channel=any_channel,
        now=now,
    )
    if held:
        _sql(
            session,
            f"DELETE FROM {n.question} WHERE visit_id IN "
            f"(SELECT id FROM {n.old} WHERE action = 'updated')",
        )
        _sql(
            session,
            f"UPDATE {n.visit} SET location_id = :location, started_at = s.started_at, "
            f"duration_min = s.duration_min, channel_id = {channel}, entry = s.entry, "
            "updated_at = :now, revision = s.revision, deleted_at = NULL "
            f"FROM {n.old} AS o JOIN {n.v} AS s ON s.id = o.id "
            f"WHERE o.action = 'updated' AND {n.visit}.id = o.id",
            location=location_id,
            now=now,
        )
        _sql(
            session,
            f"UPDATE {n.visit} SET revision = s.revision, deleted_at = :now, updated_at = :now "
            f"FROM {n.old} AS o JOIN {n.v} AS s ON s.id = o.id "
            f"WHERE o.action = 'deleted' AND {n.visit}.id = o.id",
            now=now,
        )
    columns = ", ".join(_column(n, "q", c, remapped) for c in STAGED_QUESTION_COLUMNS)
    keep = (
        f"WHERE NOT EXISTS (SELECT 1 FROM {n.old} o WHERE o.id = q.visit_id "
        "AND o.action <> 'updated')"
        if held
        else ""
    )
    _sql(
        session,
        f"INSERT INTO {n.question} ({', '.join(STAGED_QUESTION_COLUMNS)}) "
        f"SELECT {columns} FROM {n.q} q {keep}",
    )
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
