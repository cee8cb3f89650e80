"""Roll back an import that was killed while it applied its new visits (SQLite applies them
in chunks, db.queries.exchange_apply): its history row still says ``applying`` and nobody holds
its stage file. Its visits were hidden all along (db.queries.visible); here they go, with
its questions, its undo rows and its history row, in one transaction, and so does what its
first step made (``note_made``): a new location, the key it trusted, new list codes. A
failed import changes nothing: the database is as it was before, table by table. (A list
code or location that something else has come to use meanwhile stays.)

``recover_imports`` runs when a desk is opened and before each import; an import that is
still running (its process holds its stage file) is left alone, and so is its stage file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, delete, exists, insert, select

from db.engine import Database
from db.queries.stage_owner import STAGE_PREFIX, owner_alive, remove_dead
from db.tables import import_change, import_history, question, visit

MADE = "made"  # import_change.action of what an import's first step made (``note_made``)

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


def note_made(unit: Unit, import_id: int, made: dict[str, list[int]]) -> None:
    """Note what an import's first step made besides its history row: table name -> ids (a
    new location, the trusted key, new list codes), so that a roll-back removes it too. The
    import's last transaction forgets it (``forget_made``): then it stays for good."""
    if any(made.values()):
        _connection(unit).execute(
            insert(import_change).values(
                import_id=import_id, visit_id="", action=MADE, before=json.dumps(made)
            )
        )


def forget_made(unit: Unit, import_id: int) -> None:
    _connection(unit).execute(_made_rows(import_id, delete(import_change)))


def _made_rows(import_id: int, statement: Any) -> Any:
    return statement.where(import_change.c.import_id == import_id, import_change.c.action == MADE)


def roll_back(unit: Unit, import_id: int) -> None:
    """Remove what an import in state ``applying`` added (hidden so far), its history and what
    its first step made."""
    added = select(visit.c.id).where(visit.c.import_id == import_id)
    connection = _connection(unit)
    made = connection.execute(_made_rows(import_id, select(import_change.c.before))).scalar()
    connection.execute(delete(question).where(question.c.visit_id.in_(added)))
    connection.execute(delete(visit).where(visit.c.import_id == import_id))
    connection.execute(delete(import_change).where(import_change.c.import_id == import_id))
    connection.execute(delete(import_history).where(import_history.c.id == import_id))
    if made:
        _remove_made(connection, json.loads(made))


def _remove_made(connection: Connection, made: dict[str, list[int]]) -> None:
    """Delete the rows ``made`` names, those that refer to others first (a sub-topic before
    its topic, a key before its location), each only while nothing refers to it."""
    from db.models import Base  # the foreign keys; only when an import is rolled back

    for table in reversed(Base.metadata.sorted_tables):
        ids = list(made.get(table.name, ()))
        while ids:
            free = [
                ~exists().where(alias.c[fk.parent.name] == table.c.id)
                for other in Base.metadata.sorted_tables
                for fk in other.foreign_keys
                if fk.column.table is table
                for alias in [other.alias()]
            ]
            gone = connection.execute(delete(table).where(table.c.id.in_(ids), *free)).rowcount
            ids = list(connection.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
            if not gone:
                break  # used meanwhile by something else: it stays


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
    """Roll back every import that was killed while applying, and remove the stage files of
    imports that were killed while they staged (SQLite only: on PostgreSQL an import is one
    transaction, staged in the database)."""
    if db.path is not None:
        with db.connection() as connection:  # Core: ``ido-desk log`` opens no ORM session
            roll_back_dead(connection, db.path.parent)  # reads only, unless one was killed
        remove_dead(db.path.parent)
