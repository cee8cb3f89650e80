"""``ido-desk delivery`` and ``ido-desk deliver``: the real CLI in a subprocess, on the real
clock (the months are counted back from today)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from ido_desk.periods import month

Cli = Callable[..., subprocess.CompletedProcess[str]]


def months_back(count: int) -> date:
    day = date.today().replace(day=1)
    for _ in range(count):
        day = (day - timedelta(days=1)).replace(day=1)
    return day


def set_up(cli: Cli, folder: Path, reports: Path) -> None:
    setup = ["setup", "--location-name", "DOK Centrum", "--municipality", "Delft"]
    assert cli(*setup, "--cbs-code", "GM0503").returncode == 0
    two_ago = months_back(2)
    logged = cli("log", "--topic", "digid", "--at", f"{two_ago:%Y-%m}-05 10:15")
    assert logged.returncode == 0, logged.stderr
    chosen = cli("delivery", "--folder", str(folder), "--reports-folder", str(reports))
    assert chosen.returncode == 0, chosen.stderr
    assert f"Bezorgmap: {folder}" in chosen.stdout


def test_deliver_writes_each_ended_month_and_status_lists_them(cli: Cli, tmp_path: Path) -> None:
    folder, reports = tmp_path / "bezorgmap", tmp_path / "rapporten"
    folder.mkdir()
    set_up(cli, folder, reports)
    delivered = cli("deliver")
    assert delivered.returncode == 0, delivered.stderr
    two_ago, last = month(*divmod_month(months_back(2))), month(*divmod_month(months_back(1)))
    lines = delivered.stdout.splitlines()
    assert lines[0].startswith(f"{two_ago.label}: bezorgd in {folder}") and "(1 bezoek)" in lines[0]
    assert lines[1].startswith(f"{last.label}: bezorgd in {folder}") and "(0 bezoeken)" in lines[1]
    assert len(list(folder.iterdir())) == 2
    assert [p.name.endswith(f"{last.code}.pdf") for p in reports.iterdir()] == [True]
    status = cli("delivery", "--status")
    assert status.returncode == 0
    assert f"{two_ago.code}  bezorgd " in status.stdout and ", 1 bezoek" in status.stdout
    assert f"{two_ago.code}  bezorgd " in cli("delivery").stdout  # showing is the default
    again = cli("deliver")  # nothing new: one line says so, writes nothing new
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == ["Niets te bezorgen: elke afgelopen maand is bezorgd."]
    assert len(list(folder.iterdir())) == 2


def test_nothing_due_after_the_folder_moved_out_of_reach_says_so_not_old_paths(
    cli: Cli, tmp_path: Path
) -> None:
    folder, gone = tmp_path / "bezorgmap", tmp_path / "usb-stick"
    folder.mkdir()
    set_up(cli, folder, tmp_path / "rapporten")
    assert "bezorgd in" in cli("deliver").stdout
    cli("delivery", "--folder", str(gone), check=True)

    again = cli("deliver")

    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == ["Niets te bezorgen: elke afgelopen maand is bezorgd."]
    [warning] = again.stderr.splitlines()
    assert "usb-stick" in warning and "niet bereikbaar" in warning
    assert str(folder) not in again.stdout + again.stderr
    english = cli("--lang", "en", "deliver")
    assert english.stdout.startswith("Nothing to deliver") and "cannot be reached" in english.stderr


def test_a_missing_folder_is_one_line_on_stderr_and_the_months_wait(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "usb-stick"
    set_up(cli, folder, tmp_path / "rapporten")
    result = cli("deliver")
    assert result.returncode == 4
    [line] = result.stderr.splitlines()
    assert "usb-stick" in line and "niet bereikbaar" in line and "Traceback" not in line
    assert result.stdout.splitlines()[0].endswith(": wacht")
    assert "wacht: De bezorgmap" in cli("delivery", "--status").stdout
    logged = cli("log", "--topic", "digid")
    assert logged.returncode == 0, logged.stderr  # logging goes on


def test_deliver_without_a_folder_says_how_to_set_one(cli: Cli) -> None:
    assert (
        cli(
            "setup", "--location-name", "X", "--municipality", "Delft", "--cbs-code", "GM0503"
        ).returncode
        == 0
    )
    result = cli("deliver")
    assert result.returncode == 2 and "ido-desk delivery --folder" in result.stderr
    running = cli("deliver", "--period", f"{date.today():%Y-%m}")
    assert running.returncode == 2 and "nog niet voorbij" in running.stderr


def divmod_month(day: date) -> tuple[int, int]:
    return day.year, day.month
