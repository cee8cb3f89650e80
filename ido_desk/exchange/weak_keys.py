"""Weak Ed25519 public keys: encodings that are not a point of the curve's prime-order group.

A key of small order (the identity point among them) makes one constant signature verify for
every message, so a location trusted with such a key could be sent any file. RFC 8032's
verification alone does not refuse them; this does, by decoding the point and checking that
its order is the group order L (so it is neither of small order nor mixed with a torsion
component). Pure integer arithmetic: about a millisecond per key."""

from __future__ import annotations

P = 2**255 - 19
L = 2**252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)

Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)
IDENTITY: Point = (0, 1, 1, 0)


def _decode(raw: bytes) -> Point | None:
    """The point a 32-byte encoding names, or None for a non-canonical or off-curve one."""
    if len(raw) != 32:
        return None
    number = int.from_bytes(raw, "little")
    sign, y = number >> 255, number & ((1 << 255) - 1)
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y, 1, x * y % P)


def _add(a: Point, b: Point) -> Point:
    e1 = (a[1] - a[0]) * (b[1] - b[0]) % P
    e2 = (a[1] + a[0]) * (b[1] + b[0]) % P
    c = 2 * a[3] * b[3] * D % P
    d = 2 * a[2] * b[2] % P
    e, f, g, h = e2 - e1, d - c, d + c, e2 + e1
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _times(n: int, point: Point) -> Point:
    result = IDENTITY
    while n:
        if n & 1:
            result = _add(result, point)
        point = _add(point, point)
        n >>= 1
    return result


def _is_identity(point: Point) -> bool:
    return point[0] % P == 0 and (point[1] - point[2]) % P == 0


def is_weak_key(raw: bytes) -> bool:
    """True for anything but the encoding of a point of order L."""
    point = _decode(raw)
    if point is None or _is_identity(_times(8, point)):
        return True
    return not _is_identity(_times(L, point))
