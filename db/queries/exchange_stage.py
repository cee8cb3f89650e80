"""The import's staging, on SQLite and on PostgreSQL.

An import checks every line of a file into staging tables (``Stage.add``), then applies it
under the database's own lock (``Stage.locked_session``: a second import waits there) in a
few INSERT ... SELECT and UPDATE ... FROM statements (db.queries.exchange_apply). All or
nothing: a refusal, a crash or a lost connection changes nothing that anyone sees.

- SQLite (exchange_file.SqliteStage): a staging database file of the import's own, filled
  without the live database's write lock and attached for each step of the apply, each a
  short BEGIN IMMEDIATE transaction (``chunks``): the front desk waits at most one chunk. The
  import's history row says ``applying`` (the stage file's name) until the last step, and
  its visits stay hidden meanwhile (db.queries.visible); a killed import is rolled back at
  the next start (exchange_recover).
- PostgreSQL (exchange_copy.PostgresStage): temporary tables of the import's own connection,
  filled with COPY inside the import's one transaction; the lock is an advisory lock taken
  just before the apply (readers and the front desk never wait for it), and every step runs
  in that one transaction."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

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
    question_set: int | None  # the staged set of its questions (None on a tombstone)
    question_count: int  # how many questions the line has (0 on a tombstone)


STAGED_VISIT_COLUMNS = StagedVisit._fields
QUESTION_ID_COLUMNS = (
    "domain_id",
    "topic_id",
    "subtopic_id",
    "organisation_id",
    "help_id",
    "referral_id",
)
# A visit's questions are staged as a set shared by every visit with the same questions (most
# visits share their few combinations): a row per question of a set, not per question asked.
# The staged questions per visit (``Names.q``, STAGED_QUESTION_COLUMNS) join the two.
STAGED_SET_COLUMNS = ("question_set", "position", *QUESTION_ID_COLUMNS)
STAGED_QUESTION_COLUMNS = ("visit_id", "position", *QUESTION_ID_COLUMNS)
KIND_OF_COLUMN = {
    "channel_id": "channel",
    "domain_id": "domain",
    "topic_id": "topic",
    "subtopic_id": "topic",
    "organisation_id": "organisation",
    "help_id": "help",
    "referral_id": "referral",
}


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
    "stage.v",
    "stage.q",
    "stage.old",
    "stage.idmap",
    "main.visit",
    "main.question",
    "CROSS JOIN",
    "json_array",
    "json_object",
)


class Stage(ABC):
    """Where an import's checked lines wait for the apply."""

    names: Names
    token: str  # what the import's history row holds in ``applying`` while it applies
    # the staged lines in chunks (after, upto], one short transaction each; empty: the whole
    # apply in one transaction (PostgreSQL)
    chunks: list[tuple[int, int]]

    @abstractmethod
    def add(self, visits: Sequence[Sequence[Any]], sets: Sequence[Sequence[Any]]) -> None:
        """Rows in the order of STAGED_VISIT_COLUMNS and STAGED_SET_COLUMNS (the sets new
        since the last call)."""

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
