"""The screen itself: every finder over the note, overlapping candidates resolved (a candidate
that lies strictly inside a longer one is dropped, so ``+31 612 345 678`` is one phone number,
not a BSN with a prefix; otherwise the first kind in ``_FINDERS`` wins), and the check that
refuses a note with findings."""

from collections.abc import Callable, Iterator

from ido_desk.privacy import Span
from ido_desk.privacy.address import find_address, find_postcode
from ido_desk.privacy.dates import find_date
from ido_desk.privacy.email import find_email
from ido_desk.privacy.names import find_name
from ido_desk.privacy.numbers import find_bsn, find_bsn_after_word, find_iban, find_phone
from ido_desk.privacy.refusal import LABELS, Finding, PrivacyError

_FINDERS: tuple[tuple[str, Callable[[str], Iterator[Span]]], ...] = (
    ("iban", find_iban),
    ("email", find_email),
    ("bsn", find_bsn),
    ("bsn", find_bsn_after_word),
    ("phone", find_phone),
    ("postcode", find_postcode),
    ("address", find_address),
    ("name", find_name),
    ("date", find_date),
)


def screen_note(text: str) -> tuple[Finding, ...]:
    """Everything in ``text`` that looks like personal data, in text order, non-overlapping."""
    candidates = [
        Finding(kind, *LABELS[kind], start, end, text[start:end])
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
