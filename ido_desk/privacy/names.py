"""The finder of a name after a title ("mevrouw De Vries", "dhr. Jansen")."""

import re
from collections.abc import Iterator

from ido_desk.privacy import Span

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


def find_name(text: str) -> Iterator[Span]:
    """A name after a title: mevrouw De Vries, dhr. Jansen, mw. J. Bakker, de heer Van den
    Berg, fam. Yilmaz. The name starts with a capital ("mevrouw wilde hulp" passes)."""
    for m in _NAME.finditer(text):
        last = re.split(r"[ \u00a0.]", m.group())[-1]
        if not last[:1].isupper() or last.casefold() in _NOT_NAMES:
            continue
        yield m.span()
