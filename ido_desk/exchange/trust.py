"""Which key a location's files must be signed with: asked of the user (or given as a key
file) on the first import, then trusted; a file for a known location signed by another key,
or for this installation's own location, is refused."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Location, TrustedKey
from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile, UnknownKey
from ido_desk.exchange.keys import KeyFile, b64, fingerprint
from ido_desk.exchange.verify import VerifiedFile
from ido_desk.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class KeyQuestion:
    """Asked before a location's key is trusted for the first time. The texts come from the
    file: show them as plain text."""

    file: str
    location_code: str
    location_name: str
    municipality: str
    fingerprint: str


ConfirmKey = Callable[[KeyQuestion], bool]
LOCATION_FIELDS = ("code", "name", "organisation", "municipality", "cbs_code", "province", "setup")


def refuse_new_keys(_question: KeyQuestion) -> bool:
    return False


def question_of(verified: VerifiedFile) -> KeyQuestion:
    m = verified.manifest.location
    return KeyQuestion(verified.name, m.code, m.name, m.municipality, verified.fingerprint)


def key_of(session: Session, location: Location) -> TrustedKey | None:
    return session.scalar(select(TrustedKey).where(TrustedKey.location_id == location.id))


def location_of(session: Session, verified: VerifiedFile) -> Location | None:
    return session.scalar(select(Location).where(Location.code == verified.manifest.location.code))


def check_location(session: Session, verified: VerifiedFile, location: Location | None) -> None:
    """Refuse a file from this installation's own location, or signed by another key than
    the one trusted for its location."""
    if location is None:
        return
    if location.is_own:
        raise RefusedFile(
            verified.name,
            QT_TRANSLATE_NOOP(
                "core",
                "dit bestand komt van de eigen locatie van deze installatie ({code}); "
                "dat wordt niet ingelezen.",
            ).format(code=location.code),
        )
    key = key_of(session, location)
    if key is not None and key.public_key != b64(verified.public_key):
        raise RefusedFile(
            verified.name,
            QT_TRANSLATE_NOOP(
                "core",
                "locatie {location.code} ondertekent met de herkenningscode met controlecode "
                "{key.fingerprint}, maar dit bestand is ondertekend met een andere "
                "herkenningscode (controlecode {verified.fingerprint}). Het bestand wordt niet "
                "ingelezen.",
            ).format(location=location, key=key, verified=verified),
            member=fmt.SIGNATURE,
        )


def trust_source(
    verified: VerifiedFile, confirm_key: ConfirmKey, key_files: Sequence[KeyFile]
) -> str:
    """How the file's new key comes to be trusted: a key file, or the user's confirmation;
    UnknownKey otherwise."""
    if in_key_file(verified, key_files):
        return "key-file"
    if not confirm_key(question_of(verified)):
        raise UnknownKey(verified.name, verified.manifest.location.code, verified.fingerprint)
    return "confirmed"


def in_key_file(verified: VerifiedFile, key_files: Sequence[KeyFile]) -> bool:
    """Whether one of ``key_files`` gives the file's key for the file's location."""
    code = verified.manifest.location.code
    return any(
        key.location_code == code and key.public_key == verified.public_key for key in key_files
    )


def trust(
    desk: Desk, session: Session, verified: VerifiedFile, location: Location | None, source: str
) -> Location:
    """The file's location, made if new, with the file's key trusted for it."""
    if location is None:
        m = verified.manifest.location
        fields = {name: getattr(m, name) for name in LOCATION_FIELDS}
        location = Location(**fields, is_own=False, created_at=desk.clock())
        session.add(location)
        session.flush()
    session.add(
        TrustedKey(
            location_id=location.id,
            public_key=b64(verified.public_key),
            fingerprint=fingerprint(verified.public_key),
            source=source,
            trusted_at=desk.clock(),
        )
    )
    return location
