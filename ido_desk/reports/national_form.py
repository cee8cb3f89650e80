"""The national registration form helper.

Every IDO also enters each visitor in the national IDO registration form, one at a time; that
web form takes no import. This module makes the double entry mechanical: the visits not yet
transferred, each with its answers in the national form's order and wording; an "overgezet"
mark per visit or per day; and quarterly totals per national category to check against the
national dashboard.

The mapping from our codes to the form's answers is configuration: ``national_form.toml``
shipped with the program, overridden by a copy the manager edits in the data folder."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from db.queries import reports as q
from db.queries.locations import own_location_id
from db.queries.visits import questions_of
from ido_desk import __version__
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.lists import Catalogue
from ido_desk.location import own_location
from ido_desk.periods import Period
from ido_desk.reports.model import Header, Matrix, MatrixRow, NationalTotalsReport
from ido_desk.reports.municipality import quarter_keys
from ido_desk.reports.scope import Selection
from ido_desk.visits import day_bounds

FORM_FILE = "national_form.toml"
VISIT_SOURCES = ("channel", "duration")
QUESTION_SOURCES = ("topic", "organisation", "level", "help", "referral", "domain")
TITLE = "Landelijk formulier IDO: totalen per kwartaal"
Progress = Callable[[int, int, str], None]


# -- the mapping --------------------------------------------------------------------------


@dataclass(frozen=True)
class FormQuestion:
    key: str
    label: str  # the national form's wording
    source: str
    answers: dict[str, str] = field(default_factory=dict)  # our code -> the form's answer
    buckets: tuple[tuple[int, str], ...] = ()  # duration: (below this many minutes, answer)
    above: str = ""
    missing: str = ""
    unmapped: str = "Anders"

    def answer(self, code: str | None) -> str:
        if code is None:
            return self.missing or self.unmapped
        return self.answers.get(code, self.unmapped)

    def answer_minutes(self, minutes: int | None) -> str:
        if minutes is None:
            return self.missing or self.unmapped
        for limit, answer in self.buckets:
            if minutes < limit:
                return answer
        return self.above or self.unmapped

    def offered(self) -> tuple[str, ...]:
        """Every answer the form offers for this question, in the file's order."""
        if self.source == "duration":
            names = [answer for _limit, answer in self.buckets] + [self.above]
        else:
            names = list(self.answers.values())
        return tuple(dict.fromkeys(n for n in names if n))

    def categories(self) -> tuple[str, ...]:
        """The offered answers, then the answers for an unmapped or a missing code."""
        return tuple(dict.fromkeys(n for n in [*self.offered(), self.unmapped, self.missing] if n))


@dataclass(frozen=True)
class NationalForm:
    title: str
    version: str
    visit: tuple[FormQuestion, ...]
    question: tuple[FormQuestion, ...]
    source_file: str  # where the mapping was read from


def form_file(desk: Desk) -> Path:
    """The manager's editable copy (which may not exist yet)."""
    return desk.paths.data_dir / FORM_FILE


def default_form_text() -> str:
    return files("ido_desk").joinpath("data", FORM_FILE).read_text(encoding="utf-8")


def load_national_form(desk: Desk) -> NationalForm:
    """The manager's copy when there is one, else the one shipped with the program."""
    own = form_file(desk)
    if own.is_file():
        return parse_form(own.read_text(encoding="utf-8"), str(own))
    return parse_form(default_form_text(), f"ido_desk/data/{FORM_FILE}")


def parse_form(text: str, where: str) -> NationalForm:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValidationError(
            "national_form", f"{where}: geen geldig TOML-bestand ({exc})."
        ) from None
    unmapped = str(data.get("unmapped", "Anders"))
    visit = tuple(
        _question(raw, where, "visit", VISIT_SOURCES, unmapped) for raw in data.get("visit", [])
    )
    question = tuple(
        _question(raw, where, "question", QUESTION_SOURCES, unmapped)
        for raw in data.get("question", [])
    )
    if not visit and not question:
        raise ValidationError("national_form", f"{where}: er staan geen vragen in.")
    return NationalForm(
        title=str(data.get("title", "Landelijk registratieformulier IDO")),
        version=str(data.get("version", "")),
        visit=visit,
        question=question,
        source_file=where,
    )


def _question(
    raw: dict[str, Any], where: str, section: str, sources: tuple[str, ...], unmapped: str
) -> FormQuestion:
    name = raw.get("key") or raw.get("label") or "?"
    place = f"{where}, [[{section}]] '{name}'"
    if not raw.get("label"):
        raise ValidationError("national_form", f"{place}: 'label' ontbreekt.")
    source = raw.get("source")
    if source not in sources:
        raise ValidationError(
            "national_form", f"{place}: source '{source}' kan niet; kies uit {', '.join(sources)}."
        )
    buckets: list[tuple[int, str]] = []
    for bucket in raw.get("buckets", []):
        if not (isinstance(bucket, list) and len(bucket) == 2 and isinstance(bucket[0], int)):
            raise ValidationError(
                "national_form", f'{place}: een bucket is [minuten, "antwoord"], niet {bucket!r}.'
            )
        buckets.append((bucket[0], str(bucket[1])))
    answers = raw.get("answers", {})
    if not isinstance(answers, dict):
        raise ValidationError("national_form", f"{place}: 'answers' moet een tabel zijn.")
    return FormQuestion(
        key=str(raw.get("key", source)),
        label=str(raw["label"]),
        source=str(source),
        answers={str(k): str(v) for k, v in answers.items()},
        buckets=tuple(sorted(buckets)),
        above=str(raw.get("above", "")),
        missing=str(raw.get("missing", "")),
        unmapped=unmapped,
    )


# -- answering a visit --------------------------------------------------------------------


@dataclass(frozen=True)
class FormAnswer:
    question: str  # the form's wording
    answer: str


@dataclass(frozen=True)
class FormVisit:
    id: str
    started_at: datetime
    answers: tuple[FormAnswer, ...]  # about the visit
    questions: tuple[tuple[FormAnswer, ...], ...]  # per question, in the form's order


def _question_code(
    question: FormQuestion, catalogue: Catalogue, ids: dict[str, int | None]
) -> str | None:
    source = question.source
    if source == "topic":
        sub = ids.get("subtopic")
        if sub is not None:
            code = catalogue.topics.by_id(sub).code
            if code in question.answers:
                return code
        topic = ids.get("topic")
        return catalogue.topics.by_id(topic).code if topic is not None else None
    if source in ("organisation", "level"):
        org = ids.get("organisation")
        if org is None:
            return None
        item = catalogue.organisations.by_id(org)
        return item.level if source == "level" else item.code
    value = ids.get(source)
    if value is None:
        return None
    if source == "help":
        return catalogue.help_kinds.by_id(value).code
    if source == "referral":
        return catalogue.referrals.by_id(value).code
    return catalogue.domains.by_id(value).code


def _visit_answer(
    question: FormQuestion, catalogue: Catalogue, channel_id: int, minutes: int | None
) -> str:
    if question.source == "duration":
        return question.answer_minutes(minutes)
    return question.answer(catalogue.channels.by_id(channel_id).code)


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
                    FormAnswer(fq.label, fq.answer(_question_code(fq, catalogue, ids)))
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
                        _visit_answer(fq, catalogue, visit.channel_id, visit.duration_min),
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


# -- quarterly totals ---------------------------------------------------------------------


def national_totals(
    desk: Desk, period: Period, selection: Selection, progress: Progress | None = None
) -> NationalTotalsReport:
    """Per national form question, the number of visits (or questions) per answer and
    quarter, to check against the national dashboard."""
    step = progress or (lambda done, total, text: None)
    form = load_national_form(desk)
    catalogue = desk.catalogue
    scope = selection.scope(period)
    keys = quarter_keys(period)
    step(0, 3, "Bezoeken per kwartaal")
    with desk.db.session() as session:
        durations = q.duration_cube(session, scope, per="quarter")
        step(1, 3, "Vragen per kwartaal")
        names = ("topic", "subtopic", "organisation", "help", "referral", "domain")
        cube = q.question_cube(session, scope, by=names, per="quarter")
        untransferred = q.count_untransferred(session, selection.ids, scope)
    step(2, 3, "Rapport opmaken")
    matrices = []
    for fq in form.visit:
        counts: dict[str, Counter[str]] = {}
        for row in durations:
            answer = _visit_answer(fq, catalogue, row.channel_id, row.duration_min)
            counts.setdefault(answer, Counter())[row.unit] += int(row.visits)
        matrices.append(_matrix(f"{fq.label} (bezoeken)", fq, keys, counts))
    for fq in form.question:
        counts = {}
        for row in cube:
            ids = {name: getattr(row, f"{name}_id") for name in names}
            answer = fq.answer(_question_code(fq, catalogue, ids))
            counts.setdefault(answer, Counter())[row.unit] += int(row.questions)
        matrices.append(_matrix(f"{fq.label} (vragen)", fq, keys, counts))
    visits = sum(int(r.visits) for r in durations)
    return NationalTotalsReport(
        header=Header(
            title=TITLE,
            location=selection.label,
            organisation=selection.organisation,
            municipality=selection.municipality,
            period=period,
            produced=desk.clock().date(),
            version=__version__,
        ),
        form_title=f"{form.title} {form.version}".strip(),
        visits=visits,
        questions=sum(int(r.questions) for r in cube),
        untransferred=untransferred,
        matrices=tuple(matrices),
    )


def _matrix(
    title: str, fq: FormQuestion, keys: tuple[str, ...], counts: dict[str, Counter[str]]
) -> Matrix:
    known = fq.categories()
    offered = fq.offered()
    rows = []
    for answer in [*known, *(a for a in counts if a not in known)]:
        values = tuple(counts.get(answer, Counter()).get(k, 0) for k in keys)
        if sum(values) or answer in offered:
            rows.append(MatrixRow(answer, (*values, sum(values))))
    columns = (*(f"K{k.split('-')[1]} {k.split('-')[0]}" for k in keys), "Totaal")
    return Matrix(title, columns, tuple(rows))
