"""The finders of an address: a postcode with a house number, a street with a house number."""

import re
from collections.abc import Iterator

from ido_desk.privacy import Span

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


def find_postcode(text: str) -> Iterator[Span]:
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


def find_address(text: str) -> Iterator[Span]:
    """A street name with a house number: Dorpsstraat 5, Kerkweg 12a, Molenhof 3-1. The street
    is one capitalised word with a street ending (so "weg 5 minuten" and "Dorpsstraat" alone
    pass); a number followed by minutes, hours, years or euros is not a house number."""
    for m in _STREET.finditer(text):
        yield m.span()
