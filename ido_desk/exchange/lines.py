"""One line of visits.jsonl: how IDO Desk writes it and how any line is read back.

The writer (``visit_text``, ``tombstone_text``, ``question_text``) and the reader
(``LineReader``) live side by side, with the pattern of what the writer makes (``CANONICAL``).
A line in that layout is split by the pattern, any other valid JSON layout by the JSON parser;
both give the same raw values to one set of checks (``LineReader._checked``), so the fast path
cannot accept what the slow one refuses. Nothing here writes to the database."""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from typing import Any, NoReturn

from db.queries.exchange_stage import StagedVisit
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import CodePlan
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.lists_file import FileLists
from ido_desk.exchange.question_sets import QuestionIds, QuestionSets
from ido_desk.translatable import QT_TRANSLATE_NOOP

QUESTION_FIELDS = ("domain", "topic", "subtopic", "organisation", "help", "referral")
QUESTION_KIND = {
    "domain": "domain",
    "topic": "topic",
    "subtopic": "topic",
    "organisation": "organisation",
    "help": "help",
    "referral": "referral",
}
QUESTION_KEYS = frozenset(QUESTION_FIELDS)
VISIT_FIELDS = frozenset(
    {"id", "revision", "started", "duration_min", "channel", "entry", "questions", "deleted"}
)
TOMBSTONE_FIELDS = frozenset({"id", "revision", "started", "deleted"})
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
MAX_REMEMBERED = 20_000  # questions arrays remembered by their text


# -- writing --------------------------------------------------------------------------------


def question_text(codes: dict[str, str | None]) -> str:
    return json.dumps(codes, ensure_ascii=False, separators=(",", ":"))


def visit_text(
    visit_id: str,
    revision: int,
    started: str,
    duration: int | None,
    channel: str,
    entry: str,
    questions: str,
) -> str:
    """A visit's line: compact, keys in the documented order (what CANONICAL matches);
    ``questions``: the questions' JSON objects (``question_text``) joined by ","."""
    length = "null" if duration is None else int(duration)
    return (
        f'{{"id":"{visit_id}","revision":{int(revision)},"started":"{started}",'
        f'"duration_min":{length},"channel":{_quoted(channel)},"entry":{_quoted(entry)},'
        f'"questions":[{questions}]}}'
    )


@functools.lru_cache(maxsize=1024)
def _quoted(code: str) -> str:
    return json.dumps(code)


def tombstone_text(visit_id: str, revision: int, started: str) -> str:
    return f'{{"id":"{visit_id}","revision":{int(revision)},"started":"{started}","deleted":true}}'


# A visit line exactly as visit_text writes it: split by this pattern, the JSON types are right
# by construction; the values are checked like any other line's.
CANONICAL = re.compile(
    r'\{"id":"([0-9a-f-]{36})","revision":(0|[1-9][0-9]{0,9}),"started":"([0-9T-]{13})",'
    r'"duration_min":(null|0|[1-9][0-9]{0,8}),"channel":"([a-z0-9_.-]{1,40})",'
    r'"entry":"([a-z]{1,20})","questions":(\[.*\])\}',
    re.ASCII,
)
QUESTIONS_AT = ',"questions":'


# -- reading --------------------------------------------------------------------------------


class LineReader:
    """Checks one line after another against the file's lists as they will be stored; counts
    the questions (``questions``) and stages them as sets (``sets``)."""

    def __init__(
        self, file: str, file_lists: FileLists, plan: CodePlan, start: date, end: date
    ) -> None:
        self.file = file
        self.file_lists = file_lists
        self.ids = plan.ids
        self.parents = plan.parents
        self.start, self.end = start, end
        self._channels = plan.ids["channel"]
        self._hours: dict[str, str] = {}
        self._last_id = ""
        self._questions: dict[tuple[Any, ...], QuestionIds] = {}  # checked before
        self._question_lists: dict[str, tuple[QuestionIds, ...]] = {}  # by the array's text
        self.sets = QuestionSets()
        self.questions = self.tombstones = 0

    def refuse(
        self, line: int, problem: str, field: str | None = None, value: Any = None
    ) -> NoReturn:
        raise RefusedFile(
            self.file, problem, member=fmt.VISITS, line=line, field=field, value=value
        )

    def read(self, line: int, text: str) -> StagedVisit:
        """One line, checked. A line in the layout IDO Desk writes is split by CANONICAL, and
        its questions array, when seen before (most are: the same few codes recur), is not
        checked again; any other line goes through the JSON parser."""
        match = CANONICAL.fullmatch(text)
        if match is not None:
            array = match[7]
            known = self._question_lists.get(array)
            if known is None:
                known = self._questions_of(line, self._json(line, array))
                if len(self._question_lists) < MAX_REMEMBERED:
                    self._question_lists[array] = known
            duration = None if match[4] == "null" else int(match[4])
            return self._checked(
                line, match[1], int(match[2]), match[3], False, duration, match[5], match[6], known
            )
        row = self._json(line, text)
        if type(row) is not dict:
            self.refuse(line, QT_TRANSLATE_NOOP("core", "verwacht één JSON-object per regel."))
        deleted = row.get("deleted", False)
        if deleted is True:
            if not row.keys() <= TOMBSTONE_FIELDS:
                self.refuse(
                    line,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "een verwijderd bezoek heeft alleen id, revision, started en deleted.",
                    ),
                    min(row.keys() - TOMBSTONE_FIELDS),
                )
            return self._checked(
                line,
                row.get("id"),
                row.get("revision"),
                row.get("started"),
                True,
                None,
                None,
                None,
                (),
            )
        if deleted is not False:
            self.refuse(
                line, QT_TRANSLATE_NOOP("core", "deleted is true of ontbreekt."), "deleted", deleted
            )
        if not row.keys() <= VISIT_FIELDS:
            self.refuse(
                line, QT_TRANSLATE_NOOP("core", "onbekend veld."), min(row.keys() - VISIT_FIELDS)
            )
        return self._checked(
            line,
            row.get("id"),
            row.get("revision"),
            row.get("started"),
            False,
            row.get("duration_min"),
            row.get("channel"),
            row.get("entry"),
            self._questions_of(line, row.get("questions")),
        )

    def _json(self, line: int, text: str) -> Any:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.refuse(
                line, QT_TRANSLATE_NOOP("core", "geen geldige JSON ({msg}).").format(msg=exc.msg)
            )
        except (ValueError, RecursionError):  # 5,000 digits; nesting too deep
            self.refuse(
                line,
                QT_TRANSLATE_NOOP(
                    "core", "geen geldige JSON (een getal te groot of te diep genest)."
                ),
            )

    def _checked(
        self,
        line: int,
        visit_id: Any,
        revision: Any,
        started: Any,
        deleted: bool,
        duration: Any,
        channel: Any,
        entry: Any,
        questions: tuple[QuestionIds, ...],
    ) -> StagedVisit:
        """The one set of checks every line's values go through."""
        if type(visit_id) is not str or not UUID.fullmatch(visit_id):
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "geen bezoek-id (UUID in kleine letters)."),
                "id",
                visit_id,
            )
        if visit_id <= self._last_id:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "de regels moeten op id oplopen, elk id één keer."),
                "id",
                visit_id,
            )
        self._last_id = visit_id
        if type(revision) is not int or not 1 <= revision <= fmt.MAX_REVISION:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "de revisie is een geheel getal vanaf 1."),
                "revision",
                revision,
            )
        stored = self._hours.get(started) if type(started) is str else None
        if stored is None:
            stored = self._started(line, started)
        if deleted:
            self.tombstones += 1
            return StagedVisit(visit_id, line, revision, stored, None, None, None, 1, None, 0)
        if duration is not None and (
            type(duration) is not int or not 1 <= duration <= fmt.MAX_DURATION_MIN
        ):
            self.refuse(
                line,
                QT_TRANSLATE_NOOP(
                    "core", "de duur is leeg of 1 tot {max_duration_min} minuten."
                ).format(max_duration_min=fmt.MAX_DURATION_MIN),
                "duration_min",
                duration,
            )
        if type(entry) is not str or entry not in fmt.ENTRIES:
            self.refuse(
                line, QT_TRANSLATE_NOOP("core", "kies live, backdated of batch."), "entry", entry
            )
        channel_id = self._channels.get(channel) if type(channel) is str else None
        if channel_id is None:
            channel_id = self._code(line, "channel", "channel", channel)
        self.questions += len(questions)
        key = self.sets.key(questions)
        return StagedVisit(
            visit_id, line, revision, stored, duration, channel_id, entry, 0, key, len(questions)
        )

    def _started(self, line: int, value: Any) -> str:
        try:
            moment = fmt.parse_hour(value)
        except (ValueError, TypeError):
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "verwacht datum en uur, JJJJ-MM-DDTUU."),
                "started",
                value,
            )
        if not self.start <= moment.date() < self.end:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "dit tijdstip valt buiten de periode van het bestand."),
                "started",
                value,
            )
        stored = f"{moment:%Y-%m-%d %H}:00:00.000000"
        self._hours[value] = stored
        return stored

    def _code(self, line: int, kind: str, field: str, code: Any) -> int:
        if type(code) is str:
            found = self.ids[kind].get(code)
            if found is not None:
                return found
        if type(code) is not str or not fmt.CODE.fullmatch(code):
            self.refuse(line, QT_TRANSLATE_NOOP("core", "ongeldige code."), field, code)
        self.refuse(
            line,
            QT_TRANSLATE_NOOP("core", "deze code staat niet in {lists} ('{kind}').").format(
                lists=fmt.LISTS, kind=kind
            ),
            field,
            code,
        )

    def _questions_of(self, line: int, questions: Any) -> tuple[QuestionIds, ...]:
        if type(questions) is not list or not 1 <= len(questions) <= fmt.MAX_QUESTIONS:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "een bezoek heeft 1 tot {max_questions} vragen.").format(
                    max_questions=fmt.MAX_QUESTIONS
                ),
                "questions",
                questions,
            )
        return tuple(self._question(line, n, q) for n, q in enumerate(questions, start=1))

    def _question(self, line: int, n: int, question: Any) -> QuestionIds:
        """A question with the same six codes as one checked before (most are) is looked up,
        not checked again."""
        key = None
        if type(question) is dict and question.keys() == QUESTION_KEYS:
            key = tuple(question[name] for name in QUESTION_FIELDS)
            try:
                return self._questions[key]
            except KeyError:
                pass
            except TypeError:  # a list or object where a code belongs: checked below
                key = None
        checked = self._check_question(line, n, question)
        if key is not None:
            self._questions[key] = checked
        return checked

    def _check_question(self, line: int, n: int, question: Any) -> QuestionIds:
        where = f"questions[{n}]"
        if type(question) is not dict:
            self.refuse(line, QT_TRANSLATE_NOOP("core", "verwacht een object."), where)
        extra = question.keys() - QUESTION_KEYS
        if extra:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "onbekend veld."),
                f"{where}.{min(extra)}",
            )
        values: list[int | None] = []
        for name in QUESTION_FIELDS:
            code = question.get(name)
            if code is None and name not in ("domain", "topic"):
                values.append(None)
            else:
                values.append(self._code(line, QUESTION_KIND[name], f"{where}.{name}", code))
        topic, subtopic = question["topic"], question.get("subtopic")
        if self.parents.get(topic) is not None:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "het onderwerp moet een hoofdonderwerp zijn."),
                f"{where}.topic",
                topic,
            )
        if subtopic is not None and self.parents.get(subtopic) != topic:
            self.refuse(
                line,
                QT_TRANSLATE_NOOP("core", "dit is geen sub-onderwerp van '{topic}'.").format(
                    topic=topic
                ),
                f"{where}.subtopic",
                subtopic,
            )
        domain, topic_id, sub, organisation, help_id, referral = values
        assert domain is not None and topic_id is not None
        return QuestionIds(domain, topic_id, sub, organisation, help_id, referral)
