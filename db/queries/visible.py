"""The one condition every reader of visits shares: a visit added by an import that is still
being applied is not there yet.

An import on SQLite adds its new visits in short transactions (so that the front desk never
waits long for the write lock) while its history row says ``applying``; its final short
transaction clears that, and from then on all its visits are there at once. Lists, reports,
exports, the regional overview and lookups all use ``visible()``, so no reader ever sees part
of an import. A crash in between leaves them hidden until the next start rolls the import back
(db.queries.exchange_recover)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select

from db.models import ImportRecord, Visit


def visible() -> ColumnElement[bool]:
    """True for a visit that is not part of an import still being applied. The subquery is
    the (almost always empty) list of such imports: one lookup, not one per visit."""
    applying = select(ImportRecord.id).where(ImportRecord.applying.is_not(None))
    return func.coalesce(Visit.import_id, 0).not_in(applying)
