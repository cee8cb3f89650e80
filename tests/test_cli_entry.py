"""The real entry point in a subprocess (the ``ido-desk`` console script and
``python -m ido_desk.cli.main``): what it imports, and output that survives any encoding."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ido_desk.config import Paths
from ido_desk.console import make_output_safe
from tests.conftest import CliResult, cli_environment, run_in_process
from tests.test_cli import SETUP, ok

Cli = Callable[..., CliResult]
Process = Callable[..., subprocess.CompletedProcess[str]]
HEAVY = (
    "reportlab",
    "openpyxl",
    "cryptography",
    "alembic",
    "ido_desk.reports",
    "ido_desk.exchange",
)

IMPORTED = """
import sys, types
if sys.argv[1:] == ["window"]:  # the window's own imports are the window's: stand in for it
    sys.modules["ui.app"] = types.SimpleNamespace(run_window=lambda paths: 0)
    sys.argv[1:] = []
from ido_desk.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy_tops} or m.startswith(
    {prefixes}))
print("HEAVY", heavy, file=sys.stderr)
"""


def test_the_console_script_lists_every_command_and_one_commands_options(
    cli_process: Process,
) -> None:
    out = ok(cli_process("--help"))
    for name in ("log", "edit", "delete", "undo", "tally", "national-form", "region", "report"):
        assert f"    {name} " in out
    log_help = ok(cli_process("log", "--help"))
    assert "--topic TOPIC" in log_help and "--help-given" in log_help


def test_python_m_sets_up_logs_and_lists(cli_process: Process) -> None:
    ok(cli_process(*SETUP, module=True))
    visit = ok(cli_process("log", "--topic", "digid_activeren", module=True)).strip()
    assert visit[-8:] in ok(cli_process("visits", module=True))


def test_output_into_a_closed_pipe_ends_quietly(paths: Paths, cli: Cli) -> None:
    """ "ido-desk lists | head -1": the reader goes away; no message about a file."""
    ok(cli(*SETUP))
    script = Path(sys.executable).with_name("ido-desk")
    process = subprocess.Popen(
        [str(script), "lists"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_environment(paths),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command writes a line
    error = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 0, error
    assert error == ""


@pytest.mark.parametrize(
    "argv",
    [["log", "--topic", "digid"], ["--help"], ["visits"], ["log", "--help"], ["window"]],
    ids=["log", "help", "visits", "log-help", "window"],
)
def test_a_command_imports_no_report_exchange_or_crypto_code(
    paths: Paths, cli: Cli, argv: list[str]
) -> None:
    ok(cli(*SETUP))
    tops = {name for name in HEAVY if "." not in name}
    assert "HEAVY []" in imported(paths, argv, tops, ("ido_desk.reports", "ido_desk.exchange"))


def imported(paths: Paths, argv: list[str], tops: set[str], prefixes: tuple[str, ...]) -> str:
    """The stderr of a run of ``argv`` that ends in "HEAVY [...]": the modules it imported
    whose top package is in ``tops`` or whose name starts with one of ``prefixes``."""
    script = IMPORTED.replace("{heavy_tops}", repr(tops)).replace("{prefixes}", repr(prefixes))
    done = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        env=cli_environment(paths),
        timeout=120,
        check=False,
    )
    return done.stderr


def test_report_imports_what_it_needs(paths: Paths, cli: Cli, tmp_path: Path) -> None:
    """The check above could not fail if it looked in the wrong place: a report does import."""
    ok(cli(*SETUP))
    argv = ["report", "--period", "2026-10", "--out", str(tmp_path / "r.pdf")]
    told = imported(paths, argv, {"reportlab"}, ("ido_desk.reports", "ido_desk.exchange"))
    assert "'reportlab'" in told and "'ido_desk.reports'" in told


ORM = ("sqlalchemy.orm", "db.models", "ido_desk.privacy")


def test_log_saves_without_the_orm_and_a_note_still_goes_through_the_screen(
    paths: Paths, cli: Cli
) -> None:
    """``ido-desk log`` (after the start-of-day chores of a second start) saves through Core:
    the ORM and the note screen cost more than the rest of its start. The day list, which
    reads through the ORM, shows what the check would catch."""
    ok(cli(*SETUP))
    ok(cli("log", "--topic", "digid", "--duration", "10"))
    assert "HEAVY []" in imported(paths, ["log", "--topic", "toeslagen"], set(), ORM)
    assert "'sqlalchemy.orm'" in imported(paths, ["visits"], set(), ORM)
    refused = cli("log", "--topic", "digid", "--note", "bsn 111222333")
    assert refused.returncode != 0 and "BSN" in refused.stderr
    listed = ok(cli("visits"))
    assert "Toeslagen" in listed and listed.count("DigiD") == 1


def edited_visit(cli: Cli) -> None:
    """A visit whose duration went from 10 to 25 min: the audit log says "10 → 25 min"."""
    ok(cli(*SETUP))
    visit = ok(cli("log", "--topic", "digid", "--duration", "10")).strip()
    ok(cli("edit", visit[-8:], "--duration", "25"))


def test_audit_through_a_cp1252_stream_writes_a_question_mark(cli: Cli, paths: Paths) -> None:
    edited_visit(cli)
    strict = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    with pytest.raises(UnicodeEncodeError):  # what a Windows pipe did before
        strict.write("10 → 25 min")
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    result = run_in_process(("audit",), cli_environment(paths), stdout=stdout)
    assert result.returncode == 0, result.stderr
    stdout.flush()
    text = stdout.buffer.getvalue().decode("cp1252")  # type: ignore[attr-defined]
    assert "duur 10 ? 25 min" in text and "gewijzigd" in text


def test_audit_to_a_cp1252_pipe_in_a_subprocess(
    cli: Cli, cli_process: Process, paths: Paths
) -> None:
    edited_visit(cli)
    env = {**cli_environment(paths), "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    done = cli_process("audit", env=env, encoding="cp1252")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "duur 10 ? 25 min" in done.stdout


def test_utf8_and_unusual_streams_are_left_alone() -> None:
    utf8 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    captured = io.StringIO()
    make_output_safe(utf8, captured, None)
    assert utf8.errors == "strict"
    utf8.write("→")
    utf8.flush()
    assert utf8.buffer.getvalue() == "→".encode()  # type: ignore[attr-defined]


def test_in_process_runs_leave_no_database_open(cli: Cli, paths: Paths) -> None:
    ok(cli(*SETUP))
    ok(cli("log", "--topic", "digid"))
    ok(cli("visits"))
    assert cli("log", "--topic", "nope").returncode == 2
    database = str(paths.data_dir / "ido-desk.sqlite")
    fds = Path("/proc/self/fd")
    if not fds.exists():
        pytest.skip("no /proc on this system")
    open_files = [os.readlink(fd) for fd in fds.iterdir() if fd.is_symlink()]
    assert not [f for f in open_files if f.startswith(database)]
