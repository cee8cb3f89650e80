"""SQL for the monthly delivery: the state of each month's own visits (so that a change after
a delivery is seen), the delivery rows, and at the coordinator each location's newest file."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session

from db.models import AuditEntry, Delivery, ImportRecord, Visit


def month_signatures(session: Session, location_id: int) -> dict[str, tuple[str, int]]:
    """Per month ("2026-10") of the location's visits, tombstones included: a text that changes
    whenever a visit of that month is added, changed, deleted or taken back (the count, the sum
    of the revisions and the highest id), and the number of visits that are not deleted."""
    year = extract("year", Visit.started_at)
    month = extract("month", Visit.started_at)
    rows = session.execute(
        select(
            year,
            month,
            func.count(),
            func.sum(Visit.revision),
            func.max(Visit.id),
            func.count(Visit.id).filter(Visit.deleted_at.is_(None)),
        )
        .where(Visit.location_id == location_id)
        .group_by(year, month)
    ).all()
    return {
        f"{int(y):04d}-{int(m):02d}": (f"{n}:{revisions}:{last}", int(alive))
        for y, m, n, revisions, last, alive in rows
    }


def change_marker(session: Session) -> str:
    """A text that changes with every visit added (the count, the highest id), taken back
    (the count) or changed or deleted (each writes an audit row): cheap at every start, as it
    reads only the ends of indexes. At a branch every visit is its own."""
    n, last = session.execute(select(func.count(), func.max(Visit.id))).one()
    audit = session.scalar(select(func.max(AuditEntry.id)))
    return f"{n}:{last}:{audit}"


def first_visit(session: Session, location_id: int) -> datetime | None:
    return session.scalar(
        select(func.min(Visit.started_at)).where(Visit.location_id == location_id)
    )


def deliveries(session: Session) -> dict[str, Delivery]:
    return {row.month: row for row in session.scalars(select(Delivery))}


def delivery_row(session: Session, month: str) -> Delivery:
    """The month's row, made when there is none yet."""
    row = session.scalar(select(Delivery).where(Delivery.month == month))
    if row is None:
        row = Delivery(month=month, visits=0)
        session.add(row)
    return row


def newest_files(session: Session) -> dict[int, tuple[datetime, str | None]]:
    """Per location: when its newest file in force was made, and the months it said were still
    to be delivered (None when it did not say)."""
    rows = session.execute(
        select(ImportRecord.location_id, ImportRecord.created_at, ImportRecord.pending_months)
        .where(ImportRecord.undone_at.is_(None), ImportRecord.applying.is_(None))
        .order_by(ImportRecord.created_at, ImportRecord.id)
    ).all()
    return {location_id: (created, pending) for location_id, created, pending in rows}
