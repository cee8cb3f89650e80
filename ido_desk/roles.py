"""Who may do what. The front desk logs and fixes its own visits of today without a PIN;
the branch manager's actions (lists, settings, older visits, export, import, restore, the
audit log) need the manager PIN once one has been set.

Until a PIN is set, every action is open (a fresh installation must be usable), and the
settings ask the manager to set one.

The PIN is kept as a salted scrypt hash in the ``setting`` table. Wrong tries are counted in
the same table (so restarting the program does not reset them); after a few, every try must
wait longer. The wait is handed back as "try again in N s": nothing here ever sleeps, so the
window stays responsive."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from db.tables import setting
from ido_desk.config import ENV_PIN
from ido_desk.desk import Desk
from ido_desk.errors import PermissionDenied, PinRefused, ValidationError
from ido_desk.settings import read_setting, write_setting
from ido_desk.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the checks run in a service's session or Core connection; no ORM here
    from sqlalchemy.orm import Session

FRONT_DESK = "balie"
MANAGER = "beheerder"
PIN_SETTING = "manager_pin"
FAILURES_SETTING = "manager_pin_failures"

PIN_MIN, PIN_MAX = 4, 12
FREE_TRIES = 3  # wrong tries before the program makes one wait
FIRST_WAIT_S = 5  # the wait after FREE_TRIES wrong tries; it doubles with every next one
MAX_WAIT_S = 15 * 60
SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # about 16 MiB and 50 ms per try


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one try. ``retry_in_s`` > 0: the next try is refused until then."""

    ok: bool
    retry_in_s: int = 0

    @property
    def message(self) -> str:
        if self.ok:
            return QT_TRANSLATE_NOOP("core", "Pincode juist.")
        if self.retry_in_s:
            wait = _minutes(self.retry_in_s)
            return QT_TRANSLATE_NOOP(
                "core", "Te veel onjuiste pogingen. Probeer het over {wait} opnieuw."
            ).format(wait=wait)
        return QT_TRANSLATE_NOOP("core", "Onjuiste pincode. Probeer het opnieuw.")


def _minutes(seconds: int) -> str:
    if seconds < 60:
        if seconds == 1:
            return QT_TRANSLATE_NOOP("core", "1 seconde")
        return QT_TRANSLATE_NOOP("core", "{n} seconden").format(n=seconds)
    return QT_TRANSLATE_NOOP("core", "{n} minuten").format(n=(seconds + 59) // 60)


# -- the PIN ------------------------------------------------------------------------------


def pin_is_set(desk: Desk, session: Session | Connection | None = None) -> bool:
    """Whether a manager PIN is set; read in ``session`` when one is given (the transaction
    of the write the check guards), else in a connection of its own."""
    if session is not None:
        return _has_pin(session)
    with desk.db.connection() as own:
        return _has_pin(own)


def _has_pin(unit: Session | Connection) -> bool:
    return unit.scalar(select(setting.c.key).where(setting.c.key == PIN_SETTING)) is not None


def _hash(pin: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=params["n"], r=params["r"], p=params["p"], maxmem=64 * 2**20
    )


def _check_shape(pin: str) -> str:
    pin = pin.strip()
    if not (pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationError(
            "pin",
            QT_TRANSLATE_NOOP(
                "core", "Een pincode bestaat uit {PIN_MIN} tot {PIN_MAX} cijfers, zonder letters."
            ).format(PIN_MIN=PIN_MIN, PIN_MAX=PIN_MAX),
        )
    return pin


def set_pin(desk: Desk, new_pin: str) -> None:
    """Set or change the manager PIN. Changing a PIN that is set needs the manager; setting
    the first one does not (a fresh installation). Afterwards the manager is signed in."""
    pin = _check_shape(new_pin)
    require_manager(desk, QT_TRANSLATE_NOOP("core", "De pincode wijzigen"))
    salt = secrets.token_bytes(16)
    record = {"algorithm": "scrypt", **SCRYPT, "salt": salt.hex()}
    record["hash"] = _hash(pin, salt, SCRYPT).hex()
    from ido_desk.audit import write_audit  # the ORM's model of the log: only when set

    with desk.db.session() as session:
        first = not _has_pin(session)
        write_setting(session, PIN_SETTING, record)
        write_setting(session, FAILURES_SETTING, {"count": 0, "last_at": None})
        change = {"pincode": "ingesteld" if first else "gewijzigd"}
        write_audit(session, desk, "pin-set", "setting", PIN_SETTING, None, change)
    desk.role = MANAGER


def _wait_after(count: int) -> int:
    """Seconds to wait after ``count`` wrong tries in a row."""
    if count < FREE_TRIES:
        return 0
    return int(min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (count - FREE_TRIES)))


def _retry_in(failures: dict[str, Any], now: datetime) -> int:
    wait = _wait_after(int(failures.get("count", 0)))
    if not wait or not failures.get("last_at"):
        return 0
    free_at = datetime.fromisoformat(failures["last_at"]) + timedelta(seconds=wait)
    return max(0, int((free_at - now).total_seconds() + 0.999))


def pin_wait(desk: Desk) -> int:
    """Seconds before the next try is accepted (0: now)."""
    with desk.db.connection() as connection:
        failures = read_setting(connection, FAILURES_SETTING) or {}
    return _retry_in(failures, desk.clock())


def verify_pin(desk: Desk, pin: str) -> PinCheck:
    """Check a PIN. A wrong one is counted; after FREE_TRIES wrong ones in a row the next try
    is refused (unchecked) until the wait is over, and the wait doubles with every wrong try.
    With no PIN set, every PIN is accepted."""
    now = desk.clock()
    with desk.db.connection() as connection:
        record = read_setting(connection, PIN_SETTING)
        if record is None:
            return PinCheck(ok=True)
        failures = read_setting(connection, FAILURES_SETTING) or {"count": 0, "last_at": None}
        wait = _retry_in(failures, now)
        if wait:
            return PinCheck(ok=False, retry_in_s=wait)
        params = {k: int(record[k]) for k in ("n", "r", "p")}
        expected = bytes.fromhex(record["hash"])
        given = _hash(pin.strip(), bytes.fromhex(record["salt"]), params)
        if hmac.compare_digest(given, expected):
            if failures.get("count"):
                write_setting(connection, FAILURES_SETTING, {"count": 0, "last_at": None})
            return PinCheck(ok=True)
        count = int(failures.get("count", 0)) + 1
        write_setting(connection, FAILURES_SETTING, {"count": count, "last_at": now.isoformat()})
        return PinCheck(ok=False, retry_in_s=_wait_after(count))


# -- signing in ---------------------------------------------------------------------------


def sign_in(desk: Desk, pin: str) -> None:
    """Sign the manager in on this desk, or raise PinRefused with the Dutch reason."""
    check = verify_pin(desk, pin)
    if not check.ok:
        raise PinRefused(check.message, check.retry_in_s)
    desk.role = MANAGER


def sign_in_from_environment(desk: Desk, environ: Mapping[str, str] | None = None) -> bool:
    """The CLI's way in: with IDO_DESK_PIN set, sign the manager in (PinRefused when it is
    wrong, so a wrong PIN is counted like in the window). True when signed in."""
    pin = (os.environ if environ is None else environ).get(ENV_PIN)
    if not pin or not pin_is_set(desk):
        return False
    sign_in(desk, pin)
    return True


def sign_out(desk: Desk) -> None:
    desk.role = FRONT_DESK


def is_manager(desk: Desk) -> bool:
    return desk.role == MANAGER


def require_manager(desk: Desk, action: str, session: Session | Connection | None = None) -> None:
    """Raise PermissionDenied unless the manager is signed in (or no PIN has been set).

    ``action`` is the Dutch name of what was tried, e.g. "Lijsten aanpassen"; ``session``: the
    transaction of the write this check guards (the check is then part of it)."""
    if desk.role == MANAGER or not pin_is_set(desk, session):
        return
    raise PermissionDenied(action)


def require_can_change_visit(
    desk: Desk, started_at: datetime, created_at: datetime, session: Session | None = None
) -> None:
    """The front desk may fix or delete what it logged today (entered today, whatever time it
    was back-dated to); a visit entered on an earlier day needs the manager. ``session``: the
    write session of the change, so that the check and the write are one transaction."""
    if created_at.date() == desk.clock().date():
        return
    action = QT_TRANSLATE_NOOP(
        "core", "Een bezoek van {started_at:%d-%m-%Y} wijzigen of verwijderen"
    ).format(started_at=started_at)
    require_manager(desk, action, session)
