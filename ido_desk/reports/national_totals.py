"""The national form totals: per question of the national form, the number of visits (or
questions) per answer and quarter, to check against the national dashboard. A quarter the
period covers in part is headed so ("K4 2026 t/m 2 dec")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from db.queries import reports as q
from db.queries.untransferred import count_untransferred
from ido_desk.desk import Desk
from ido_desk.reports.columns import quarter_columns
from ido_desk.reports.compare import Counted
from ido_desk.reports.model import Header, Matrix, MatrixRow
from ido_desk.reports.national_form.mapping import (
    FormQuestion,
    load_national_form,
    question_code,
    visit_answer,
)
from ido_desk.reports.scope import Selection

TITLE = "Landelijk formulier IDO: totalen per kwartaal"
TOTAL = "Totaal"
Progress = Callable[[int, int, str], None]
NAMES = ("topic", "subtopic", "organisation", "help", "referral", "domain")


@dataclass(frozen=True)
class NationalTotalsReport:
    kind: ClassVar[str] = "national_totals"
    header: Header
    form_title: str
    visits: int
    questions: int
    untransferred: int  # visits in the period not yet transferred
    matrices: tuple[Matrix, ...]  # one per national form question, categories x quarters

    @property
    def empty(self) -> bool:
        return self.visits == 0


def build(
    desk: Desk,
    counted: Counted,
    selection: Selection,
    request: Any = None,
    progress: Progress | None = None,
) -> NationalTotalsReport:
    """Per national form question, the visits (or questions) per answer and quarter."""
    step = progress or (lambda done, total, text: None)
    form = load_national_form(desk)
    catalogue = desk.catalogue
    scope = selection.scope(counted.counted)
    columns = quarter_columns(counted.counted)
    step(0, 3, "Bezoeken per kwartaal")
    with desk.db.session() as session:
        durations = q.duration_cube(session, scope, per="quarter")
        step(1, 3, "Vragen per kwartaal")
        cube = q.question_cube(session, scope, by=NAMES, per="quarter")
        untransferred = count_untransferred(session, selection.ids, scope)
    step(2, 3, "Rapport opmaken")
    matrices = []
    for fq in form.visit:
        counts: dict[str, Counter[str]] = {}
        for row in durations:
            answer = visit_answer(fq, catalogue, row.channel_id, row.duration_min)
            counts.setdefault(answer, Counter())[row.unit] += int(row.visits)
        matrices.append(_matrix(f"{fq.label} (bezoeken)", fq, columns, counts))
    for fq in form.question:
        counts = {}
        for row in cube:
            ids = {name: getattr(row, f"{name}_id") for name in NAMES}
            answer = fq.answer(question_code(fq, catalogue, ids))
            counts.setdefault(answer, Counter())[row.unit] += int(row.questions)
        matrices.append(_matrix(f"{fq.label} (vragen)", fq, columns, counts))
    return NationalTotalsReport(
        header=selection.header(TITLE, counted, desk.clock().date()),
        form_title=f"{form.title} {form.version}".strip(),
        visits=sum(int(r.visits) for r in durations),
        questions=sum(int(r.questions) for r in cube),
        untransferred=untransferred,
        matrices=tuple(matrices),
    )


def _matrix(
    title: str,
    fq: FormQuestion,
    columns: tuple[tuple[str, str], ...],
    counts: dict[str, Counter[str]],
) -> Matrix:
    known = fq.categories()
    offered = fq.offered()
    rows = []
    for answer in [*known, *(a for a in counts if a not in known)]:
        values = tuple(counts.get(answer, Counter()).get(key, 0) for key, _ in columns)
        if sum(values) or answer in offered:
            rows.append(MatrixRow(answer, (*values, sum(values))))
    return Matrix(title, (*(heading for _, heading in columns), TOTAL), tuple(rows))
