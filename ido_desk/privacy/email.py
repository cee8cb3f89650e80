"""The finder of e-mail addresses, plain or written out ("jan (at) kpn dot com")."""

import re
from collections.abc import Iterator

from ido_desk.privacy import Span

_EMAIL = re.compile(r"(?<![\w.+%\-])[\w.+%\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")


_AT_WORD = r"(?:\(at\)|\[at\]|\(@\)|apenstaartje|at)"
_DOT_WORD = r"(?:\s*\.\s*|\s+(?:punt|dot)\s+|\s*\((?:punt|dot)\)\s*|\s*\[(?:punt|dot)\]\s*)"
_TLD = r"(?:nl|be|com|net|org|eu|de|info|nu|online|email|frl|amsterdam)"
_EMAIL_WRITTEN = re.compile(
    rf"(?<![\w.+%\-])[\w.+%\-]+\s*{_AT_WORD}\s*"
    rf"[\w\-]+(?:{_DOT_WORD}[\w\-]+)*?{_DOT_WORD}{_TLD}(?![^\W\d_])",
    re.IGNORECASE,
)


def find_email(text: str) -> Iterator[Span]:
    """An e-mail address: name@domain.tld (jan.jansen+post@voorbeeld.nl), also written out
    so that it passes a plain check: "j.jansen at ziggo punt nl", "jan (at) kpn dot com",
    "jan apenstaartje gmail.com". Written out, it needs a known ending (nl, com, ...)."""
    for m in _EMAIL.finditer(text):
        yield m.span()
    for m in _EMAIL_WRITTEN.finditer(text):
        yield m.span()
