"""The privacy screen for the optional free-text note of a visit.

An IDO may not record who it helped. A note is refused when it contains something that points
at a person: a BSN (nine digits passing the 11-test, or eight or nine digits after the word
"bsn"), an e-mail address (also written out: "j.jansen at ziggo punt nl"), a phone number, an
IBAN, a postcode with house number, a street with a house number, a name after a title
("mevrouw De Vries", "dhr. Jansen") or a full date. The refusal names the kind of data and
shows what was found, so the user can take it out and keep the rest of the form.

Each kind has one small finder that yields candidate spans (``numbers``: IBAN, BSN, phone;
``email``; ``address``: postcode and street; ``names``; ``dates``); ``screen`` runs them and
chooses between overlapping candidates; ``refusal`` is the error and its message.
"""

Span = tuple[int, int]  # a candidate's start and end in the note
