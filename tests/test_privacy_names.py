"""The privacy screen on names after a title, streets with a number, digits after "bsn" and
e-mail written out (issue 9 item 12): what is found, and help-desk words near these that pass."""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ido_desk.privacy.refusal import PrivacyError
from ido_desk.privacy.screen import check_note, screen_note
from tests.privacy_text import kinds, safe_text

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
