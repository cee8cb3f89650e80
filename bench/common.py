"""What the benchmarks share: figures (median, percentiles) and demo databases, made once with
the demo generator and cached under bench/out/ keyed by their parameters."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ido_desk.location import LocationInput

OUT = Path(__file__).resolve().parent / "out"
DEMO_NOW = datetime(2026, 11, 3, 10, 30)  # a fixed clock: a cached database stays the same


PACKAGES = ("db", "ido_desk", "ui", "migrations")  # the program's own, as it is installed


def byte_compile_program(*, from_source: bool = False) -> None:
    """Byte-code for the program's own packages, as an installed program has it (pip and the
    frozen build compile it). The start-up benchmarks compare against baselines (SQLAlchemy,
    PySide6) compiled in site-packages; an editable install under PYTHONDONTWRITEBYTECODE=1
    would instead compile every one of the program's modules from source at every start.
    ``from_source`` (a benchmark's ``--from-source``) removes the byte-code instead, to see
    that cost too."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in PACKAGES:
        if from_source:
            for cache in (root / package).rglob("__pycache__"):
                shutil.rmtree(cache)
        else:
            compileall.compile_dir(root / package, quiet=1)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    rank = max(1, round(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def cached_demo_database(visits: int, locations: int, seed: int = 1, months: int = 24) -> Path:
    """A database file with ``visits`` demo visits (Rijswijk as the own location), made with
    ``ido_desk.demo`` on first use and kept under bench/out/. The key holds the parameters and
    the schema head, so a new migration makes a new file."""
    from db.engine import Database
    from db.migrate import head_revision

    probe = Database("sqlite://")
    head = head_revision(probe)
    probe.dispose()
    target = OUT / f"demo-{visits}-{locations}-s{seed}-m{months}-{head}.sqlite"
    if target.exists():
        return target
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT, prefix="making-") as folder:
        made = _make_demo(Path(folder), visits, locations, seed, months)
        os.replace(made, target)
    return target


def own_location_input() -> LocationInput:
    """The benchmarks' own branch (the demo adds the others)."""
    from ido_desk.location import LocationInput

    return LocationInput(
        name="Huis van de Stad",
        organisation="Bibliotheek Rijswijk",
        municipality="Rijswijk",
        cbs_code="GM0603",
        province="Zuid-Holland",
    )


def _make_demo(folder: Path, visits: int, locations: int, seed: int, months: int) -> Path:
    from ido_desk.config import resolve_paths
    from ido_desk.demo import DemoSpec, make_demo
    from ido_desk.desk import open_desk
    from ido_desk.location import set_location

    print(f"  demo-database maken: {visits:,} bezoeken op {locations} locaties ...", flush=True)
    began = time.perf_counter()
    desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: DEMO_NOW)
    set_location(desk, own_location_input())
    make_demo(desk, DemoSpec(visits=visits, locations=locations, seed=seed, months=months))
    path = desk.db.path
    desk.close()
    assert path is not None
    connection = sqlite3.connect(path)  # one self-contained file: no -wal beside it
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    print(f"  klaar in {time.perf_counter() - began:.0f} s", flush=True)
    return path


def copy_database(source: Path, folder: Path) -> Path:
    """A working copy of a cached database as ``folder/ido-desk.sqlite``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "ido-desk.sqlite"
    shutil.copyfile(source, target)
    return target
