"""Shared fixtures: every test gets its own migrated database file in tmp_path."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.location import LocationInput, set_location

RIJSWIJK = LocationInput(
    name="Huis van de Stad",
    organisation="Bibliotheek Rijswijk",
    municipality="Rijswijk",
    cbs_code="GM0603",
    province="Zuid-Holland",
)


class Clock:
    """A clock a test can set and move."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return resolve_paths(tmp_path / "data", environ={})


@pytest.fixture
def bare_desk(paths: Paths) -> Iterator[Desk]:
    """A migrated database with no location yet."""
    desk = open_desk(paths)
    yield desk
    desk.close()


@pytest.fixture
def desk(bare_desk: Desk) -> Desk:
    """A migrated database with the Rijswijk location set."""
    set_location(bare_desk, RIJSWIJK)
    return bare_desk


@pytest.fixture
def clock(desk: Desk) -> Clock:
    """Fix the desk's clock at Tuesday 3 November 2026, 10:30."""
    fixed = Clock(datetime(2026, 11, 3, 10, 30))
    desk.clock = fixed
    return fixed


@pytest.fixture
def cli(paths: Paths) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real ``ido-desk`` in a subprocess on the test's data folder."""

    def run(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "IDO_DESK_DATA_DIR": str(paths.data_dir), "PYTHONIOENCODING": "utf-8"}
        env.pop("IDO_DESK_DATABASE_URL", None)
        return subprocess.run(
            [sys.executable, "-m", "ido_desk.cli.main", *args],
            capture_output=True,
            text=True,
            env=env,
            check=check,
            timeout=120,
        )

    return run


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Desk]:
    """A coordinator's database in its own folder: no location of its own, nothing imported."""
    from tests.exchange_helpers import open_branch

    desk = open_branch(tmp_path / "coordinator", None)
    yield desk
    desk.close()
