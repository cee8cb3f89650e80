"""The privacy screen on visit notes: what it refuses, what it lets through, and why."""

import string
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ido_desk.privacy.refusal import Finding, PrivacyError
from ido_desk.privacy.screen import check_note, screen_note

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
MONTH_WORDS = {
    *("januari", "january", "jan", "februari", "february", "feb", "maart", "march", "mrt"),
    *("mar", "april", "apr", "mei", "may", "juni", "june", "jun", "juli", "july", "jul"),
    *("augustus", "august", "aug", "september", "sept", "sep", "oktober", "october", "okt"),
    *("oct", "november", "nov", "december", "dec"),
}


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in screen_note(text)]


# --- examples per kind --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "kind", "found"),
    [
        ("BSN 123456782 gecontroleerd", "bsn", "123456782"),
        ("bsn: 123.456.782.", "bsn", "123.456.782"),
        ("nummer 123 45 6782 genoteerd", "bsn", "123 45 6782"),
        ("1234.56.782", "bsn", "1234.56.782"),
        ("123-456-782", "bsn", "123-456-782"),
        ("mail jan.jansen+post@voorbeeld.nl.", "email", "jan.jansen+post@voorbeeld.nl"),
        ("bel 06-12345678 terug", "phone", "06-12345678"),
        ("06 1234 5678", "phone", "06 1234 5678"),
        ("0612345678", "phone", "0612345678"),
        ("010-1234567", "phone", "010-1234567"),
        ("070 123 4567", "phone", "070 123 4567"),
        ("0201234567", "phone", "0201234567"),
        ("(020) 123 4567", "phone", "(020) 123 4567"),
        ("+31 6 12345678", "phone", "+31 6 12345678"),
        ("+31(0)20 1234567", "phone", "+31(0)20 1234567"),
        ("0031 20 1234567", "phone", "0031 20 1234567"),
        ("+31 612 345 678", "phone", "+31 612 345 678"),
        ("+31 (20) 1234567", "phone", "+31 (20) 1234567"),
        ("(0612345678)", "phone", "0612345678"),
        ("tel: 070 - 123 45 67", "phone", "070 - 123 45 67"),
        ("06 - 12 34 56 78 bellen", "phone", "06 - 12 34 56 78"),
        ("070 -1234567", "phone", "070 -1234567"),
        ("070  123  4567", "phone", "070  123  4567"),
        ("(070) - 123 45 67", "phone", "(070) - 123 45 67"),
        ("+31 6 - 1234 5678", "phone", "+31 6 - 1234 5678"),
        ("010 . 123 . 45 67", "phone", "010 . 123 . 45 67"),
        ("IBAN NL91ABNA0417164300 doorgegeven", "iban", "NL91ABNA0417164300"),
        ("nl91 abna 0417 1643 00", "iban", "nl91 abna 0417 1643 00"),
        ("DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
        ("woont op 1234 AB 12", "postcode", "1234 AB 12"),
        ("1234AB 12a", "postcode", "1234AB 12a"),
        ("2282 AB, 5", "postcode", "2282 AB, 5"),
        ("1234ab 7", "postcode", "1234ab 7"),
        ("Postcode 2288 ab, 12", "postcode", "2288 ab, 12"),
        ("2288 AB nr 12", "postcode", "2288 AB nr 12"),
        ("2288 ab nr. 7", "postcode", "2288 ab nr. 7"),
        ("Hoofdstraat 12, 1234 AB", "postcode", "Hoofdstraat 12, 1234 AB"),
        ("geboren 12-03-1956", "date", "12-03-1956"),
        ("12/3/56", "date", "12/3/56"),
        ("1956-03-12", "date", "1956-03-12"),
        ("12.03.1956", "date", "12.03.1956"),
        ("geboren op 12 maart 1956 in Delft", "date", "12 maart 1956"),
        ("3 mrt 1956", "date", "3 mrt 1956"),
        ("3 mrt. 1956", "date", "3 mrt. 1956"),
        ("12 March 1956", "date", "12 March 1956"),
        ("March 12, 1956", "date", "March 12, 1956"),
        ("12 maart '56", "date", "12 maart '56"),
        ("06-03-1956 12 uur", "date", "06-03-1956"),
    ],
)
def test_each_kind_is_found(note: str, kind: str, found: str) -> None:
    assert kinds(note) == [(kind, found)]


@pytest.mark.parametrize(
    "note",
    [
        "belastingaangifte 2025 gedaan, toeslag 150 euro",
        "10 min, 2 vragen over DigiD",
        "afspraak om 10:15, terug in 2024",
        "12 maart langsgekomen",
        "postcode 1234 AB zonder huisnummer",
        "in 2024 en 3 keer eerder",
        "iOS 16.7.10 geïnstalleerd",
        "Belastingtelefoon 0800-0543 gebeld",
        "bedrag 1.250,50 terugbetaald",
        "zorgtoeslag 2025: 3 maanden, 4 formulieren",
        "duurde 10 - 15 min",
        "aangifte 2025 - 2026 en 2024 - 2025",
        "bedrag € 12,50 - 15,00 terug, 1.250 - 1.500 euro",
        "kinderen 0 - 3 jaar en 4 - 12 jaar",
        "open 09.00 - 10.30 uur en 08 - 12 uur",
        "Belastingtelefoon 0800 - 0543 gebeld, 0900 - 1234 bezet",
        "1 - 2 - 3 - 4 - 5 - 6 - 7 - 8 - 9 - 10",
        "",
    ],
)
def test_ordinary_text_passes(note: str) -> None:
    assert screen_note(note) == ()
    assert check_note(note) == (note.strip() or None)


# --- the message --------------------------------------------------------------------------------


def test_message_names_the_kind_and_shows_what_was_found() -> None:
    with pytest.raises(PrivacyError) as caught:
        check_note("BSN 123 456 782 gecontroleerd")
    assert str(caught.value) == (
        'De notitie bevat iets dat lijkt op een BSN ("123 456 782"). '
        "Laat namen, nummers en adressen weg."
    )
    assert isinstance(caught.value, ValueError)
    assert caught.value.findings == (
        Finding("bsn", "BSN", "BSN (citizen service number)", 4, 15, "123 456 782"),
    )


def test_message_names_every_kind_once_in_the_order_found() -> None:
    note = "geboren 12-03-1956, mail a@b.nl of c@d.nl, bsn 111222333"
    with pytest.raises(PrivacyError) as caught:
        check_note(note)
    assert str(caught.value) == (
        'De notitie bevat iets dat lijkt op een volledige datum ("12-03-1956"), '
        'een e-mailadres ("a@b.nl", "c@d.nl") en een BSN ("111222333"). '
        "Laat namen, nummers en adressen weg."
    )
    assert [f.kind for f in caught.value.findings] == ["date", "email", "email", "bsn"]


@pytest.mark.parametrize(
    ("note", "label"),
    [
        ("a@b.nl", "e-mailadres"),
        ("0612345678", "telefoonnummer"),
        ("NL91ABNA0417164300", "IBAN-rekeningnummer"),
        ("1234 AB 12", "postcode met huisnummer"),
        ("12-03-1956", "volledige datum"),
    ],
)
def test_message_uses_the_dutch_label(note: str, label: str) -> None:
    with pytest.raises(PrivacyError, match=f'lijkt op een {label} \\("{note}"\\)'):
        check_note(note)


# --- check digits -------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["111222333", "111.222.333", "111 222 333", "1112.22.333"])
def test_bsn_passing_the_11_test_is_refused(written: str) -> None:
    with pytest.raises(PrivacyError):
        check_note(f"nummer {written} genoteerd")


@pytest.mark.parametrize("check_digit", [d for d in "0123456789" if d != "3"])
def test_same_digits_with_another_check_digit_pass(check_digit: str) -> None:
    note = f"nummer 111.222.33{check_digit} genoteerd"
    assert check_note(note) == note


def test_all_zeros_is_not_a_bsn() -> None:
    assert screen_note("000000000") == ()


def test_iban_with_one_digit_changed_passes() -> None:
    valid = "NL91ABNA0417164300"
    assert kinds(valid) == [("iban", valid)]
    for i, char in enumerate(valid):
        if not char.isdigit():
            continue
        for other in "0123456789".replace(char, ""):
            changed = valid[:i] + other + valid[i + 1 :]
            assert screen_note(changed) == (), changed


def test_check_note_normalises() -> None:
    assert check_note(None) is None
    assert check_note("") is None
    assert check_note("  \n ") is None
    assert check_note("  Hulp bij DigiD-app.\n") == "Hulp bij DigiD-app."


def test_positions_refer_to_the_unstripped_note() -> None:
    note = "   mail a@b.nl"
    with pytest.raises(PrivacyError) as caught:
        check_note(note)
    (finding,) = caught.value.findings
    assert note[finding.start : finding.end] == "a@b.nl"


def passes_11_test(digits: str) -> bool:
    total = sum(w * int(d) for w, d in zip(BSN_WEIGHTS, digits, strict=False))
    return (total - int(digits[8])) % 11 == 0


def test_a_phone_number_is_not_half_read_as_a_bsn() -> None:
    assert passes_11_test("612345671")
    assert kinds("612345671") == [("bsn", "612345671")]
    for note in ["0612345671", "06-12345671", "+31 612345671", "+31 612 345 671"]:
        assert [f.kind for f in screen_note(note)] == ["phone"], note


# --- properties ---------------------------------------------------------------------------------

WORD_LETTERS = string.ascii_lowercase + "éëïóü"
words = st.one_of(
    st.text(WORD_LETTERS, min_size=1, max_size=10)
    .map(lambda w: w.capitalize() if len(w) % 3 == 0 else w)
    .filter(lambda w: w.casefold() not in MONTH_WORDS),
    st.sampled_from(["UWV", "DUO", "CJIB", "DigiD", "MijnOverheid", "Toeslagen"]),
)
punctuation = st.sampled_from(["", "", "", ",", ".", "!", "?", ":", ";", " -", " (", ")"])
small_numbers = st.one_of(
    st.integers(0, 9999).map(str),
    st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
)


@st.composite
def safe_text(draw: st.DrawFn) -> str:
    """Words, punctuation and small numbers (at most four digits); never two numbers in a row,
    and it starts and ends with a word."""
    parts = [draw(words)]
    for _ in range(draw(st.integers(0, 12))):
        if draw(st.booleans()):
            parts.append(" " + draw(small_numbers) + draw(punctuation))
        parts.append(" " + draw(words) + draw(punctuation))
    return "".join(parts)


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


# --- names, streets, "bsn" and written-out e-mail (issue 9 item 12) -----------------------------


@pytest.mark.parametrize(
    ("note", "kind", "found"),
    [
        ("mevrouw De Vries, 82 jaar", "name", "mevrouw De Vries"),
        ("dhr. Jansen", "name", "dhr. Jansen"),
        ("geholpen: mw. J. Bakker", "name", "mw. J. Bakker"),
        ("de heer Van den Berg belde", "name", "de heer Van den Berg"),
        ("Meneer Yilmaz-Demir komt terug", "name", "Meneer Yilmaz-Demir"),
        ("Jan Jansen Dorpsstraat 5", "address", "Dorpsstraat 5"),
        ("woont Kerkweg 12a", "address", "Kerkweg 12a"),
        ("bsn 12345678", "bsn", "12345678"),
        ("BSN: 123456789 (klopt niet)", "bsn", "123456789"),
        ("bsn-nummer 1234 5678", "bsn", "1234 5678"),
        ("j.jansen at ziggo punt nl", "email", "j.jansen at ziggo punt nl"),
        ("mail jan (at) kpn dot com graag", "email", "jan (at) kpn dot com"),
        ("jan apenstaartje gmail.com", "email", "jan apenstaartje gmail.com"),
        ("Piet[at]hotmail[punt]nl", "email", "Piet[at]hotmail[punt]nl"),
    ],
)
def test_names_streets_bsn_words_and_written_mail_are_found(note, kind, found) -> None:
    assert kinds(note) == [(kind, found)]
    with pytest.raises(PrivacyError, match=_LABELS_NL[kind]):
        check_note(note)


_LABELS_NL = {
    "name": "naam met aanhef",
    "address": "straat met huisnummer",
    "bsn": "BSN",
    "email": "e-mailadres",
}


@pytest.mark.parametrize(
    "note",
    [
        "Hulp bij DigiD app op telefoon, komt 12 maart terug",
        "mevrouw wilde hulp bij de toeslag",
        "meneer kwam om 10:15, 2 vragen",
        "Mevrouw DigiD uitgelegd",
        "mevrouw Belastingdienst gebeld voor haar",
        "ging weg 5 minuten later",
        "Markt 3 uur gewacht",
        "Dorpsstraat zonder nummer",
        "bsn niet bij zich, 2 keer geprobeerd",
        "bsn 1234 gebeld",
        "kwam at 10 terug",
        "app at home werkt niet",
        "Laan 2024 gedaan",
        "weg 12 minuten",
        "website belastingdienst punt nl bekeken",
    ],
)
def test_help_desk_words_near_these_pass(note: str) -> None:
    assert screen_note(note) == ()


titles = st.sampled_from(["mevrouw", "Mevrouw", "mevr.", "mw.", "meneer", "dhr.", "de heer"])
surnames = st.sampled_from(["De Vries", "Jansen", "de Jong", "Van den Berg", "Bakker", "Öztürk"])
streets = st.builds(
    "{}{}".format,
    st.sampled_from(["Dorps", "Kerk", "Molen", "Stations", "Hoofd", "Wilhelmina"]),
    st.sampled_from(["straat", "weg", "laan", "plein", "kade", "gracht", "singel"]),
)


@given(safe_text(), titles, surnames, safe_text())
def test_a_name_after_a_title_is_always_found(left, title, surname, right) -> None:
    note = f"{left} {title} {surname}, {right}"
    assert ("name", f"{title} {surname}") in kinds(note)


@given(safe_text(), streets, st.integers(1, 999), st.sampled_from(["", "a", "B"]), safe_text())
def test_a_street_with_a_number_is_always_found(left, street, number, letter, right) -> None:
    note = f"{left} {street} {number}{letter}, {right}"
    assert ("address", f"{street} {number}{letter}") in kinds(note)


@given(
    st.text(string.digits, min_size=8, max_size=9),
    st.sampled_from(["bsn ", "BSN: ", "bsn-nummer ", "Bsn is "]),
    safe_text(),
)
def test_eight_or_nine_digits_after_bsn_are_always_found(digits, word, right) -> None:
    note = f"{word}{digits} {right}"
    assert ("bsn", digits) in kinds(note)


@given(
    st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,8})?", fullmatch=True),
    st.sampled_from([" at ", " (at) ", "[at]", " apenstaartje "]),
    st.sampled_from(["ziggo", "kpn", "gmail", "hotmail", "xs4all"]),
    st.sampled_from([" punt ", ".", " dot "]),
    st.sampled_from(["nl", "com", "be"]),
)
def test_an_e_mail_written_out_is_always_found(local, at, domain, dot, tld) -> None:
    written = f"{local}{at}{domain}{dot}{tld}"
    assert [kind for kind, _text in kinds(f"mail {written} graag")] == ["email"]
