"""The exchange file: a zip with fixed member names, described in docs/exchange-format.md.

Everything a reader and a writer must agree on lives here: the format name and versions, the
member names and their size limits, the shape of codes and times, and the refusal that names
the member, line, field and value at fault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ido_desk.errors import Refused, ValidationError
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text

FORMAT_NAME = "ido-desk-export"
FORMAT_VERSION = 1
READABLE_VERSIONS = frozenset({1})  # every version this program can read
FILE_SUFFIX = ".zip"

MANIFEST = "manifest.json"
LISTS = "lists.json"
VISITS = "visits.jsonl"
CHECKSUMS = "checksums.sha256"
SIGNATURE = "signature.json"
SIGNED_MEMBERS = (MANIFEST, LISTS, VISITS)  # listed in CHECKSUMS, in this order
MEMBERS = (*SIGNED_MEMBERS, CHECKSUMS, SIGNATURE)
PENDING_MONTHS = "pending_months"  # optional manifest field: months still to be delivered
MAX_PENDING_MONTHS = 240
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])", re.ASCII)

KIB = 1024
MIB = 1024 * KIB
MAX_MEMBER_SIZE = {  # uncompressed bytes
    MANIFEST: 64 * KIB,
    LISTS: 4 * MIB,
    VISITS: 2048 * MIB,
    CHECKSUMS: 4 * KIB,
    SIGNATURE: 4 * KIB,
}
MAX_RATIO = 200  # uncompressed / compressed, for members larger than RATIO_FROM
RATIO_FROM = 1 * MIB
MAX_LINE = 16 * KIB  # one line of visits.jsonl

LIST_KINDS = ("channel", "domain", "organisation", "topic", "help", "referral")
ENTRIES = frozenset({"live", "backdated", "batch"})
MAX_DURATION_MIN = 8 * 60
MAX_QUESTIONS = 10
MAX_REVISION = 2**31 - 1

# Every pattern is matched whole (``fullmatch``) over ASCII only: "$" would let a trailing
# newline through, and \d the digits of other scripts.
CODE = re.compile(r"[a-z0-9][a-z0-9_.-]{0,39}", re.ASCII)
LOCATION_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", re.ASCII)
CBS_CODE = re.compile(r"GM[0-9]{4}", re.ASCII)
DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
HOUR = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}", re.ASCII)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
# C0 and C1 control characters, line and paragraph separators, and lone surrogates (which
# JSON's \ud800 escapes can make, and which no database or terminal can hold)
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
FIRST_DAY = date(2000, 1, 1)  # no IDO Desk file can hold visits before this day
LAST_DAY = date(2100, 1, 1)
MAX_PERIOD_DAYS = 3 * 366  # a period longer than three years is no branch export
MAX_COUNT = 2**31 - 1
MAX_TEXT = 200  # the longest name, organisation, municipality or program text


class RefusedFile(Refused, ValidationError):
    """A file that is not imported. The message says which file, and where in it the problem
    is: member, line, field and value, as far as they apply. Nothing has been changed."""

    def __init__(
        self,
        file: str,
        problem: str,
        *,
        member: str | None = None,
        line: int | None = None,
        field: str | None = None,
        value: object = None,
    ) -> None:
        where = [shown_text(file)]
        if member:
            where.append(shown_text(member))
        if line is not None:
            where.append(QT_TRANSLATE_NOOP("core", "regel {line}").format(line=line))
        if field:
            where.append(QT_TRANSLATE_NOOP("core", "veld '{field}'").format(field=field))
        if value is not None:
            where.append(QT_TRANSLATE_NOOP("core", "waarde {value}").format(value=_shown(value)))
        placed = ", ".join("{}" for _ in where) + ": {}"  # each part said in the CLI's language
        super().__init__(field or member or "file", Text("core", placed, (*where, problem)))
        self.file = file
        self.member = member
        self.line = line
        self.field_name = field
        self.value = value
        self.problem = problem


class UnknownKey(RefusedFile):
    """The file's location has no trusted key yet, and the key was not confirmed."""

    def __init__(self, file: str, location: str, fingerprint: str) -> None:
        super().__init__(
            file,
            QT_TRANSLATE_NOOP(
                "core",
                "de herkenningscode van locatie {location} is nog niet vertrouwd. "
                "Controlecode: {fingerprint}. Vergelijk die met de controlecode in de "
                "instellingen van de vestiging en bevestig (op de opdrachtregel met "
                "--yes).",
            ).format(location=location, fingerprint=fingerprint),
            member=SIGNATURE,
        )
        self.fingerprint = fingerprint


def _shown(value: object) -> str:
    if isinstance(value, int) and abs(value) >= 10**12:
        # repr of 5,000 digits would raise
        return QT_TRANSLATE_NOOP("core", "(een getal van meer dan 12 cijfers)")
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


def shown_text(text: str, limit: int = 80) -> str:
    """Text from a file or a file name, safe to print in one line: undecodable bytes (a file
    name that is not UTF-8) become U+FFFD, control characters and lone surrogates become "?",
    and it is cut at ``limit`` characters."""
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    clean = CONTROL.sub("?", data.decode("utf-8", "replace"))
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would run as a formula (CSV / formula injection)."""
    return text.startswith(FORMULA_START)


def text_problem(text: str) -> str | None:
    """Why a text from a file cannot be taken (None: it can): control characters (they break
    the coordinator's spreadsheets and can fake what a terminal shows), or a formula start."""
    if CONTROL.search(text):
        return QT_TRANSLATE_NOOP(
            "core", "tekst met stuurtekens (zoals een regeleinde of tab) wordt niet aangenomen."
        )
    if looks_like_formula(text):
        return QT_TRANSLATE_NOOP(
            "core",
            "tekst die begint met =, +, -, @ of een tab wordt niet aangenomen (formule-injectie).",
        )
    return None


def hour_text(moment: datetime) -> str:
    """A time as it leaves the branch: date and hour only, "2026-11-03T10"."""
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}"


def parse_hour(text: str) -> datetime:
    """The inverse of ``hour_text``; ValueError for anything else."""
    if not isinstance(text, str) or not HOUR.fullmatch(text):
        raise ValueError(text)
    return datetime(int(text[:4]), int(text[5:7]), int(text[8:10]), int(text[11:13]))


def parse_day(text: str) -> date:
    """ "YYYY-MM-DD" and nothing else (``date.fromisoformat`` also takes "20261001")."""
    if not isinstance(text, str) or not DAY.fullmatch(text):
        raise ValueError(text)
    return date(int(text[:4]), int(text[5:7]), int(text[8:10]))


@dataclass(frozen=True)
class ManifestLocation:
    code: str
    name: str
    organisation: str
    municipality: str
    cbs_code: str
    province: str
    setup: str


@dataclass(frozen=True)
class Manifest:
    format_version: int
    location: ManifestLocation
    period_start: date
    period_end: date  # exclusive
    visits: int  # lines in visits.jsonl, tombstones included
    tombstones: int
    questions: int
    created_at: datetime
    program: str
    pending_months: tuple[str, ...] | None = None  # None: the file does not say
