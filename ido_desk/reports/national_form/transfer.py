"""The double entry into the national form, made mechanical: the visits not yet transferred
(each with its answers in the national form's order and wording), and an "overgezet" mark per
visit or per day. The national form is a web form that takes no import."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from db.queries import untransferred as q
from db.queries.locations import own_location_id
from db.queries.visits import questions_of
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.location import own_location
from ido_desk.reports.national_form.mapping import (
    FormAnswer,
    FormVisit,
    load_national_form,
    question_code,
    visit_answer,
)
from ido_desk.visit_reading import day_bounds


def _own_ids(desk: Desk) -> tuple[int, ...] | None:
    """The branch transfers its own visits; with no own location set, all of them."""
    own = own_location(desk)
    return None if own is None else (own.id,)


def count_untransferred(desk: Desk) -> int:
    """How many visits are still to be typed into the national form (for the main screen),
    in one session: it is read after every save."""
    with desk.db.session() as session:
        own = own_location_id(session)
        return q.count_untransferred(session, None if own is None else (own,))


def list_untransferred(
    desk: Desk, limit: int = 200, after: FormVisit | None = None
) -> list[FormVisit]:
    """Visits not yet transferred, oldest first, with the national form's answers; the next
    page starts ``after`` the last visit of the one before."""
    form = load_national_form(desk)
    catalogue = desk.catalogue
    key = None if after is None else (after.started_at, after.id)
    with desk.db.session() as session:
        visits = q.untransferred_page(session, _own_ids(desk), limit, key)
        rows = questions_of(session, [v.id for v in visits])
    per_visit: dict[str, list[Any]] = {}
    for row in rows:
        per_visit.setdefault(row.visit_id, []).append(row)
    result = []
    for visit in visits:
        questions = []
        for row in per_visit.get(visit.id, []):
            ids = {
                "topic": row.topic_id,
                "subtopic": row.subtopic_id,
                "organisation": row.organisation_id,
                "help": row.help_id,
                "referral": row.referral_id,
                "domain": row.domain_id,
            }
            questions.append(
                tuple(
                    FormAnswer(fq.label, fq.answer(question_code(fq, catalogue, ids)))
                    for fq in form.question
                )
            )
        result.append(
            FormVisit(
                id=visit.id,
                started_at=visit.started_at,
                answers=tuple(
                    FormAnswer(
                        fq.label,
                        visit_answer(fq, catalogue, visit.channel_id, visit.duration_min),
                    )
                    for fq in form.visit
                ),
                questions=tuple(questions),
            )
        )
    return result


def mark_transferred(desk: Desk, target: Sequence[str] | date) -> int:
    """Mark visits (by id) or every visit of a day as entered in the national form; returns
    how many were newly marked. Marking is local bookkeeping: the revision stays as it is."""
    now = desk.clock()
    with desk.db.session() as session:
        if isinstance(target, date):
            start, end = day_bounds(target)
            ids = q.set_transferred(session, now, _own_ids(desk), start=start, end=end)
            what = target.isoformat()
        else:
            ids = q.set_transferred(session, now, _own_ids(desk), visit_ids=list(target))
            what = ids[0] if len(ids) == 1 else f"{len(ids)} bezoeken"
        if ids:
            write_audit(session, desk, "transfer", "visit", what[:40], None, {"overgezet": ids})
    return len(ids)
