"""The national registration form's mapping: which answer of the national IDO form each of
our codes gives, read from ``national_form.toml`` (shipped with the program, overridden by a
copy the manager edits in the data folder), and the answers of one visit or question."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.lists import Catalogue
from ido_desk.reports.referral import NO_TARGET, is_referred
from ido_desk.translatable import QT_TRANSLATE_NOOP

FORM_FILE = "national_form.toml"
VISIT_SOURCES = ("channel", "duration")
QUESTION_SOURCES = ("topic", "organisation", "level", "help", "referral", "domain")
NO_TARGET_CODE = "_geen_bestemming"  # a referred question without a target


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
        if code == NO_TARGET_CODE:
            return self.answers.get(code, NO_TARGET)
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
            "national_form",
            QT_TRANSLATE_NOOP("core", "{where}: geen geldig TOML-bestand ({exc}).").format(
                where=where, exc=exc
            ),
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
        raise ValidationError(
            "national_form",
            QT_TRANSLATE_NOOP("core", "{where}: er staan geen vragen in.").format(where=where),
        )
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
        raise ValidationError(
            "national_form",
            QT_TRANSLATE_NOOP("core", "{place}: 'label' ontbreekt.").format(place=place),
        )
    source = raw.get("source")
    if source not in sources:
        raise ValidationError(
            "national_form",
            QT_TRANSLATE_NOOP(
                "core", "{place}: source '{source}' kan niet; kies uit {sources}."
            ).format(place=place, source=source, sources=", ".join(sources)),
        )
    buckets: list[tuple[int, str]] = []
    for bucket in raw.get("buckets", []):
        if not (isinstance(bucket, list) and len(bucket) == 2 and isinstance(bucket[0], int)):
            raise ValidationError(
                "national_form",
                QT_TRANSLATE_NOOP(
                    "core", '{place}: een bucket is [minuten, "antwoord"], niet {bucket!r}.'
                ).format(place=place, bucket=bucket),
            )
        buckets.append((bucket[0], str(bucket[1])))
    answers = raw.get("answers", {})
    if not isinstance(answers, dict):
        raise ValidationError(
            "national_form",
            QT_TRANSLATE_NOOP("core", "{place}: 'answers' moet een tabel zijn.").format(
                place=place
            ),
        )
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


def question_code(
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
    if source == "referral":
        return _referral_code(question, catalogue, ids)
    value = ids.get(source)
    if value is None:
        return None
    if source == "help":
        return catalogue.help_kinds.by_id(value).code
    if source == "referral":
        return catalogue.referrals.by_id(value).code
    return catalogue.domains.by_id(value).code


def _referral_code(
    question: FormQuestion, catalogue: Catalogue, ids: dict[str, int | None]
) -> str | None:
    """The one definition of referral: only a question with help "Doorverwezen" is referred
    (None: "Niet doorverwezen"); referred without a target answers the file's ``no_target``."""
    help_id = ids.get("help")
    if help_id is None or not is_referred(catalogue.help_kinds.by_id(help_id).code):
        return None
    target = ids.get("referral")
    if target is None:
        return NO_TARGET_CODE
    return catalogue.referrals.by_id(target).code


def visit_answer(
    question: FormQuestion, catalogue: Catalogue, channel_id: int, minutes: int | None
) -> str:
    if question.source == "duration":
        return question.answer_minutes(minutes)
    return question.answer(catalogue.channels.by_id(channel_id).code)
