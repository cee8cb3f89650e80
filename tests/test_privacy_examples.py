"""The privacy screen on visit notes by example: each kind it refuses, the message, check digits."""

import pytest

from ido_desk.privacy.refusal import Finding, PrivacyError
from ido_desk.privacy.screen import check_note, screen_note
from tests.privacy_text import BSN_WEIGHTS, kinds

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
