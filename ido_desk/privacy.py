"""The privacy screen for the optional free-text note of a visit.

An IDO may not record who it helped. A note is refused when it contains something that points
at a person: a BSN (nine digits passing the 11-test, or eight or nine digits after the word
"bsn"), an e-mail address (also written out: "j.jansen at ziggo punt nl"), a phone number, an
IBAN, a postcode with house number, a street with a house number, a name after a title
("mevrouw De Vries", "dhr. Jansen") or a full date. The refusal names the kind of data and
shows what was found, so the user can take it out and keep the rest of the form.

Each kind has one small finder below that yields candidate spans. Where candidates overlap, a
candidate that lies strictly inside a longer one is dropped (``+31 612 345 678`` is one phone
number, not a BSN with a prefix); otherwise the first kind in ``_FINDERS`` wins.
"""

import datetime as dt
import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import NamedTuple

from ido_desk.errors import Refused
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text

Span = tuple[int, int]


class Finding(NamedTuple):
    """One piece of personal data found in a note; ``text == note[start:end]``."""

    kind: str
    label_nl: str
    label_en: str
    start: int
    end: int
    text: str


class PrivacyError(Refused, ValueError):
    """The note contains personal data. ``str(error)`` is the Dutch message for the user.

    The message quotes the data found, so never write it to a log.
    """

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings
        super().__init__(_message_nl(findings))


# Dutch and English label per kind, in the order of precedence.
_LABELS: dict[str, tuple[str, str]] = {
    "iban": ("IBAN-rekeningnummer", "IBAN bank account number"),
    "email": ("e-mailadres", "e-mail address"),
    "bsn": ("BSN", "BSN (citizen service number)"),
    "phone": ("telefoonnummer", "phone number"),
    "postcode": ("postcode met huisnummer", "postcode with house number"),
    "address": ("straat met huisnummer", "street with house number"),
    "name": ("naam met aanhef", "name with a title"),
    "date": ("volledige datum", "full date"),
}

_SPOKEN_LABELS = {  # the Dutch labels above, marked: their English is the one beside them
    "iban": QT_TRANSLATE_NOOP("core", "IBAN-rekeningnummer"),
    "email": QT_TRANSLATE_NOOP("core", "e-mailadres"),
    "bsn": QT_TRANSLATE_NOOP("core", "BSN"),
    "phone": QT_TRANSLATE_NOOP("core", "telefoonnummer"),
    "postcode": QT_TRANSLATE_NOOP("core", "postcode met huisnummer"),
    "address": QT_TRANSLATE_NOOP("core", "straat met huisnummer"),
    "name": QT_TRANSLATE_NOOP("core", "naam met aanhef"),
    "date": QT_TRANSLATE_NOOP("core", "volledige datum"),
}

_SEP = r"[ \u00a0.\-]"  # what people put between groups of digits: space, no-break space, . or -

# --- IBAN ---------------------------------------------------------------------------------------

_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}"
    r"(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?"
    r"(?![A-Za-z0-9])"
)


def _find_iban(text: str) -> Iterator[Span]:
    """An IBAN of any country that passes the mod-97 check, written together or in groups of
    four, in upper or lower case: NL91ABNA0417164300, nl91 abna 0417 1643 00.
    An IBAN-shaped string that fails the check is not a finding."""
    for m in _IBAN.finditer(text):
        if _iban_is_valid(re.sub(r"[ \u00a0]", "", m.group())):
            yield m.span()


def _iban_is_valid(iban: str) -> bool:
    if not 15 <= len(iban) <= 34:
        return False
    rearranged = (iban[4:] + iban[:4]).upper()
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


# --- e-mail -------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+%\-])[\w.+%\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")


_AT_WORD = r"(?:\(at\)|\[at\]|\(@\)|apenstaartje|at)"
_DOT_WORD = r"(?:\s*\.\s*|\s+(?:punt|dot)\s+|\s*\((?:punt|dot)\)\s*|\s*\[(?:punt|dot)\]\s*)"
_TLD = r"(?:nl|be|com|net|org|eu|de|info|nu|online|email|frl|amsterdam)"
_EMAIL_WRITTEN = re.compile(
    rf"(?<![\w.+%\-])[\w.+%\-]+\s*{_AT_WORD}\s*"
    rf"[\w\-]+(?:{_DOT_WORD}[\w\-]+)*?{_DOT_WORD}{_TLD}(?![^\W\d_])",
    re.IGNORECASE,
)


def _find_email(text: str) -> Iterator[Span]:
    """An e-mail address: name@domain.tld (jan.jansen+post@voorbeeld.nl), also written out
    so that it passes a plain check: "j.jansen at ziggo punt nl", "jan (at) kpn dot com",
    "jan apenstaartje gmail.com". Written out, it needs a known ending (nl, com, ...)."""
    for m in _EMAIL.finditer(text):
        yield m.span()
    for m in _EMAIL_WRITTEN.finditer(text):
        yield m.span()


# --- BSN ----------------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*")
_DIGIT_GROUP = re.compile(r"\d+")


def _find_bsn(text: str) -> Iterator[Span]:
    """A BSN: nine digits that pass the 11-test, written together (123456782) or in groups of two
    to four digits split by one kind of separator (123.456.782, 1234 56 782, 123-45-6782).
    The nine digits may not be part of a longer group (0612345678 is not read as a BSN).
    Nine digits that fail the 11-test are not a finding; neither are 8-digit numbers."""
    for run in _DIGIT_RUN.finditer(text):
        groups = list(_DIGIT_GROUP.finditer(text, run.start(), run.end()))
        for first in range(len(groups)):
            for last in range(first, len(groups)):
                window = groups[first : last + 1]
                digits = "".join(g.group() for g in window)
                if len(digits) > 9:
                    break
                if len(digits) == 9 and _bsn_shape(text, window) and _passes_11_test(digits):
                    yield window[0].start(), window[-1].end()


_BSN_WORD = re.compile(
    rf"(?<![^\W\d_])bsn(?:{_SEP}?nummer)?(?![^\W\d_])[\s:.#=\-]*(?:is\s+|was\s+)?",
    re.IGNORECASE,
)


def _find_bsn_after_word(text: str) -> Iterator[Span]:
    """Eight or nine digits right after the word "bsn" (BSN: 12345678, bsn-nummer 1234 5678),
    whether or not they pass the 11-test: the word says what they are."""
    for word in _BSN_WORD.finditer(text):
        run = _DIGIT_RUN.match(text, word.end())
        if run is not None and len(re.sub(r"\D", "", run.group())) in (8, 9):
            yield run.span()


def _bsn_shape(text: str, groups: list[re.Match[str]]) -> bool:
    if len(groups) == 1:
        return True
    separators = {text[a.end() : b.start()] for a, b in pairwise(groups)}
    return len(separators) == 1 and all(2 <= len(g.group()) <= 4 for g in groups)


def _passes_11_test(digits: str) -> bool:
    values = [int(d) for d in digits]
    if not any(values):
        return False
    total = sum(weight * value for weight, value in zip(range(9, 1, -1), values[:8], strict=True))
    return (total - values[8]) % 11 == 0


# --- phone --------------------------------------------------------------------------------------

_AREA_BRACKET = r"(?:\((?=\d{1,4}\)))?"  # "(" only when it closes around an area code: (020)
_PHONE = re.compile(
    rf"""
    (?<![\w+])                                              # not glued to a word or number
    (?:
        (?:\+|00)31[ \u00a0]?(?:\(0\)[ \u00a0]?)?{_AREA_BRACKET}[1-9](?:\)?{_SEP}?\d){{8}}  # +31
      | {_AREA_BRACKET}06(?:\)?{_SEP}?\d){{8}}                                           # mobile
      | {_AREA_BRACKET}0[1-57-9]\d(?:\)?{_SEP}?\d){{7}}                                 # fixed
    )
    (?!\d)
    """,
    re.VERBOSE,
)


def _find_phone(text: str) -> Iterator[Span]:
    """A Dutch phone number: ten digits starting with 0 (06-12345678, 06 1234 5678,
    010-1234567, (070) 123 4567, 0201234567) or +31 / 0031 and nine digits (+31 6 12345678,
    +31(0)20 1234567, 0031 20 1234567), not glued to letters or digits before it (so the
    account part of a wrong IBAN is not read as one). Something that starts with a full date
    (06-03-1956 12) is left to the date finder. Service numbers (0800, 0900) never have ten
    digits, so they pass."""
    for m in _PHONE.finditer(text):
        if not _starts_with_date(text, m.start()):
            yield m.span()


# --- postcode with house number -----------------------------------------------------------------

_POSTCODE = r"[1-9]\d{3}(?:[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![^\W\d_])"
_HOUSE_NUMBER = r"\d{1,5}(?:[ \-]?[A-Za-z](?![^\W\d_])|-\d{1,4})?(?!\d)"
_WORD_FOR_NUMBER = r"(?:[Nn][Rr]|[Nn][Oo]|[Nn]ummer|[Hh]uisnummer)\.?"
_NUMBER_WORD = rf"(?:{_WORD_FOR_NUMBER}[ \u00a0]*)?"  # "2288 AB nr 12"
_POSTCODE_THEN_NUMBER = re.compile(
    rf"(?<!\w){_POSTCODE}[ \u00a0]*,?[ \u00a0]*{_NUMBER_WORD}{_HOUSE_NUMBER}"
)
# lower case with a space ("2288 ab") only when a comma or a number word leads to the number:
# "2024 en 3" stays free text
_LOWER_POSTCODE_THEN_NUMBER = re.compile(
    rf"(?<!\w)[1-9]\d{{3}}[ \u00a0](?!sa|sd|ss)[a-z]{{2}}(?![^\W\d_])"
    rf"(?:[ \u00a0]*,[ \u00a0]*{_NUMBER_WORD}|[ \u00a0]+{_WORD_FOR_NUMBER}[ \u00a0]*)"
    rf"{_HOUSE_NUMBER}"
)
_STREET_NUMBER_POSTCODE = re.compile(
    rf"(?<!\w)[^\W\d_]{{2,}}\.?[ \u00a0]+{_HOUSE_NUMBER}[ \u00a0]*,?[ \u00a0]*{_POSTCODE}"
)


def _find_postcode(text: str) -> Iterator[Span]:
    """A Dutch postcode with a house number, in either order: 1234 AB 12, 1234AB 12a,
    2282 AB, 5, Hoofdstraat 12, 1234 AB. Letters are capitals, or lower case when written
    against the digits (1234ab 12), so that "2024 en 3" is not read as a postcode.
    A postcode on its own is not a finding."""
    for pattern in (_POSTCODE_THEN_NUMBER, _LOWER_POSTCODE_THEN_NUMBER, _STREET_NUMBER_POSTCODE):
        for m in pattern.finditer(text):
            yield m.span()


# --- street with house number ------------------------------------------------------------------

_STREET_ENDINGS = (
    "straat|straatweg|laan|weg|plein|kade|gracht|singel|dijk|dreef|steeg|markt|park|hof|pad"
    "|baan|wal|erf|veld|ring|plantsoen|boulevard|allee|akker|hoeve|haven|burg|zijde"
)
_STREET = re.compile(
    rf"(?<![^\W\d_])[A-Z][^\W\d_]*(?:{_STREET_ENDINGS})[ \u00a0]+{_HOUSE_NUMBER}"
    r"(?![.,:]?\d)(?![ \u00a0]*(?:min|minuten|uur|jaar|keer|euro|x|%)(?![^\W\d_]))"
)


def _find_address(text: str) -> Iterator[Span]:
    """A street name with a house number: Dorpsstraat 5, Kerkweg 12a, Molenhof 3-1. The street
    is one capitalised word with a street ending (so "weg 5 minuten" and "Dorpsstraat" alone
    pass); a number followed by minutes, hours, years or euros is not a house number."""
    for m in _STREET.finditer(text):
        yield m.span()


# --- name after a title -------------------------------------------------------------------------

_TITLE = r"(?:mevrouw|mevr\.?|mw\.?|meneer|mnr\.?|dhr\.?|de[ \u00a0]+heer|fam\.?|familie)"
_NAME_PARTICLE = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|'t|’t)[ \u00a0]+)*"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?![^\W\d_])"
_NAME = re.compile(
    rf"(?<![^\W\d_]){_TITLE}[ \u00a0]+(?:[A-Z]\.[ \u00a0]*)*{_NAME_PARTICLE}{_NAME_WORD}",
    re.IGNORECASE,
)
_NOT_NAMES = {  # capitalised words that follow "mevrouw" in a note without being her name
    "belastingdienst", "gemeente", "toeslagen", "digid", "mijnoverheid", "bibliotheek",
    "belastingtelefoon", "zorgverzekeraar", "pensioenfonds", "overheid",
}  # fmt: skip


def _find_name(text: str) -> Iterator[Span]:
    """A name after a title: mevrouw De Vries, dhr. Jansen, mw. J. Bakker, de heer Van den
    Berg, fam. Yilmaz. The name starts with a capital ("mevrouw wilde hulp" passes)."""
    for m in _NAME.finditer(text):
        last = re.split(r"[ \u00a0.]", m.group())[-1]
        if not last[:1].isupper() or last.casefold() in _NOT_NAMES:
            continue
        yield m.span()


# --- full date ----------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NOT_NUMERIC_AFTER = r"(?!\d|[.\-/]\d)"
_DATE_DMY = re.compile(
    rf"(?<![\d.\-/])(\d{{1,2}})([\-/.])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_NOT_NUMERIC_AFTER}"
)
_DATE_YMD = re.compile(
    rf"(?<![\d.\-/])(\d{{4}})([\-/.])(\d{{1,2}})\2(\d{{1,2}}){_NOT_NUMERIC_AFTER}"
)
_DATE_DAY_MONTH = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:e|st|nd|rd|th)?\.?[ \u00a0]+({_MONTH})(?![^\W\d_])\.?,?[ \u00a0]+"
    rf"(\d{{4}}|['’]\d{{2}})(?!\d)",
    re.IGNORECASE,
)
_DATE_MONTH_DAY = re.compile(
    rf"(?<![^\W\d_])({_MONTH})(?![^\W\d_])\.?[ \u00a0]+(\d{{1,2}})(?:st|nd|rd|th)?,?[ \u00a0]+"
    rf"(\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def _dmy_is_date(m: re.Match[str]) -> bool:
    day, sep, month, year = m.groups()
    return not (sep == "." and len(year) == 2) and _is_date(year, int(month), day)


def _ymd_is_date(m: re.Match[str]) -> bool:
    return _is_date(m[1], int(m[3]), m[4])


def _day_month_is_date(m: re.Match[str]) -> bool:
    month = _MONTHS.get(m[2].casefold())
    return month is not None and _is_date(m[3].lstrip("'’"), month, m[1])


def _month_day_is_date(m: re.Match[str]) -> bool:
    month = _MONTHS.get(m[1].casefold())
    return month is not None and _is_date(m[3], month, m[2])


_DATE_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool]], ...] = (
    (_DATE_DMY, _dmy_is_date),
    (_DATE_YMD, _ymd_is_date),
    (_DATE_DAY_MONTH, _day_month_is_date),
    (_DATE_MONTH_DAY, _month_day_is_date),
)


def _find_date(text: str) -> Iterator[Span]:
    """A full date, with day, month and year: 12-03-1956, 12/3/56, 12.03.1956 (a dotted date
    needs a four-digit year, so 16.7.10 stays a version number), 1956-03-12, 12 maart 1956,
    3 mrt. 1956, 12 March 1956, March 12, 1956. A date without a year (12 maart), a year on its
    own and a time (10:15) are fine."""
    for pattern, is_real in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if is_real(m):
                yield m.span()


def _starts_with_date(text: str, position: int) -> bool:
    for pattern, is_real in _DATE_PATTERNS:
        m = pattern.match(text, position)
        if m is not None and is_real(m):
            return True
    return False


def _is_date(year: str, month: int, day: str) -> bool:
    """True when day-month-year is a real date; a two-digit year may be 19.. or 20..."""
    years = [int(year)] if len(year) == 4 else [1900 + int(year), 2000 + int(year)]
    for full_year in years:
        try:
            dt.date(full_year, month, int(day))
        except ValueError:
            continue
        return True
    return False


# --- the screen ---------------------------------------------------------------------------------

_FINDERS: tuple[tuple[str, Callable[[str], Iterator[Span]]], ...] = (
    ("iban", _find_iban),
    ("email", _find_email),
    ("bsn", _find_bsn),
    ("bsn", _find_bsn_after_word),
    ("phone", _find_phone),
    ("postcode", _find_postcode),
    ("address", _find_address),
    ("name", _find_name),
    ("date", _find_date),
)


def screen_note(text: str) -> tuple[Finding, ...]:
    """Everything in ``text`` that looks like personal data, in text order, non-overlapping."""
    candidates = [
        Finding(kind, *_LABELS[kind], start, end, text[start:end])
        for kind, find in _FINDERS
        for start, end in find(text)
    ]
    readings = [c for c in candidates if not any(_inside(c, other) for other in candidates)]
    chosen: list[Finding] = []
    for candidate in readings:  # in order of precedence, as _FINDERS yields them
        if not any(_overlap(candidate, taken) for taken in chosen):
            chosen.append(candidate)
    return tuple(sorted(chosen, key=lambda f: f.start))


def check_note(text: str | None) -> str | None:
    """The note as it will be stored (stripped; empty becomes None), or PrivacyError.

    Positions in ``PrivacyError.findings`` refer to ``text`` as passed in, before stripping.
    """
    if text is None:
        return None
    findings = screen_note(text)
    if findings:
        raise PrivacyError(findings)
    return text.strip() or None


def _inside(inner: Finding, outer: Finding) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and inner.end - inner.start < outer.end - outer.start
    )


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < b.end and b.start < a.end


def _message_nl(findings: tuple[Finding, ...]) -> str:
    """The Dutch message (a ``Text``: the CLI and the English window say it in English)."""
    parts: list[Text] = []
    for kind in dict.fromkeys(f.kind for f in findings):
        label = _SPOKEN_LABELS[kind]
        shown = ", ".join(f'"{f.text}"' for f in findings if f.kind == kind)
        parts.append(
            QT_TRANSLATE_NOOP("core", "een {label} ({shown})").format(label=label, shown=shown)
        )
    listed = parts[-1]
    if len(parts) > 1:
        others = parts[0]
        for part in parts[1:-1]:
            others = Text("core", "{0}, {1}", (others, part))
        listed = QT_TRANSLATE_NOOP("core", "{others} en {last}").format(others=others, last=listed)
    return QT_TRANSLATE_NOOP(
        "core",
        "De notitie bevat iets dat lijkt op {listed}. Laat namen, nummers en adressen weg.",
    ).format(listed=listed)
