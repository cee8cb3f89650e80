"""The SQL aggregates behind the reports, over known visits in a real SQLite file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from itertools import product
from typing import Any

from sqlalchemy import select

from db.models import Question, Visit
from db.queries import reports as q
from db.queries import untransferred
from db.queries.report_scope import Scope
from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports.counts import median
from ido_desk.reports.service import ReportRequest, build_report
from tests.conftest import Clock
from tests.report_data import Q, V, add_location, add_visits, own_location_id, random_visits


def scope(desk: Desk, text: str, locations: tuple[int, ...] | None = None) -> Scope:
    period = parse_period(text)
    return Scope(period.start_at, period.end_at, locations)


def test_visit_cube_counts_by_channel_weekday_and_hour(desk: Desk) -> None:
    add_visits(
        desk,
        [
            V(datetime(2026, 10, 5, 10, 0)),  # Monday
            V(datetime(2026, 10, 5, 10, 59), channel="telefoon"),
            V(datetime(2026, 10, 6, 14, 30), duration=30),  # Tuesday
            V(datetime(2026, 10, 6, 14, 31), deleted=True),  # a tombstone never counts
            V(datetime(2026, 9, 30, 23, 59)),  # before the month
            V(datetime(2026, 11, 1, 0, 0)),  # the end is exclusive
        ],
    )
    cat = desk.catalogue
    with desk.db.session() as session:
        rows = {
            (r.channel_id, r.weekday, r.hour): (r.visits, r.minutes)
            for r in q.visit_cube(session, scope(desk, "2026-10"))
        }
    balie, telefoon = cat.channels.get("balie").id, cat.channels.get("telefoon").id  # type: ignore[union-attr]
    assert rows == {(balie, 1, 10): (1, 10), (telefoon, 1, 10): (1, 10), (balie, 2, 14): (1, 30)}


def test_question_cube_groups_in_sql(desk: Desk) -> None:
    add_visits(
        desk,
        [
            V(
                datetime(2026, 10, 5, 10),
                (
                    Q("digid", "digid_activeren", "logius"),
                    Q("belastingen", None, "belastingdienst"),
                ),
            ),
            V(datetime(2026, 10, 6, 10), (Q("digid", "digid_activeren", "logius"),)),
            V(datetime(2026, 10, 7, 10), (Q("digid", None, "logius", "doorverwezen", "logius"),)),
        ],
    )
    cat = desk.catalogue
    with desk.db.session() as session:
        rows = q.question_cube(session, scope(desk, "2026-10"), by=("topic", "subtopic"))
        per_month = q.questions_per(session, scope(desk, "2026"), "month")
    counts = {(r.topic_id, r.subtopic_id): r.questions for r in rows}
    digid = cat.topics.get("digid").id  # type: ignore[union-attr]
    activeren = cat.topics.get("digid_activeren").id  # type: ignore[union-attr]
    belastingen = cat.topics.get("belastingen").id  # type: ignore[union-attr]
    assert counts == {(digid, activeren): 2, (digid, None): 1, (belastingen, None): 1}
    assert [(r.unit, r.questions) for r in per_month] == [("2026-10", 4)]


def median_duration(desk: Desk, text: str) -> float | None:
    """The median from the SQL histogram of durations, as every report takes it."""
    histogram: Counter[int] = Counter()
    with desk.db.session() as session:
        for row in q.duration_cube(session, scope(desk, text)):
            if row.duration_min is not None:
                histogram[int(row.duration_min)] += int(row.visits)
    return median(histogram)


def test_median_duration_from_the_sql_histogram(desk: Desk) -> None:
    assert median_duration(desk, "2026-10") is None
    add_visits(desk, [V(datetime(2026, 10, 1, 10), duration=d) for d in (5, 30, 10, None)])
    assert median_duration(desk, "2026-10") == 10.0  # odd count: middle
    add_visits(desk, [V(datetime(2026, 10, 2, 10), duration=45)])
    assert median_duration(desk, "2026-10") == 20.0  # even: mean of 10, 30
    add_visits(
        desk, [V(datetime(2026, 10, 3, 10), duration=10), V(datetime(2026, 10, 3, 11), duration=10)]
    )
    assert median_duration(desk, "2026-10") == 10.0  # 5,10,10,10,30,45


def test_an_even_count_has_the_mean_of_the_middle_two_in_every_report(
    desk: Desk, clock: Clock
) -> None:
    """Not 13 (an integer division on PostgreSQL) but 12.5, in each kind that shows it."""
    add_visits(desk, [V(datetime(2026, 10, 5, 10), duration=d) for d in (10, 15)])
    period = parse_period("2026-10")
    monthly = build_report(desk, ReportRequest("monthly", period))
    region = build_report(desk, ReportRequest("region", period, "all"))
    account = build_report(desk, ReportRequest("municipality", period))
    assert next(f.value for f in monthly.key_figures if f.label == "Mediane duur") == 12.5
    assert [f.median for f in region.figures] == [12.5]
    assert next(f.value for f in account.sections[0].key_figures if f.label == "Mediane duur") == (
        12.5
    )


def test_locations_filter_and_per_location_counts(desk: Desk) -> None:
    own = own_location_id(desk)
    other = add_location(desk, "GM0518-centrale", "Centrale")
    add_visits(
        desk,
        [V(datetime(2026, 2, 1, 10))] * 2
        + [V(datetime(2026, 8, 1, 10), location=other)] * 3
        + [V(datetime(2026, 8, 2, 10))],
    )
    with desk.db.session() as session:
        mine = q.visits_per(session, scope(desk, "2026", (own,)), "quarter")
        every = q.visits_per(session, scope(desk, "2026"), "quarter", per_location=True)
    assert [(r.unit, r.visits) for r in mine] == [("2026-1", 2), ("2026-3", 1)]
    assert sorted((r.unit, r.location_id, r.visits) for r in every) == [
        ("2026-1", own, 2),
        ("2026-3", own, 1),
        ("2026-3", other, 3),
    ]


def test_a_month_with_the_daylight_saving_change(desk: Desk) -> None:
    """Times are local wall-clock times: on 25 October 2026 the clock shows 02:xx twice; both
    visits count, in the hour the clock showed, on that Sunday."""
    add_visits(
        desk,
        [
            V(datetime(2026, 10, 25, 2, 15)),
            V(datetime(2026, 10, 25, 2, 45)),
            V(datetime(2026, 10, 31, 23, 59)),
            V(datetime(2026, 3, 29, 3, 30)),  # spring forward: not in October
        ],
    )
    with desk.db.session() as session:
        rows = q.visit_cube(session, scope(desk, "2026-10"))
        months = q.visits_per(session, scope(desk, "2026"), "month")
    assert sorted((r.weekday, r.hour, r.visits) for r in rows) == [(0, 2, 2), (6, 23, 1)]
    assert [(r.unit, r.visits) for r in months] == [("2026-03", 1), ("2026-10", 3)]


def test_untransferred_count_and_marking(desk: Desk) -> None:
    own = own_location_id(desk)
    ids = add_visits(
        desk,
        [
            V(datetime(2026, 10, 5, 10)),
            V(datetime(2026, 10, 5, 11)),
            V(datetime(2026, 10, 6, 9), transferred=True),
        ],
    )
    with desk.db.session() as session:
        assert untransferred.count_untransferred(session, (own,)) == 2
        marked = untransferred.set_transferred(
            session, datetime(2026, 11, 3), (own,), visit_ids=[ids[0], ids[2]]
        )
    assert marked == [ids[0]]
    with desk.db.session() as session:
        assert untransferred.count_untransferred(session, (own,)) == 1
        assert [r.id for r in untransferred.untransferred_page(session, (own,), 10)] == [ids[1]]


def test_the_grouped_passes_equal_counting_every_row(desk: Desk) -> None:
    """The regional report's and the municipality account's passes (on SQLite grouped on one
    packed key) give the counts of every row counted one by one, over a year's turn, for
    months and quarters, with missing sub-topics, organisations, help and durations."""
    other = add_location(desk, "GM0518-noord", "Noord")
    third = add_location(desk, "GM0599-zuid", "Zuid", "Rotterdam", "GM0599")
    start = datetime(2025, 10, 20)
    visits = [
        *random_visits(7, 160, start, 130),
        *random_visits(8, 120, start, 130, location=other),
        *random_visits(9, 60, start, 130, location=third),
        V(datetime(2025, 12, 31, 23, 59), (Q("overig", None, None, None),), duration=None),
        V(datetime(2026, 1, 1, 0, 0), (Q("digid"), Q("digid"), Q("wonen", None, None, None))),
        V(datetime(2026, 1, 2, 10), location=other, deleted=True),
    ]
    cat = desk.catalogue

    def ends(items: Any) -> list[str]:  # the lowest and the highest id: a packed digit's ends
        ordered = sorted(items, key=lambda item: item.id)
        return [ordered[0].code, ordered[-1].code]

    visits += [  # every key at its ends and missing, beside each other
        V(datetime(2026, 2, 3, 10), (Q(topic, sub, org, help_, ref),), location=third)
        for topic, sub, org, help_, ref in product(
            ends(cat.topics),
            [None, *ends(cat.topics)],
            [None, *ends(cat.organisations)],
            [None, *ends(cat.help_kinds)],
            [None, *ends(cat.referrals)],
        )
    ]
    add_visits(desk, visits)
    span = scope(desk, "2025-11-01..2026-02-28")
    keys = ("domain", "topic", "subtopic", "organisation", "help", "referral")
    live = [
        Visit.deleted_at.is_(None),
        Visit.started_at >= span.start,
        Visit.started_at < span.end,
    ]
    with desk.db.session() as session:
        grain_rows = q.visit_grain(session, span)
        grain = Counter({tuple(r[:4]): r[4] for r in grain_rows})
        months = q.question_cube(session, span, by=keys, per="month", per_location=True)
        quarters = q.question_cube(session, span, by=keys, per="quarter", per_location=True)
        per_key = q.question_cube(session, span, keys, per_location=True)
        plain_visits = session.execute(
            select(Visit.location_id, Visit.started_at, Visit.channel_id, Visit.duration_min).where(
                *live
            )
        ).all()
        plain_questions = session.execute(
            select(Visit.location_id, Visit.started_at, *(q.QUESTION_KEYS[k] for k in keys))
            .join(Question, Question.visit_id == Visit.id)
            .where(*live)
        ).all()
    assert grain == Counter(
        (loc, f"{at:%Y-%m}", channel, duration) for loc, at, channel, duration in plain_visits
    )
    assert len(plain_questions) > 300 and len({r[1].year for r in plain_questions}) == 2

    def counted(unit: Callable[[datetime], str] | None) -> Counter[tuple[Any, ...]]:
        return Counter(
            ((unit(at),) if unit else ()) + (loc, *values) for loc, at, *values in plain_questions
        )

    by_month = counted(lambda at: f"{at:%Y-%m}")
    assert Counter({tuple(r[:-1]): r[-1] for r in months}) == by_month
    by_quarter = counted(lambda at: f"{at.year}-{(at.month + 2) // 3}")
    assert Counter({tuple(r[:-1]): r[-1] for r in quarters}) == by_quarter
    assert Counter({tuple(r[:-1]): r[-1] for r in per_key}) == counted(None)
    per_month: Counter[tuple[Any, ...]] = Counter()  # the visits' question_count, summed
    for loc, month, *_, questions in grain_rows:
        per_month[(month, loc)] += questions
    assert +per_month == Counter((f"{at:%Y-%m}", loc) for loc, at, *_ in plain_questions)
