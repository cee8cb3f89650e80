"""The finders of numbers that point at a person: an IBAN (mod-97), a BSN (the 11-test, or
the word "bsn" before it) and a Dutch phone number."""

import re
from collections.abc import Iterator
from itertools import pairwise

from ido_desk.privacy import Span
from ido_desk.privacy.dates import starts_with_date

_SEP = r"[ \u00a0.\-]"  # what people put between groups of digits: space, no-break space, . or -

# --- IBAN ---------------------------------------------------------------------------------------

_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}"
    r"(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?"
    r"(?![A-Za-z0-9])"
)


def find_iban(text: str) -> Iterator[Span]:
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


# --- BSN ----------------------------------------------------------------------------------------

_DIGIT_RUN = re.compile(rf"\d+(?:{_SEP}\d+)*")
_DIGIT_GROUP = re.compile(r"\d+")


def find_bsn(text: str) -> Iterator[Span]:
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


def find_bsn_after_word(text: str) -> Iterator[Span]:
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
# Between two digits of a phone number: nothing, one or two spaces, or one . or - with up to
# two spaces either side (070 - 123 45 67, 06 -12 34 56 78)
_GAP = r"(?:[ \u00a0]{0,2}[.\-][ \u00a0]{0,2}|[ \u00a0]{1,2})?"
_PHONE = re.compile(
    rf"""
    (?<![\w+])                                              # not glued to a word or number
    (?:
        (?:\+|00)31[ \u00a0]?(?:\(0\)[ \u00a0]?)?{_AREA_BRACKET}[1-9](?:\)?{_GAP}\d){{8}}  # +31
      | {_AREA_BRACKET}06(?:\)?{_GAP}\d){{8}}                                           # mobile
      | {_AREA_BRACKET}0[1-57-9]\d(?:\)?{_GAP}\d){{7}}                                 # fixed
    )
    (?!\d)
    """,
    re.VERBOSE,
)


def find_phone(text: str) -> Iterator[Span]:
    """A Dutch phone number: ten digits starting with 0 (06-12345678, 06 1234 5678,
    010-1234567, (070) 123 4567, 0201234567, 070 - 123 45 67) or +31 / 0031 and nine digits
    (+31 6 12345678, +31(0)20 1234567, 0031 20 1234567), not glued to letters or digits before
    it (so the account part of a wrong IBAN is not read as one). Something that starts with a
    full date (06-03-1956 12) is left to the date finder. Service numbers (0800, 0900) never
    have ten digits, so they pass."""
    for m in _PHONE.finditer(text):
        if not starts_with_date(text, m.start()):
            yield m.span()
