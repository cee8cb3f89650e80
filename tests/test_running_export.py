"""A running period is exported up to the moment of the export, and the coordinator trusts
no file further than when it was made: on 3 December the 4th quarter is a file "t/m 3
december 2026", so December still reads as nothing received and the branch is late."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import update

from db.models import ImportRecord
from ido_desk.desk import Desk, local_now
from ido_desk.exchange.export import export_period
from ido_desk.exchange.history import import_history
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.overview import regional_overview
from ido_desk.periods import dutch_date, month, quarter, quarter_of
from tests.conftest import RIJSWIJK, Clock
from tests.exchange_helpers import DELFT, log, open_branch, yes

Q4 = quarter(2026, 4)
EXPORTED = datetime(2026, 12, 3, 16, 10)


def _december(coordinator: Desk, code: str):
    overview = regional_overview(coordinator, date(2026, 10, 1), date(2026, 12, 1), 10)
    row = next(r for r in overview.locations if r.code == code)
    return row, row.cells[-1]


def test_a_running_quarter_is_exported_and_read_up_to_its_moment(tmp_path: Path) -> None:
    branch = open_branch(tmp_path / "b", RIJSWIJK)
    branch.clock = lambda: EXPORTED
    for day in (datetime(2026, 10, 7, 10), datetime(2026, 11, 18, 14)):
        log(branch, day, "digid_activeren")
    result = export_period(branch, Q4.start, Q4.end, tmp_path / "out", create_folder=True)
    assert (result.period_end, result.running, result.visits) == (date(2026, 12, 4), True, 2)
    assert result.path.name.endswith("-20261001-20261203.zip")
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["period"] == {"start": "2026-10-01", "end": "2026-12-04"}
    assert manifest["created_at"] == "2026-12-03T16"
    branch.close()
    delft = open_branch(tmp_path / "d", DELFT)  # a branch whose November came, no December
    delft.clock = lambda: EXPORTED
    log(delft, datetime(2026, 11, 2, 10), "digid_activeren")
    november = month(2026, 11)
    other = export_period(delft, november.start, november.end, tmp_path / "out")
    delft.close()
    coordinator = open_branch(tmp_path / "c", None)
    coordinator.clock = Clock(datetime(2027, 1, 20, 10, 0))
    done = import_files(coordinator, [result.path, other.path], confirm_key=yes)
    assert all(r.ok for r in done), [r.message for r in done]
    history = {i.location_code: i for i in import_history(coordinator)}
    assert history[result.location_code].period_end == datetime(2026, 12, 4)
    for code in (result.location_code, other.location_code):
        row, december = _december(coordinator, code)
        assert (december.received, december.missing, december.visits) == (False, True, 0)
        assert row.late
    row, _ = _december(coordinator, result.location_code)
    assert [c.received for c in row.cells] == [True, True, False]
    coordinator.close()


def test_an_old_file_of_a_running_quarter_is_clamped_on_reading(tmp_path: Path) -> None:
    """A file made by an older version claims the whole quarter: read as far as its hour."""
    branch = open_branch(tmp_path / "b", RIJSWIJK)
    branch.clock = lambda: EXPORTED
    log(branch, datetime(2026, 11, 18, 14), "digid_activeren")
    result = export_period(branch, Q4.start, Q4.end, tmp_path / "out", create_folder=True)
    branch.close()
    coordinator = open_branch(tmp_path / "c", None)
    coordinator.clock = Clock(datetime(2027, 1, 20, 10, 0))
    assert import_files(coordinator, [result.path], confirm_key=yes)[0].ok
    with coordinator.db.session() as session:  # as the old version stored it
        session.execute(update(ImportRecord).values(period_end=datetime(2027, 1, 1)))
    [info] = import_history(coordinator)
    assert (info.period_start, info.period_end) == (datetime(2026, 10, 1), datetime(2026, 12, 4))
    row, december = _december(coordinator, result.location_code)
    assert (december.received, december.missing, row.late) == (False, True, True)
    coordinator.close()


def test_the_command_line_says_a_running_period_runs(desk: Desk, cli, tmp_path: Path) -> None:
    today = local_now().date()
    running = quarter(today.year, quarter_of(today))
    made = cli("export", "--period", running.code, "--out", str(tmp_path / "x"), "--yes")
    assert made.returncode == 0, made.stderr
    assert f"t/m {today:%d-%m-%Y}\n" in made.stdout
    assert f"de periode loopt nog: t/m {dutch_date(today)}" in made.stdout
    report = cli("report", "--period", running.code, "--out", str(tmp_path / "r.pdf"))
    assert report.returncode == 0, report.stderr
    assert f"{running.label} (t/m {dutch_date(today)}) geschreven naar" in report.stdout


def test_a_month_runs_on_its_last_day_and_has_ended_the_day_after(tmp_path: Path) -> None:
    branch = open_branch(tmp_path / "b", RIJSWIJK)
    november = month(2026, 11)
    for today, running in ((datetime(2026, 11, 30, 18), True), (datetime(2026, 12, 1, 9), False)):
        branch.clock = lambda t=today: t
        made = export_period(branch, november.start, november.end, tmp_path / f"{today:%d}.zip")
        assert (made.period_end, made.running) == (november.end, running)
    branch.close()
