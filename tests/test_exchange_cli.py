"""``ido-desk export`` and ``ido-desk import``, the real CLI in a subprocess."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ido_desk.cli.import_cmd import _trust_after_printing
from ido_desk.config import DATABASE_FILE, Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.exchange.importer import KeyQuestion
from tests.db_helpers import rows
from tests.exchange_helpers import edit_line, rebuild

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def branch_dir(cli: Cli, tmp_path: Path) -> str:
    """A branch with three visits in October 2026 (the coordinator is the ``cli`` folder)."""
    folder = str(tmp_path / "branch")
    setup = [*at(folder), "setup", "--location-name", "DOK Centrum"]
    assert cli(*setup, "--municipality", "Delft", "--cbs-code", "GM0503").returncode == 0
    for day in ("01", "02", "03"):
        logged = cli(*at(folder), "log", "--topic", "digid", "--at", f"2026-10-{day} 10:15")
        assert logged.returncode == 0, logged.stderr
    return folder


def at(folder: str) -> tuple[str, ...]:
    """The options for a branch's command: its own folder and SQLite file (on the PostgreSQL
    pass the ``cli`` fixture's database, the coordinator's hub, is on the server)."""
    return ("--data-dir", folder, "--database-url", f"sqlite:///{folder}/{DATABASE_FILE}")


def coordinator(paths: Paths) -> Desk:
    return open_desk(paths)


def test_export_then_import_needs_the_fingerprint_confirmed(
    cli: Cli, branch_dir: str, paths: Paths, tmp_path: Path
) -> None:
    out = tmp_path / "delft.zip"
    exported = cli(*at(branch_dir), "export", "--period", "2026-10", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "3 bezoeken" in exported.stdout and out.exists()
    shown = cli(*at(branch_dir), "export", "--show-key")
    fingerprint = shown.stdout.strip().rsplit(": ", 1)[1]
    assert fingerprint in exported.stdout

    refused = cli("import", str(out))

    assert refused.returncode == 3
    assert fingerprint in refused.stderr and "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    desk = coordinator(paths)
    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    desk.close()

    accepted = cli("import", "--yes", str(out))

    assert accepted.returncode == 0, accepted.stderr
    assert fingerprint in accepted.stdout and "3 nieuw" in accepted.stdout
    desk = coordinator(paths)
    assert rows(desk, "SELECT count(*) FROM visit WHERE deleted_at IS NULL") == [(3,)]
    desk.close()

    again = cli("import", str(out))
    assert again.returncode == 0 and "al ingelezen" in again.stdout


def test_history_and_undo(cli: Cli, branch_dir: str, paths: Paths, tmp_path: Path) -> None:
    out = tmp_path / "delft.zip"
    cli(*at(branch_dir), "export", "--from", "2026-10-01", "--to", "2026-10-31",
        "--out", str(out), check=True)  # fmt: skip
    cli("import", "--yes", str(out), check=True)

    history = cli("import", "--history")
    assert "delft.zip" in history.stdout and "nieuw 3" in history.stdout

    undone = cli("import", "--undo", "1")

    assert undone.returncode == 0, undone.stderr
    assert "3 bezoeken weggehaald" in undone.stdout
    desk = coordinator(paths)
    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    desk.close()
    assert "ongedaan" in cli("import", "--history").stdout


def test_a_key_file_instead_of_yes(cli: Cli, branch_dir: str, tmp_path: Path) -> None:
    out, key = tmp_path / "delft.zip", tmp_path / "delft.key"
    cli(*at(branch_dir), "export", "--period", "2026-10", "--out", str(out),
        "--key-out", str(key), check=True)  # fmt: skip

    imported = cli("import", "--key", str(key), str(out))

    assert imported.returncode == 0, imported.stderr
    assert "3 nieuw" in imported.stdout


def test_one_refused_file_does_not_stop_the_others(
    cli: Cli, branch_dir: str, tmp_path: Path
) -> None:
    good, broken = tmp_path / "good.zip", tmp_path / "broken.zip"
    cli(*at(branch_dir), "export", "--period", "2026-10", "--out", str(good), check=True)
    broken.write_bytes(good.read_bytes()[:100])

    result = cli("import", "--yes", str(broken), str(good))

    assert result.returncode == 3
    assert "broken.zip" in result.stderr and "niets veranderd" in result.stderr
    assert "good.zip" in result.stdout and "3 nieuw" in result.stdout


def test_bad_input_gets_a_clear_message(cli: Cli, branch_dir: str, tmp_path: Path) -> None:
    no_out = cli(*at(branch_dir), "export", "--period", "2026-10")
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    bad_day = cli(*at(branch_dir), "export", "--from", "2026-10-1x", "--to", "2026-10-31",
                  "--out", str(tmp_path))  # fmt: skip
    assert bad_day.returncode == 2 and "2026-10-1x" in bad_day.stderr
    no_files = cli("import")
    assert no_files.returncode == 2 and "exportbestand" in no_files.stderr
    for result in (no_out, bad_day, no_files):
        assert "Traceback" not in result.stderr


def test_a_future_period_is_refused_as_the_report_refuses_it(
    cli: Cli, branch_dir: str, tmp_path: Path
) -> None:
    """No empty signed file for a period that has not begun (a coordinator would import it as
    "0 nieuw"): the same refusal as ``report`` gives, and no file."""
    future = str(date.today().year + 1)
    out = tmp_path / "out"
    out.mkdir()
    exported = cli(*at(branch_dir), "export", "--period", future, "--out", str(out))
    reported = cli(*at(branch_dir), "report", "--period", future, "--out", str(out / "r.pdf"))
    for refused in (exported, reported):
        assert refused.returncode == 2, refused.stderr
        assert f"Periode {future} ligt in de toekomst" in refused.stderr, refused.stderr
    assert not list(out.iterdir())


def test_export_needs_the_manager_pin(cli: Cli, branch_dir: str, tmp_path: Path) -> None:
    pin = subprocess.run(
        [*_cli_prefix(), *at(branch_dir), "pin", "set", "--new-pin-stdin"],
        input="4826\n", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert pin.returncode == 0, pin.stderr

    refused = cli(*at(branch_dir), "export", "--period", "2026-10", "--out", str(tmp_path))

    assert refused.returncode == 3 and "Exporteren" in refused.stderr
    assert not list(tmp_path.glob("*.zip"))


def _cli_prefix() -> list[str]:
    import sys

    return [sys.executable, "-m", "ido_desk.cli.main"]


def test_export_to_a_folder_that_does_not_exist_is_refused(
    cli: Cli, branch_dir: str, tmp_path: Path
) -> None:
    missing = tmp_path / "nieuw"

    refused = cli(*at(branch_dir), "export", "--period", "2026-10", "--out", f"{missing}/")

    assert refused.returncode != 0
    assert f"De map {missing} bestaat niet." in refused.stderr
    assert "Traceback" not in refused.stderr and "bezoeken" not in refused.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch"]  # no file "nieuw"


def test_export_never_writes_a_file_named_like_a_missing_folder_nor_replaces_one(
    cli: Cli, branch_dir: str, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    export = (*at(branch_dir), "export", "--period", "2026-10", "--out")

    refused = cli(*export, str(documents))

    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert f"De map {documents} bestaat niet." in refused.stderr
    assert not documents.exists()  # no file "Documents"
    made = cli(*export, str(documents), "--yes")
    assert made.returncode == 0, made.stderr
    (written,) = documents.iterdir()
    assert written.suffix == ".zip"
    before = written.read_bytes()

    again = cli(*export, str(written))

    assert again.returncode != 0 and "bestaat al" in again.stderr and "--overwrite" in again.stderr
    assert written.read_bytes() == before and "Traceback" not in again.stderr
    replaced = cli(*export, str(written), "--overwrite")
    assert replaced.returncode == 0, replaced.stderr


def test_the_trust_line_prints_no_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    fake = "\x1b[2K\rNieuwe sleutel: 0000 0000"
    question = KeyQuestion("x.zip", "GM0503-dok", f"DOK{fake}", "Delft\x07", "91C6 84C5")

    assert _trust_after_printing(question)

    printed = capsys.readouterr().out
    assert "\x1b" not in printed and "\r" not in printed and "\x07" not in printed
    assert printed.count("\n") == 1 and "91C6 84C5" in printed


def test_a_tampered_copy_of_an_imported_file_is_refused_not_told_already_imported(
    cli: Cli, branch_dir: str, paths: Paths, tmp_path: Path
) -> None:
    real = tmp_path / "delft.zip"
    cli(*at(branch_dir), "export", "--period", "2026-10", "--out", str(real), check=True)
    cli("import", "--yes", str(real), check=True)
    # visits.jsonl changed, checksums.sha256 and signature.json kept: the same signed content
    tampered = rebuild(real, tmp_path / "tampered.zip", None, edit_line(1, _one_more_minute))

    again = cli("import", str(tampered))

    assert again.returncode == 3, again.stdout
    assert "al ingelezen" not in again.stdout + again.stderr
    assert "visits.jsonl" in again.stderr and "controlesom klopt niet" in again.stderr
    assert "al ingelezen" in cli("import", str(real)).stdout  # the real file still is
    desk = coordinator(paths)
    assert rows(desk, "SELECT count(*) FROM import_history") == [(1,)]
    desk.close()


def _one_more_minute(row: dict[str, object]) -> None:
    row["duration_min"] = int(str(row.get("duration_min") or 0)) + 1
