"""The audit log: every edit and delete, with who (the role, and the name given on the PC),
when, before and after."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert

from db.tables import audit_log
from ido_desk.desk import Desk

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SYSTEM = "systeem"  # the role of what the program does by itself


def write_audit(
    unit: Session | Connection,
    desk: Desk,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    role: str | None = None,  # default: whoever works at the desk; "systeem" for the program
) -> None:
    """One row of the log, in the transaction of the change it records (a Core insert: it
    runs in an ORM session or a Core connection alike)."""
    unit.execute(
        insert(audit_log).values(
            at=desk.clock(),
            role=role or desk.role,
            name=None if role == SYSTEM else desk.name,  # the program's own chores: no one's
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=_json(before),
            after=_json(after),
        )
    )


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
