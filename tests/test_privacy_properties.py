"""The privacy screen's properties: every valid BSN, IBAN and mobile number is found, safe text
never is, and findings are well formed."""

import string
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ido_desk.privacy.refusal import Finding, PrivacyError
from ido_desk.privacy.screen import check_note, screen_note
from tests.privacy_text import BSN_WEIGHTS, kinds, safe_text


@st.composite
def valid_bsns(draw: st.DrawFn) -> str:
    digits = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    check = sum(w * d for w, d in zip(BSN_WEIGHTS, digits, strict=True)) % 11
    assume(check != 10 and any([*digits, check]))
    return "".join(map(str, digits)) + str(check)


def written_bsn(digits: str, shape: str, sep: str) -> str:
    sizes = {"9": [9], "333": [3, 3, 3], "423": [4, 2, 3], "324": [3, 2, 4]}[shape]
    groups, at = [], 0
    for size in sizes:
        groups.append(digits[at : at + size])
        at += size
    return sep.join(groups)


@st.composite
def valid_ibans(draw: st.DrawFn) -> str:
    bank = draw(st.text(string.ascii_uppercase, min_size=4, max_size=4))
    account = draw(st.text(string.digits, min_size=10, max_size=10))
    number = int("".join(str(int(c, 36)) for c in bank + account + "NL00"))
    return f"NL{98 - number % 97:02d}{bank}{account}"


before = st.sampled_from([" ", ": ", " (", ", "])
after = st.sampled_from([" ", ". ", ") ", ", "])


@given(
    valid_bsns(),
    st.sampled_from(["9", "333", "423", "324"]),
    st.sampled_from([".", " ", "-"]),
    safe_text(),
    before,
    after,
    safe_text(),
)
def test_valid_bsn_is_always_found(
    bsn: str, shape: str, sep: str, prefix: str, left: str, right: str, suffix: str
) -> None:
    written = written_bsn(bsn, shape, sep)
    note = prefix + left + written + right + suffix
    assert ("bsn", written) in kinds(note)
    with pytest.raises(PrivacyError, match="BSN"):
        check_note(note)


@given(valid_bsns(), st.integers(1, 9))
def test_nine_digits_failing_the_11_test_pass(bsn: str, shift: int) -> None:
    wrong = bsn[:8] + str((int(bsn[8]) + shift) % 10)
    assert screen_note(f"nummer {wrong} genoteerd") == ()


@given(valid_ibans(), st.booleans(), st.booleans(), safe_text(), before, after, safe_text())
def test_valid_iban_is_always_found(
    iban: str, spaced: bool, lower: bool, prefix: str, left: str, right: str, suffix: str
) -> None:
    written = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban
    written = written.lower() if lower else written
    note = prefix + left + written + right + suffix
    assert ("iban", written) in kinds(note)


@given(
    st.text(string.digits, min_size=8, max_size=8),
    st.sampled_from(["06{}", "06-{}", "06 {}{}{}{} {}{}{}{}", "+31 6 {}", "0031 6{}", "+316-{}"]),
    safe_text(),
    before,
    after,
    safe_text(),
)
def test_mobile_number_is_always_found(
    digits: str, shape: str, prefix: str, left: str, right: str, suffix: str
) -> None:
    written = shape.format(*digits) if "{}{}" in shape else shape.format(digits)
    note = prefix + left + written + right + suffix
    assert ("phone", written) in kinds(note)


@given(safe_text())
def test_safe_text_is_never_refused(note: str) -> None:
    assert screen_note(note) == ()
    assert check_note(note) == note.strip()


def assert_well_formed(note: str, findings: tuple[Finding, ...]) -> None:
    for finding in findings:
        assert finding.text == note[finding.start : finding.end]
        assert finding.start < finding.end
    for a, b in pairwise(findings):
        assert a.end <= b.start


@given(st.text())
def test_findings_are_in_order_and_do_not_overlap(note: str) -> None:
    assert_well_formed(note, screen_note(note))


@given(st.text(alphabet="0123456789 .-/+()@:,'ABNLabnlmrt", max_size=80))
def test_findings_are_well_formed_on_digit_soup(note: str) -> None:
    findings = screen_note(note)
    assert_well_formed(note, findings)
    if findings:
        with pytest.raises(PrivacyError) as caught:
            check_note(note)
        assert caught.value.findings == findings
