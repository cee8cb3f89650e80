"""The exchange file: a zip with fixed member names, described in docs/exchange-format.md.

Everything a reader and a writer must agree on lives here: the format name and versions, the
member names and their size limits, the shape of codes and times, and the refusal that names
the member, line, field and value at fault."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ido_desk.errors import ValidationError

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
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

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

CODE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
LOCATION_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
CBS_CODE = re.compile(r"^GM\d{4}$")
HOUR = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}$")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


class RefusedFile(ValidationError):
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
        where = [file]
        if member:
            where.append(member)
        if line is not None:
            where.append(f"regel {line}")
        if field:
            where.append(f"veld '{field}'")
        if value is not None:
            where.append(f"waarde {_shown(value)}")
        super().__init__(field or member or "file", f"{', '.join(where)}: {problem}")
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
            f"de sleutel van locatie {location} is nog niet vertrouwd. Vingerafdruk: "
            f"{fingerprint}. Vergelijk die met de vingerafdruk in de instellingen van de "
            "vestiging en bevestig (op de opdrachtregel met --yes).",
            member=SIGNATURE,
        )
        self.fingerprint = fingerprint


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would run as a formula (CSV / formula injection)."""
    return text.startswith(FORMULA_START)


def hour_text(moment: datetime) -> str:
    """A time as it leaves the branch: date and hour only, "2026-11-03T10"."""
    return f"{moment:%Y-%m-%dT%H}"


def parse_hour(text: str) -> datetime:
    """The inverse of ``hour_text``; ValueError for anything else."""
    if not HOUR.match(text):
        raise ValueError(text)
    return datetime.strptime(text, "%Y-%m-%dT%H")


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
