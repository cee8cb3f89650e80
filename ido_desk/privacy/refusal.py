"""What the screen found, and the refusal that names it: ``Finding`` and ``PrivacyError``."""

from typing import NamedTuple

from ido_desk.errors import Refused


class Finding(NamedTuple):
    """One piece of personal data found in a note; ``text == note[start:end]``."""

    kind: str
    label_nl: str
    label_en: str
    start: int
    end: int
    text: str


class PrivacyError(Refused, ValueError):
    """The note contains personal data. ``str(error)`` is the Dutch message for the user.

    The message quotes the data found, so never write it to a log.
    """

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings
        super().__init__(_message_nl(findings))


# Dutch and English label per kind, in the order of precedence.
LABELS: dict[str, tuple[str, str]] = {
    "iban": ("IBAN-rekeningnummer", "IBAN bank account number"),
    "email": ("e-mailadres", "e-mail address"),
    "bsn": ("BSN", "BSN (citizen service number)"),
    "phone": ("telefoonnummer", "phone number"),
    "postcode": ("postcode met huisnummer", "postcode with house number"),
    "address": ("straat met huisnummer", "street with house number"),
    "name": ("naam met aanhef", "name with a title"),
    "date": ("volledige datum", "full date"),
}


def _message_nl(findings: tuple[Finding, ...]) -> str:
    parts: list[str] = []
    for kind in dict.fromkeys(f.kind for f in findings):
        label = LABELS[kind][0]
        shown = ", ".join(f'"{f.text}"' for f in findings if f.kind == kind)
        parts.append(f"een {label} ({shown})")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]
    return f"De notitie bevat iets dat lijkt op {listed}. Laat namen, nummers en adressen weg."
