"""Roll back an import that was killed while it applied its new visits (SQLite applies them
in chunks, db.queries.exchange_apply): its history row still says ``applying`` and nobody holds
its stage file. Its visits were hidden all along (db.queries.visible); here they go, with
its questions, its undo rows and its history row, in one transaction. What its first step
added stays: the location and its trusted key (confirmed by the user) and new list codes.

``recover_imports`` runs when a desk is opened and before each import; an import that is
still running (its process holds its stage file) is left alone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Connection, delete, select

from db.engine import Database
from db.queries.stage_owner import STAGE_PREFIX, owner_alive
from db.tables import import_change, import_history, question, visit

if TYPE_CHECKING:  # Core only: every start runs the check, ``ido-desk log`` loads no ORM
    from sqlalchemy.orm import Session

Unit: TypeAlias = "Session | Connection"


def _connection(unit: Unit) -> Connection:
    return unit if isinstance(unit, Connection) else unit.connection()


def applying(unit: Unit) -> list[tuple[int, str]]:
    """(id, stage file name) of the imports whose visits are still hidden."""
    return [
        (int(row[0]), str(row[1]))
        for row in _connection(unit).execute(
            select(import_history.c.id, import_history.c.applying).where(
                import_history.c.applying.is_not(None)
            )
        )
    ]


def roll_back(unit: Unit, import_id: int) -> None:
    """Remove what an import in state ``applying`` added (hidden so far) and its history."""
    added = select(visit.c.id).where(visit.c.import_id == import_id)
    connection = _connection(unit)
    connection.execute(delete(question).where(question.c.visit_id.in_(added)))
    connection.execute(delete(visit).where(visit.c.import_id == import_id))
    connection.execute(delete(import_change).where(import_change.c.import_id == import_id))
    connection.execute(delete(import_history).where(import_history.c.id == import_id))


def roll_back_dead(unit: Unit, folder: Path) -> bool:
    """Roll back the imports still ``applying`` whose process is gone (their stage files
    go too); True when one is still running."""
    running = False
    for import_id, name in applying(unit):
        if owner_alive(folder, name):
            running = True
            continue
        roll_back(unit, import_id)
        if name.startswith(STAGE_PREFIX) and Path(name).name == name:
            (folder / name).unlink(missing_ok=True)
    return running


def recover_imports(db: Database) -> None:
    """Roll back every import that was killed while applying (SQLite only: on PostgreSQL an
    import is one transaction)."""
    if db.path is not None:
        with db.connection() as connection:  # Core: ``ido-desk log`` opens no ORM session
            roll_back_dead(connection, db.path.parent)  # reads only, unless one was killed
