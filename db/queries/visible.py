"""The one condition every reader of visits shares: a visit added by an import that is still
being applied is not there yet.

An import on SQLite adds its new visits in short transactions (so that the front desk never
waits long for the write lock) while its history row says ``applying``; its final short
transaction clears that, and from then on all its visits are there at once. Lists, reports,
exports, the regional overview and lookups all use ``visible(...)``, so no reader ever sees part
of an import. A crash in between leaves them hidden until the next start rolls the import back
(db.queries.exchange_recover)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ColumnExpressionArgument, func, select

from db.tables import import_history


def visible(import_id: ColumnExpressionArgument[Any]) -> ColumnElement[bool]:
    """True for a visit that is not part of an import still being applied; ``import_id`` is the
    statement's own ``visit.import_id`` column (the model's or the Core table's, so that no
    second FROM is added). The subquery is the (almost always empty) list of such imports: one
    lookup, not one per visit. Core only: the window's first tab reads through it without the
    ORM."""
    applying = select(import_history.c.id).where(import_history.c.applying.is_not(None))
    return func.coalesce(import_id, 0).not_in(applying)
