"""This installation's Ed25519 signing key, and the fingerprints people compare.

The private key is made on first use and kept in ``<data dir>/keys/ed25519.pem``, for the
current account only (folder 0700, file 0600; on Windows an access list, see owner_only.py).
A fingerprint is the first 16 bytes of SHA-256 over the 32 raw public-key bytes, in
eight groups of four capital hex digits: ``3F2A 91C0 ...``. It is short enough to read aloud
over the phone and compare with what the branch's settings show."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ido_desk.config import Paths
from ido_desk.errors import ValidationError
from ido_desk.exchange.format import LOCATION_CODE, shown_text
from ido_desk.exchange.weak_keys import is_weak_key
from ido_desk.owner_only import restrict_to_owner
from ido_desk.translatable import QT_TRANSLATE_NOOP

KEY_FOLDER = "keys"
KEY_FILE = "ed25519.pem"
KEY_FILE_FORMAT = "ido-desk-key"


def key_path(paths: Paths) -> Path:
    return paths.data_dir / KEY_FOLDER / KEY_FILE


def own_key(paths: Paths) -> Ed25519PrivateKey:
    """The installation's private key, made (0600) the first time it is asked for."""
    path = key_path(paths)
    if path.exists():
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValidationError(
                "key",
                QT_TRANSLATE_NOOP("core", "{path} bevat geen herkenningscode (Ed25519).").format(
                    path=path
                ),
            )
        return loaded
    path.parent.mkdir(parents=True, exist_ok=True)
    restrict_to_owner(path.parent, folder=True, shared=paths.machine_wide)  # also on Windows
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made at the same moment by the window or the CLI
        return own_key(paths)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    restrict_to_owner(path, folder=False, shared=paths.machine_wide)
    return key


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def own_fingerprint(paths: Paths) -> str:
    """The fingerprint the settings and the exchange tab show."""
    return fingerprint(raw_public(own_key(paths)))


def sign(paths: Paths, data: bytes) -> tuple[bytes, bytes]:
    """(raw public key, signature) over ``data``."""
    key = own_key(paths)
    return raw_public(key), key.sign(data)


def signature_is_valid(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64; ValueError for anything else."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(str(exc)) from None


@dataclass(frozen=True)
class KeyFile:
    """A public key handed over apart from the exports (USB stick, e-mail), to trust a
    location's key before its first file arrives."""

    location_code: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def write_key_file(paths: Paths, location_code: str, out: Path) -> KeyFile:
    key = KeyFile(location_code, raw_public(own_key(paths)))
    out.write_text(
        json.dumps(
            {
                "format": KEY_FILE_FORMAT,
                "version": 1,
                "location": location_code,
                "public_key": b64(key.public_key),
                "fingerprint": key.fingerprint,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return key


def read_key_file(path: Path) -> KeyFile:
    try:
        data = json.loads(path.read_bytes()[: 64 * 1024])
        if data.get("format") != KEY_FILE_FORMAT or data.get("version") != 1:
            raise ValueError("format")
        public = unb64(data["public_key"])
        if len(public) != 32 or not isinstance(data["location"], str):
            raise ValueError("key")
        if not LOCATION_CODE.fullmatch(data["location"]):
            raise ValueError("location")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError(
            "key",
            QT_TRANSLATE_NOOP(
                "core", "{name} is geen herkenningsbestand van IDO Desk (ido-desk-key, versie 1)."
            ).format(name=shown_text(path.name)),
        ) from None
    if is_weak_key(public):
        raise ValidationError(
            "key",
            QT_TRANSLATE_NOOP(
                "core", "{name} bevat een zwakke herkenningscode; die wordt nooit vertrouwd."
            ).format(name=shown_text(path.name)),
        )
    return KeyFile(data["location"], public)
