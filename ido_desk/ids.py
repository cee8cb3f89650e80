"""Time-ordered unique ids in the UUIDv7 layout of RFC 9562 (Python 3.11 has no ``uuid.uuid7``).

Layout of the 128 bits, most significant first::

    unix_ts_ms (48) | version 7 (4) | rand_a (12) | variant 0b10 (2) | rand_b (62)

rand_a and the top 18 bits of rand_b hold a 30-bit counter (RFC 9562 §6.2, method 1): it starts
at a random value with its top bit clear in each new millisecond and counts up within one. The
last 44 bits are fresh random bits for every id. So ids made from the clock by one generator
are strictly increasing, as integers and as strings, even within one millisecond and when the
clock steps back: the generator keeps its last timestamp and never goes back.
"""

import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable

_COUNTER_BITS = 30  # the 12 bits of rand_a and the top 18 bits of rand_b
_TAIL_BITS = 44  # the rest of rand_b
_COUNTER_MAX = (1 << _COUNTER_BITS) - 1
_MAX_MS = (1 << 48) - 1


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class IdGenerator:
    """Makes UUIDv7 strings; thread-safe. ``clock_ms`` is injectable for tests."""

    def __init__(self, clock_ms: Callable[[], int] = _wall_clock_ms) -> None:
        self._clock_ms = clock_ms
        self._lock = threading.Lock()
        self._last_ms = -1
        self._counter = 0

    def new_id(self, now_ms: int | None = None) -> str:
        """A new id from the clock, or with exactly the timestamp ``now_ms`` when given.

        An id with a given ``now_ms`` does not touch the generator's clock state: it is unique
        by its 73 random bits, but not ordered against other ids of the same millisecond.
        """
        if now_ms is not None:
            _check_ms(now_ms)
            return _format(now_ms, _fresh_counter(), secrets.randbits(_TAIL_BITS))
        with self._lock:
            ms = max(self._clock_ms(), self._last_ms)
            if ms == self._last_ms:
                self._counter += 1
                if self._counter > _COUNTER_MAX:  # counter ran out: borrow the next millisecond
                    ms += 1
                    self._counter = _fresh_counter()
            else:
                self._counter = _fresh_counter()
            _check_ms(ms)
            self._last_ms = ms
            return _format(ms, self._counter, secrets.randbits(_TAIL_BITS))


_default_generator = IdGenerator()


def new_visit_id(now_ms: int | None = None) -> str:
    """A new time-ordered id as a canonical 36-character lowercase UUID string.

    Without ``now_ms`` the ids of this process are strictly increasing. With ``now_ms``
    (unix milliseconds) the id carries exactly that timestamp; see ``IdGenerator.new_id``.
    """
    return _default_generator.new_id(now_ms)


def id_timestamp_ms(visit_id: str) -> int:
    """The unix timestamp in milliseconds that ``visit_id`` carries.

    Raises ValueError when ``visit_id`` is not a UUID of version 7 with the RFC variant.
    """
    value = uuid.UUID(visit_id)
    if value.version != 7 or value.variant != uuid.RFC_4122:
        raise ValueError(f"not a version 7 UUID: {visit_id!r}")
    return value.int >> 80


def _fresh_counter() -> int:
    """A random start for a new millisecond, top bit clear so it cannot run out soon."""
    return secrets.randbits(_COUNTER_BITS - 1)


def _check_ms(ms: int) -> None:
    if not 0 <= ms <= _MAX_MS:
        raise ValueError(f"timestamp out of the 48-bit range: {ms}")


def _format(ms: int, counter: int, tail: int) -> str:
    rand_a = counter >> (_COUNTER_BITS - 12)
    rand_b = ((counter & ((1 << (_COUNTER_BITS - 12)) - 1)) << _TAIL_BITS) | tail
    value = (ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


HOUR_MS = 3_600_000
_CANONICAL_V7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\Z")


def hour_id(visit_id: str) -> str:
    """``visit_id`` with its timestamp cut down to the hour: the id a visit has outside the branch.

    A visit's id carries the millisecond it was saved, but anything that leaves the branch may
    carry the date and hour only (DESIGN.md), so an export writes this id instead. The version,
    the variant and the other 74 bits (a counter and random bits) are kept: the same visit always
    gets the same hour id, so re-exports still merge at the coordinator, and two visits of one
    hour still differ. Raises ValueError when ``visit_id`` is not a UUID of version 7.
    """
    if not _CANONICAL_V7.match(visit_id):
        id_timestamp_ms(visit_id)  # raises for what is not a version 7 UUID
        visit_id = str(uuid.UUID(visit_id))  # another spelling of one: canonical form
    ms = int(visit_id[:8] + visit_id[9:13], 16)  # string work: exports run this a million times
    stamp = f"{ms - ms % HOUR_MS:012x}"
    return f"{stamp[:8]}-{stamp[8:]}{visit_id[13:]}"


class HourIds:
    """``hour_id`` for ids that come in ascending order (an export's): the hour of the last
    one is remembered, so an id of the same hour costs a check, a comparison and a join
    instead of the hex arithmetic (a million ids a second or so faster). Any other id goes
    through ``hour_id`` and starts a new hour."""

    def __init__(self) -> None:
        self._low = self._high = ""  # the hour's first and the next hour's first 'xxxxxxxx-xxxx'
        self._stamp = ""  # the hour's own 'xxxxxxxx-xxxx', the cut id's start

    def __call__(self, visit_id: str) -> str:
        if self._low <= visit_id[:13] < self._high and _CANONICAL_V7.match(visit_id):
            return self._stamp + visit_id[13:]
        cut = hour_id(visit_id)
        ms = int(cut[:8] + cut[9:13], 16)
        self._low = self._stamp = cut[:13]
        following = f"{ms + HOUR_MS:012x}"
        self._high = f"{following[:8]}-{following[8:]}"
        return cut
