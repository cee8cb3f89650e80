"""Municipalities are known by their CBS code; their name is a label. One code has one name
everywhere (reports, the Regio tab, the filters, the CLI): the name in
ido_desk/data/municipalities.txt when the code is there, else the name most locations with
that code give, ties to the own location's, then to the first in the alphabet. A location
whose municipality name disagrees with its code thus never makes a second municipality."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Protocol


@dataclass(frozen=True)
class Municipality:
    cbs_code: str
    name: str
    province: str
    size: int  # 1 village ... 5 big city


@cache
def read_municipalities() -> tuple[Municipality, ...]:
    """The table shipped in ido_desk/data/municipalities.txt (only codes known for certain)."""
    text = resources.files("ido_desk").joinpath("data/municipalities.txt").read_text("utf-8")
    rows = (line.split("|") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(
        Municipality(code.strip(), name.strip(), province.strip(), int(size))
        for code, name, province, size in rows
    )


# Other names in use beside the table's, accepted when a location is set up.
OTHER_NAMES = {"GM0518": ("'s-Gravenhage",), "GM0796": ("Den Bosch",)}


def known(cbs_code: str) -> Municipality | None:
    """The municipality with this code in the table, if it is there."""
    return next((m for m in read_municipalities() if m.cbs_code == cbs_code), None)


def same_name(cbs_code: str, name: str, table_name: str) -> bool:
    """``name`` is the table's name (or another name in use), whatever the case, accents,
    spaces or hyphens: "sudwest fryslan" is Súdwest-Fryslân."""
    names = (table_name, *OTHER_NAMES.get(cbs_code, ()))
    return _plain(name) in {_plain(n) for n in names}


def _plain(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_name.casefold())


class Placed(Protocol):
    @property
    def cbs_code(self) -> str: ...
    @property
    def municipality(self) -> str: ...
    @property
    def is_own(self) -> bool: ...


def names_by_code(locations: Iterable[Placed]) -> dict[str, str]:
    """CBS code -> the one name shown for it (see the module's docstring)."""
    given: dict[str, Counter[str]] = {}
    own: dict[str, str] = {}
    for loc in locations:
        given.setdefault(loc.cbs_code, Counter())[loc.municipality] += 1
        if loc.is_own:
            own[loc.cbs_code] = loc.municipality
    table = {m.cbs_code: m.name for m in read_municipalities()}
    names = {}
    for code, counts in given.items():
        if code in table:
            names[code] = table[code]
            continue
        names[code] = min(
            counts, key=lambda name: (-counts[name], name != own.get(code), name.casefold())
        )
    return names
