"""What the privacy-screen tests share: the kinds a note is refused for, the BSN's 11-test
weights, and Hypothesis text that holds nothing personal (words, punctuation, small numbers)."""

import string

from hypothesis import strategies as st

from ido_desk.privacy.screen import screen_note

BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
MONTH_WORDS = {
    *("januari", "january", "jan", "februari", "february", "feb", "maart", "march", "mrt"),
    *("mar", "april", "apr", "mei", "may", "juni", "june", "jun", "juli", "july", "jul"),
    *("augustus", "august", "aug", "september", "sept", "sep", "oktober", "october", "okt"),
    *("oct", "november", "nov", "december", "dec"),
}


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in screen_note(text)]


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
