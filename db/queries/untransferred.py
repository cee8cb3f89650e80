"""The national form: the visits not yet typed over into it (transferred), counted, paged
oldest first, and marked as transferred."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Row, and_, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.models import Visit
from db.queries.report_scope import Scope, visit_filter
from db.queries.visible import visible


def _untransferred(location_ids: tuple[int, ...] | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Visit.deleted_at.is_(None),
        Visit.transferred_at.is_(None),
        visible(Visit.import_id),
    ]
    if location_ids is not None:
        conditions.append(Visit.location_id.in_(location_ids))
    return conditions


def count_untransferred(
    session: Session, location_ids: tuple[int, ...] | None, scope: Scope | None = None
) -> int:
    """Visits not yet transferred, at these locations (and in the scope's range, if given)."""
    conditions = _untransferred(location_ids)
    if scope is not None:
        conditions += visit_filter(scope)
    return int(session.scalar(select(func.count()).select_from(Visit).where(*conditions)) or 0)


def untransferred_page(
    session: Session,
    location_ids: tuple[int, ...] | None,
    limit: int,
    after: tuple[datetime, str] | None = None,
) -> Sequence[Row]:
    """Visits not yet transferred to the national form, oldest first (the order in which
    they are typed over); ``after`` (started_at, id) continues after the last one shown, so
    marks made meanwhile never shift the next page."""
    conditions = _untransferred(location_ids)
    if after is not None:
        at, visit_id = after
        conditions.append(
            or_(Visit.started_at > at, and_(Visit.started_at == at, Visit.id > visit_id))
        )
    return session.execute(
        select(Visit.id, Visit.started_at, Visit.duration_min, Visit.channel_id)
        .where(*conditions)
        .order_by(Visit.started_at, Visit.id)
        .limit(limit)
    ).all()


def set_transferred(
    session: Session,
    at: datetime,
    location_ids: tuple[int, ...] | None,
    *,
    visit_ids: Sequence[str] | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[str]:
    """Mark the given visits, or those that started in [start, end), as transferred; returns
    the ids that were not marked before."""
    conditions = _untransferred(location_ids)
    if visit_ids is not None:
        conditions.append(Visit.id.in_(list(visit_ids)))
    if start is not None and end is not None:
        conditions += [Visit.started_at >= start, Visit.started_at < end]
    ids = list(session.scalars(select(Visit.id).where(*conditions).order_by(Visit.id)))
    for chunk in range(0, len(ids), 500):
        session.execute(
            update(Visit)
            .where(Visit.id.in_(ids[chunk : chunk + 500]))
            .values(transferred_at=at)
            .execution_options(synchronize_session=False)
        )
    return ids
