"""Read and check what an exchange file carries: its lists (lists.json) and its visits, one
line of visits.jsonl at a time. Every refusal names the member, the line, the field and the
value; nothing here writes to the database."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any, NoReturn

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile
from ido_desk.lists import GOVERNMENT_LEVELS

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
REFERRAL_KINDS = frozenset({"organisation", "course", "service"})
MAX_LABEL = 120
CHUNK = 1024 * 1024

VISIT_FIELDS = frozenset(
    {"id", "revision", "started", "duration_min", "channel", "entry", "questions", "deleted"}
)
TOMBSTONE_FIELDS = frozenset({"id", "revision", "started", "deleted"})
QUESTION_FIELDS = ("domain", "topic", "subtopic", "organisation", "help", "referral")
QUESTION_KIND = {
    "domain": "domain",
    "topic": "topic",
    "subtopic": "topic",
    "organisation": "organisation",
    "help": "help",
    "referral": "referral",
}


# -- lists.json -----------------------------------------------------------------------------


def read_lists(file: str, raw: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """kind -> code -> entry, every entry checked (codes, labels, references)."""
    member = fmt.LISTS
    if not isinstance(raw, dict):
        raise RefusedFile(file, "verwacht een JSON-object met een lijst per soort.", member=member)
    lists: dict[str, dict[str, dict[str, Any]]] = {}
    for kind in fmt.LIST_KINDS:
        entries = raw.get(kind)
        if not isinstance(entries, list):
            raise RefusedFile(file, "ontbreekt of is geen lijst.", member=member, field=kind)
        lists[kind] = {}
        for n, entry in enumerate(entries):
            where = f"{kind}[{n}]"
            if not isinstance(entry, dict):
                raise RefusedFile(file, "verwacht een object.", member=member, field=where)
            code = entry.get("code")
            if not isinstance(code, str) or not fmt.CODE.match(code):
                raise RefusedFile(
                    file,
                    "ongeldige code (kleine letters, cijfers, '_', '.', '-'; hoogstens 40).",
                    member=member,
                    field=f"{where}.code",
                    value=code,
                )
            if code in lists[kind]:
                raise RefusedFile(
                    file, "dubbele code.", member=member, field=f"{where}.code", value=code
                )
            for label in ("label_nl", "label_en"):
                _label(file, f"{where}.{label}", entry.get(label))
            lists[kind][code] = entry
    _check_references(file, lists)
    return lists


def _label(file: str, where: str, value: Any) -> None:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_LABEL:
        raise RefusedFile(
            file,
            f"een omschrijving van 1 tot {MAX_LABEL} tekens is nodig.",
            member=fmt.LISTS,
            field=where,
            value=value,
        )
    if fmt.looks_like_formula(value):
        raise RefusedFile(
            file,
            "tekst die begint met =, +, -, @ of een tab wordt niet aangenomen (formule-injectie).",
            member=fmt.LISTS,
            field=where,
            value=value,
        )


def _check_references(file: str, lists: dict[str, dict[str, dict[str, Any]]]) -> None:
    def ref(kind: str, where: str, value: Any, *, optional: bool) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or value not in lists[kind]:
            raise RefusedFile(
                file,
                f"verwijst naar een code die niet in de lijst '{kind}' staat.",
                member=fmt.LISTS,
                field=where,
                value=value,
            )

    for n, (code, entry) in enumerate(lists["topic"].items()):
        where = f"topic[{n}]"
        ref("domain", f"{where}.domain", entry.get("domain"), optional=False)
        ref("organisation", f"{where}.organisation", entry.get("organisation"), optional=True)
        parent = entry.get("parent")
        ref("topic", f"{where}.parent", parent, optional=True)
        if parent is not None and (parent == code or lists["topic"][parent].get("parent")):
            raise RefusedFile(
                file,
                "een sub-onderwerp hoort onder een hoofdonderwerp.",
                member=fmt.LISTS,
                field=f"{where}.parent",
                value=parent,
            )
    for n, entry in enumerate(lists["organisation"].values()):
        if entry.get("level") not in GOVERNMENT_LEVELS:
            raise RefusedFile(
                file,
                f"onbekend bestuursniveau (kies uit {', '.join(GOVERNMENT_LEVELS)}).",
                member=fmt.LISTS,
                field=f"organisation[{n}].level",
                value=entry.get("level"),
            )
    for n, entry in enumerate(lists["referral"].values()):
        if entry.get("kind") not in REFERRAL_KINDS:
            raise RefusedFile(
                file,
                f"onbekende soort (kies uit {', '.join(sorted(REFERRAL_KINDS))}).",
                member=fmt.LISTS,
                field=f"referral[{n}].kind",
                value=entry.get("kind"),
            )
        ref("organisation", f"referral[{n}].organisation", entry.get("organisation"), optional=True)


# -- visits.jsonl ---------------------------------------------------------------------------


QuestionIds = tuple[int, int, int | None, int | None, int | None, int | None]
QUESTION_KEYS = frozenset(QUESTION_FIELDS)
QUESTIONS_AT = ',"questions":'
# A visit line exactly as IDO Desk writes it (docs/exchange-format.md): compact, keys in this
# order, no escapes. Such a line is read without the JSON parser (see RowReader.read).
CANONICAL = re.compile(
    r'\{"id":"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",'
    r'"revision":(0|[1-9][0-9]{0,9}),"started":"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2})",'
    r'"duration_min":(null|[1-9][0-9]{0,2}),"channel":"([a-z0-9][a-z0-9_.-]{0,39})",'
    r'"entry":"(live|backdated|batch)","questions":(\[.*\])\}'
)
MAX_REMEMBERED = 20_000  # questions arrays remembered by their text


# A checked line: the visit as a row in the order of db.queries.exchange.VISIT_COLUMNS (a
# tombstone has deleted_at set, and no channel or entry), and its questions' list ids.
VisitRow = tuple[tuple[Any, ...], list[QuestionIds]]


def lines(file: str, stream: IO[bytes], digest: Any) -> Iterator[tuple[int, str]]:
    """(line number, line) of a member, streamed in chunks and hashed on the way; a line may
    be at most MAX_LINE bytes and must be UTF-8."""
    number = 0
    rest = b""
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        data = rest + chunk
        cut = data.rfind(b"\n") + 1
        block, rest = data[:cut], data[cut:]
        if len(rest) > fmt.MAX_LINE:
            _too_long(file, number + block.count(b"\n") + 1)
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            for offset, raw in enumerate(block.split(b"\n"), start=number + 1):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise RefusedFile(
                        file, "geen geldige UTF-8-tekst.", member=fmt.VISITS, line=offset
                    ) from None
            raise
        parts = text.split("\n")
        parts.pop()  # after the last newline
        for part in parts:
            number += 1
            if len(part) > fmt.MAX_LINE // 4 and len(part.encode("utf-8")) > fmt.MAX_LINE:
                _too_long(file, number)
            yield number, part
    if rest:
        raise RefusedFile(
            file,
            "de laatste regel eindigt niet op een regeleinde (afgekapt?).",
            member=fmt.VISITS,
            line=number + 1,
        )


def _too_long(file: str, line: int) -> NoReturn:
    raise RefusedFile(file, f"regel langer dan {fmt.MAX_LINE} bytes.", member=fmt.VISITS, line=line)


@dataclass
class RowReader:
    """Checks one line after another; ``ids`` maps every kind and code to the database id."""

    file: str
    file_lists: dict[str, dict[str, dict[str, Any]]]
    ids: dict[str, dict[str, int]]
    period_start: date
    period_end: date
    location_id: int
    now: str  # created_at and updated_at of what is written, as stored text

    def __post_init__(self) -> None:
        self._channels = self.ids["channel"]
        self._hours: dict[str, str] = {}
        self._first = f"{self.period_start:%Y-%m-%d}T00"
        self._end = f"{self.period_end:%Y-%m-%d}T00"
        self._last_id = ""
        self._questions: dict[tuple[Any, ...], QuestionIds] = {}  # checked before
        self._question_lists: dict[str, list[QuestionIds]] = {}  # by the array's text

    def refuse(
        self, line: int, problem: str, field: str | None = None, value: Any = None
    ) -> NoReturn:
        raise RefusedFile(
            self.file, problem, member=fmt.VISITS, line=line, field=field, value=value
        )

    def read(self, line: int, text: str) -> VisitRow:
        """One line, checked. A line in the layout IDO Desk writes, whose questions array was
        seen before (most are: the same few codes recur), is read by one regular expression
        and the array's checked ids are reused; any other line goes through the JSON parser.
        Both paths make the same checks, with the same messages."""
        match = CANONICAL.fullmatch(text)
        if match is not None:
            known = self._question_lists.get(match[7])
            if known is not None:
                return self._canonical(line, match, known)
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            self.refuse(line, f"geen geldige JSON ({exc}).")
        visit = self._visit(line, row, None)
        cut = text.rfind(QUESTIONS_AT)
        if (
            visit[0][9] is None
            and cut > 0
            and text.endswith("]}")
            and len(self._question_lists) < MAX_REMEMBERED
        ):
            tail = text[cut + len(QUESTIONS_AT) : -1]
            if json.loads(tail) == row["questions"]:
                self._question_lists[tail] = visit[1]
        return visit

    def _canonical(self, line: int, match: re.Match[str], questions: list[QuestionIds]) -> VisitRow:
        """A line that matched CANONICAL: the JSON types are right by construction; check the
        values as ``_visit`` does."""
        visit_id = match[1]
        if visit_id <= self._last_id:
            self.refuse(line, "de regels moeten op id oplopen, elk id één keer.", "id", visit_id)
        self._last_id = visit_id
        revision = int(match[2])
        if not 1 <= revision <= fmt.MAX_REVISION:
            self.refuse(line, "de revisie is een geheel getal vanaf 1.", "revision", revision)
        started = self._hours.get(match[3]) or self._started(line, match[3])
        duration = None if match[4] == "null" else int(match[4])
        if duration is not None and duration > fmt.MAX_DURATION_MIN:
            self.refuse(
                line,
                f"de duur is leeg of 1 tot {fmt.MAX_DURATION_MIN} minuten.",
                "duration_min",
                duration,
            )
        channel = self._channels.get(match[5])
        if channel is None:
            channel = self._code(line, "channel", "channel", match[5])
        now = self.now
        return (
            visit_id,
            self.location_id,
            started,
            duration,
            channel,
            match[6],
            now,
            now,
            revision,
            None,
        ), questions

    def _visit(self, line: int, row: Any, questions_ids: list[QuestionIds] | None) -> VisitRow:
        """Check a parsed line; ``questions_ids``: its questions, when checked before. The
        common case runs straight through: this is the import's inner loop."""
        if type(row) is not dict:
            self.refuse(line, "verwacht één JSON-object per regel.")
        visit_id = row.get("id")
        if type(visit_id) is not str or not UUID.match(visit_id):
            self.refuse(line, "geen bezoek-id (UUID in kleine letters).", "id", visit_id)
        if visit_id <= self._last_id:
            self.refuse(line, "de regels moeten op id oplopen, elk id één keer.", "id", visit_id)
        self._last_id = visit_id
        revision = row.get("revision")
        if type(revision) is not int or not 1 <= revision <= fmt.MAX_REVISION:
            self.refuse(line, "de revisie is een geheel getal vanaf 1.", "revision", revision)
        value: Any = row.get("started")
        try:
            started = self._hours[value]
        except (KeyError, TypeError):
            started = self._started(line, value)
        deleted = row.get("deleted", False)
        if deleted is True:
            if not row.keys() <= TOMBSTONE_FIELDS:
                self.refuse(
                    line,
                    "een verwijderd bezoek heeft alleen id, revision, started en deleted.",
                    min(row.keys() - TOMBSTONE_FIELDS),
                )
            now = self.now
            return (
                visit_id,
                self.location_id,
                started,
                None,
                None,
                None,
                now,
                now,
                revision,
                now,
            ), []
        if deleted is not False:
            self.refuse(line, "deleted is true of ontbreekt.", "deleted", deleted)
        if not row.keys() <= VISIT_FIELDS:
            self.refuse(line, "onbekend veld.", min(row.keys() - VISIT_FIELDS))
        duration = row.get("duration_min")
        if duration is not None and (
            type(duration) is not int or not 1 <= duration <= fmt.MAX_DURATION_MIN
        ):
            self.refuse(
                line,
                f"de duur is leeg of 1 tot {fmt.MAX_DURATION_MIN} minuten.",
                "duration_min",
                duration,
            )
        entry = row.get("entry")
        if type(entry) is not str or entry not in fmt.ENTRIES:
            self.refuse(line, "kies live, backdated of batch.", "entry", entry)
        code: Any = row.get("channel")
        try:
            channel = self._channels[code]
        except (KeyError, TypeError):
            channel = self._code(line, "channel", "channel", code)
        if questions_ids is None:
            questions = row.get("questions")
            if not isinstance(questions, list) or not 1 <= len(questions) <= fmt.MAX_QUESTIONS:
                self.refuse(
                    line,
                    f"een bezoek heeft 1 tot {fmt.MAX_QUESTIONS} vragen.",
                    "questions",
                    questions,
                )
            questions_ids = [self._question(line, n, q) for n, q in enumerate(questions, start=1)]
        now = self.now
        return (
            visit_id,
            self.location_id,
            started,
            duration,
            channel,
            entry,
            now,
            now,
            revision,
            None,
        ), questions_ids

    def _started(self, line: int, value: Any) -> str:
        stored = self._hours.get(value) if isinstance(value, str) else None
        if stored is None:
            try:
                moment: datetime = fmt.parse_hour(value)
            except (ValueError, TypeError):
                self.refuse(line, "verwacht datum en uur, JJJJ-MM-DDTUU.", "started", value)
            if not self._first <= value < self._end:
                self.refuse(
                    line, "dit tijdstip valt buiten de periode van het bestand.", "started", value
                )
            stored = moment.strftime("%Y-%m-%d %H:%M:%S.%f")
            self._hours[value] = stored
        return stored

    def _code(self, line: int, kind: str, field: str, code: Any) -> int:
        try:
            return self.ids[kind][code]
        except (KeyError, TypeError):
            pass
        if not isinstance(code, str) or not fmt.CODE.match(code):
            self.refuse(line, "ongeldige code.", field, code)
        if code not in self.file_lists[kind]:
            self.refuse(line, f"deze code staat niet in {fmt.LISTS} ('{kind}').", field, code)
        self.refuse(line, "onbekende code.", field, code)

    def _question(self, line: int, n: int, question: Any) -> QuestionIds:
        """A question's list ids. A question with the same six codes as one checked before
        (most are) is looked up, not checked again."""
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
        if not isinstance(question, dict):
            self.refuse(line, "verwacht een object.", where)
        extra = set(question) - set(QUESTION_FIELDS)
        if extra:
            self.refuse(line, "onbekend veld.", f"{where}.{min(extra)}")
        values: list[int | None] = []
        for name in QUESTION_FIELDS:
            code = question.get(name)
            if code is None and name not in ("domain", "topic"):
                values.append(None)
            else:
                values.append(self._code(line, QUESTION_KIND[name], f"{where}.{name}", code))
        topic = question["topic"]
        if self.file_lists["topic"][topic].get("parent") is not None:
            self.refuse(
                line, "het onderwerp moet een hoofdonderwerp zijn.", f"{where}.topic", topic
            )
        subtopic = question.get("subtopic")
        if subtopic is not None and self.file_lists["topic"][subtopic].get("parent") != topic:
            self.refuse(
                line, f"dit is geen sub-onderwerp van '{topic}'.", f"{where}.subtopic", subtopic
            )
        domain, topic_id, sub, organisation, help_id, referral = values
        assert domain is not None and topic_id is not None
        return domain, topic_id, sub, organisation, help_id, referral
