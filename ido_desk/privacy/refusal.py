"""What the screen found, and the refusal that names it: ``Finding`` and ``PrivacyError``."""

from typing import NamedTuple

from ido_desk.errors import Refused
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text


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


_SPOKEN_LABELS = {  # the Dutch labels above, marked: their English is the one beside them
    "iban": QT_TRANSLATE_NOOP("core", "IBAN-rekeningnummer"),
    "email": QT_TRANSLATE_NOOP("core", "e-mailadres"),
    "bsn": QT_TRANSLATE_NOOP("core", "BSN"),
    "phone": QT_TRANSLATE_NOOP("core", "telefoonnummer"),
    "postcode": QT_TRANSLATE_NOOP("core", "postcode met huisnummer"),
    "address": QT_TRANSLATE_NOOP("core", "straat met huisnummer"),
    "name": QT_TRANSLATE_NOOP("core", "naam met aanhef"),
    "date": QT_TRANSLATE_NOOP("core", "volledige datum"),
}


def _message_nl(findings: tuple[Finding, ...]) -> str:
    """The Dutch message (a ``Text``: the CLI and the English window say it in English)."""
    parts: list[Text] = []
    for kind in dict.fromkeys(f.kind for f in findings):
        label = _SPOKEN_LABELS[kind]
        shown = ", ".join(f'"{f.text}"' for f in findings if f.kind == kind)
        parts.append(
            QT_TRANSLATE_NOOP("core", "een {label} ({shown})").format(label=label, shown=shown)
        )
    listed = parts[-1]
    if len(parts) > 1:
        others = parts[0]
        for part in parts[1:-1]:
            others = Text("core", "{0}, {1}", (others, part))
        listed = QT_TRANSLATE_NOOP("core", "{others} en {last}").format(others=others, last=listed)
    return QT_TRANSLATE_NOOP(
        "core",
        "De notitie bevat iets dat lijkt op {listed}. Laat namen, nummers en adressen weg.",
    ).format(listed=listed)
