"""Shared fixtures: every test gets its own migrated database, a file in tmp_path.

On the PostgreSQL pass (``IDO_DESK_TEST_POSTGRES`` names a server, as ``make test`` does for
its second run) the database is a fresh one on that server instead, and the CLI is given its
URL; ``sqlite_only`` tests are skipped there and ``postgres_only`` tests on the SQLite pass."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.location import LocationInput, set_location
from tests import pg_test_server
from tests.db_helpers import miscounted_visits

# Offscreen's own screen is 800x800, and Qt shrinks a window to its screen when first shown:
# a test that resizes to 1366x768 and then shows the window would check 796x796. The tests'
# screen is 1920x1080 at 96 dpi, the largest front-desk screen, so every size tested fits.
TEST_SCREEN = Path(__file__).with_name("offscreen_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TEST_SCREEN}"

# the README's hub set-up (fixture ``hub``); a branch and its good export (``branch``, ``good``)
pytest_plugins = ["tests.hub_setup", "tests.exchange_helpers"]

# The machine running the suite may be busy: a slow draw is no failure of ours, and no
# property test has a deadline. The number of examples stays hypothesis' own.
settings.register_profile("busy", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("busy")

RIJSWIJK = LocationInput(
    name="Huis van de Stad",
    organisation="Bibliotheek Rijswijk",
    municipality="Rijswijk",
    cbs_code="GM0603",
    province="Zuid-Holland",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): SQLite by nature (a file, WAL); skipped on PostgreSQL"
    )
    config.addinivalue_line("markers", "postgres_only: needs the PostgreSQL test server")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    postgres = pg_test_server.on_postgres()
    for item in items:
        only_sqlite = item.get_closest_marker("sqlite_only")
        if postgres and only_sqlite is not None:
            why = only_sqlite.args[0] if only_sqlite.args else "SQLite by nature"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {why}"))
        if not postgres and item.get_closest_marker("postgres_only") is not None:
            item.add_marker(pytest.mark.skip(reason=f"needs {pg_test_server.ENV_TEST_POSTGRES}"))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    pg_test_server.finish()


@pytest.fixture(autouse=True)
def dutch_window() -> None:
    """Every test starts in the program's own language, Dutch, as a window with nothing chosen
    on a Dutch PC: not in the machine's language (the window reads its language from Qt's
    default locale, ``ui.list_labels.english``, which is the system's until set), and not in
    the English an earlier test switched to (its translator and locale are process-wide)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    app = QCoreApplication.instance()
    install = getattr(sys.modules.get("ui.app"), "install_language", None)
    if app is not None and install is not None:
        install(app, None)  # the translators of an English test off, the locale Dutch
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))


@pytest.fixture
def backend() -> str:
    """The database this pass runs on: "sqlite" or "postgresql"."""
    return "postgresql" if pg_test_server.on_postgres() else "sqlite"


class Clock:
    """A clock a test can set and move."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[Paths]:
    """The test's data folder and database: a file in it, or on the PostgreSQL pass a fresh
    migrated database on the test server (dropped after the test)."""
    if not pg_test_server.on_postgres():
        yield resolve_paths(tmp_path / "data", environ={})
        return
    url = pg_test_server.fresh_database_url()
    try:
        yield resolve_paths(tmp_path / "data", database_url=url, environ={})
    finally:
        pg_test_server.drop_database(url)


@pytest.fixture
def bare_desk(paths: Paths) -> Iterator[Desk]:
    """A migrated database with no location yet. After the test, every visit's question
    count must still be its number of questions, whatever the test did to its visits."""
    desk = open_desk(paths)
    yield desk
    wrong = miscounted_visits(desk)
    desk.close()
    assert not wrong, f"question_count wrong for visits {wrong}"


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


@dataclass(frozen=True)
class CliResult:
    """What a run of ``ido-desk`` left: as ``subprocess.CompletedProcess`` has it."""

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str


def cli_environment(paths: Paths) -> dict[str, str]:
    """The environment a command runs in: the test's data folder and its database (the
    default file in it, or the PostgreSQL database of the pass)."""
    env = {**os.environ, "IDO_DESK_DATA_DIR": str(paths.data_dir)}
    env.pop("IDO_DESK_DATABASE_URL", None)
    env.pop(pg_test_server.ENV_TEST_POSTGRES, None)
    if paths.database_file is None:
        env["IDO_DESK_DATABASE_URL"] = paths.database_url
    return env


class Terminal(io.StringIO):
    """Standard input as a person at a terminal gives it."""

    def isatty(self) -> bool:
        return True


def run_in_process(
    args: tuple[str, ...],
    env: dict[str, str],
    stdout: io.TextIOBase | None = None,
    stdin: io.StringIO | None = None,
) -> CliResult:
    """``main(args)`` in this process with ``env`` as its environment (restored after), stdin
    empty and not a terminal unless given, stdout and stderr captured; a SystemExit (argparse,
    --help) gives its code. What a run could leave behind is checked: the root logger's
    handlers (each run opens and closes its own Desk and builds its own parser)."""
    from ido_desk.cli.main import main

    saved_env = dict(os.environ)
    saved_stdin = sys.stdin
    handlers = list(logging.getLogger().handlers)
    out = stdout if stdout is not None else io.StringIO()
    err = io.StringIO()
    os.environ.clear()
    os.environ.update(env)
    sys.stdin = io.StringIO("") if stdin is None else stdin
    try:
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
    finally:
        sys.stdin = saved_stdin
        os.environ.clear()
        os.environ.update(saved_env)
    assert logging.getLogger().handlers == handlers, "a command left a logging handler behind"
    text = out.getvalue() if isinstance(out, io.StringIO) else ""
    return CliResult(args, code, text, err.getvalue())


@pytest.fixture
def cli(paths: Paths) -> Callable[..., CliResult]:
    """Run ``ido-desk`` in this process (``main(argv)``) on the test's data folder."""

    def run(*args: str, check: bool = False) -> CliResult:
        result = run_in_process(args, cli_environment(paths))
        if check and result.returncode != 0:
            raise AssertionError(
                f"ido-desk {' '.join(args)} -> {result.returncode}: {result.stderr}"
            )
        return result

    return run


@pytest.fixture
def cli_process(paths: Paths) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real ``ido-desk`` console script in a subprocess on the test's data folder
    (``module=True``: ``python -m ido_desk.cli.main``), for the tests of the entry point."""

    def run(
        *args: str, module: bool = False, env: dict[str, str] | None = None, encoding="utf-8"
    ) -> subprocess.CompletedProcess[str]:
        script = Path(sys.executable).with_name("ido-desk")
        command = [sys.executable, "-m", "ido_desk.cli.main"] if module else [str(script)]
        return subprocess.run(
            [*command, *args],
            capture_output=True,
            text=True,
            encoding=encoding,
            env=cli_environment(paths) if env is None else env,
            check=False,
            timeout=120,
        )

    return run


@pytest.fixture
def rijswijk(tmp_path: Path) -> Iterator[Desk]:
    """A branch in Rijswijk (tests.exchange_helpers.RIJSWIJK) in its own folder."""
    from tests.exchange_helpers import RIJSWIJK, open_branch

    desk = open_branch(tmp_path / "rijswijk", RIJSWIJK)
    yield desk
    desk.close()


@pytest.fixture
def delft(tmp_path: Path) -> Iterator[Desk]:
    """A branch in Delft (tests.exchange_helpers.DELFT) in its own folder."""
    from tests.exchange_helpers import DELFT, open_branch

    desk = open_branch(tmp_path / "delft", DELFT)
    yield desk
    desk.close()


@pytest.fixture
def coordinator(tmp_path: Path) -> Iterator[Desk]:
    """A coordinator's database in its own folder: no location of its own, nothing imported."""
    from tests.exchange_helpers import open_branch

    desk = open_branch(tmp_path / "coordinator", None)
    yield desk
    wrong = miscounted_visits(desk)
    desk.close()
    assert not wrong, f"question_count wrong for visits {wrong}"
