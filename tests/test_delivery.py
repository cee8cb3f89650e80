"""The monthly loop: a branch with a delivery folder, its clock moved across month ends, each
start delivering the ended months into the folder, a coordinator importing what arrives."""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from ido_desk.config import Paths, resolve_paths
from ido_desk.delivery import (
    deliver_pending,
    delivery_status,
    file_name,
    months_to_deliver,
    report_notice,
)
from ido_desk.delivery_settings import set_delivery_folder, set_reports_folder
from ido_desk.desk import Desk, open_desk
from ido_desk.exchange.importer import import_files
from ido_desk.ids import hour_id
from ido_desk.location import own_location, set_location
from ido_desk.periods import month
from ido_desk.startup import open_desk_for_the_day
from tests.conftest import RIJSWIJK, Clock
from tests.db_helpers import rows
from tests.exchange_helpers import log, yes

OCTOBER, NOVEMBER = month(2026, 10), month(2026, 11)


def start(paths: Paths, clock: Clock) -> Desk:
    """A start of the program: the start-of-day chores run, the delivery among them."""
    return open_desk_for_the_day(paths, clock=clock)


def october(tmp_path: Path) -> tuple[Path, Clock, Paths]:
    """The delivery folder (made), a clock at 5 October 2026 10:00, and ``branch``."""
    folder = tmp_path / "bezorgmap"
    folder.mkdir()
    clock = Clock(datetime(2026, 10, 5, 10, 0))
    return folder, clock, branch(tmp_path, folder, clock)


def branch(tmp_path: Path, folder: Path, clock: Clock) -> Paths:
    """A branch set up once in October: location, delivery folder, reports folder."""
    paths = resolve_paths(tmp_path / "branch", environ={})
    desk = start(paths, clock)
    set_location(desk, RIJSWIJK)
    set_delivery_folder(desk, folder)
    set_reports_folder(desk, tmp_path / "rapporten")
    desk.close()
    return paths


def manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        return dict(json.loads(archive.read("manifest.json")))


def visit_lines(path: Path) -> list[dict[str, object]]:
    with zipfile.ZipFile(path) as archive:
        return [json.loads(line) for line in archive.read("visits.jsonl").splitlines()]


def test_two_month_ends_deliver_two_files_and_a_late_visit_replaces_the_first(
    tmp_path: Path,
) -> None:
    folder, clock, paths = october(tmp_path)
    desk = start(paths, clock)
    code = own_location(desk).code  # type: ignore[union-attr]
    october_ids = [log(desk, datetime(2026, 10, 5, 9, 0)), log(desk, datetime(2026, 10, 5, 9, 30))]
    desk.close()

    clock.now = datetime(2026, 10, 31, 23, 0)  # the last day of October: not ended yet
    desk = start(paths, clock)
    assert list(folder.iterdir()) == []
    desk.close()

    clock.now = datetime(2026, 11, 2, 8, 45)  # the first start after October ended
    desk = start(paths, clock)
    october_file = folder / file_name(code, OCTOBER)
    assert sorted(p.name for p in folder.iterdir()) == [october_file.name]
    assert len(visit_lines(october_file)) == 2
    assert manifest(october_file)["pending_months"] == []
    [status] = delivery_status(desk)
    assert (status.month, status.visits, status.pending) == (OCTOBER, 2, False)
    assert status.delivered_at == clock.now and status.path == october_file
    reports = tmp_path / "rapporten"
    assert [p.name for p in reports.iterdir()] == [f"IDO-maandrapport-{code}-2026-10.pdf"]
    assert report_notice(desk) == (OCTOBER, reports / f"IDO-maandrapport-{code}-2026-10.pdf")
    november_id = log(desk, datetime(2026, 11, 2, 8, 30))
    late_id = log(desk, datetime(2026, 10, 30, 15, 0))  # back-dated into October, delivered
    assert months_to_deliver(desk) == [OCTOBER]  # October changed since its delivery
    desk.close()
    october_report_time = (reports / f"IDO-maandrapport-{code}-2026-10.pdf").stat().st_mtime_ns

    clock.now = datetime(2026, 12, 1, 9, 0)
    desk = start(paths, clock)
    november_file = folder / file_name(code, NOVEMBER)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [october_file.name, november_file.name]
    )
    assert {line["id"] for line in visit_lines(october_file)} == {
        hour_id(i) for i in [*october_ids, late_id]
    }
    assert [line["id"] for line in visit_lines(november_file)] == [hour_id(november_id)]
    assert months_to_deliver(desk) == []
    assert [s.visits for s in delivery_status(desk)] == [3, 1]
    pdfs = sorted(p.name for p in reports.iterdir())
    assert pdfs == [f"IDO-maandrapport-{code}-2026-10.pdf", f"IDO-maandrapport-{code}-2026-11.pdf"]
    assert (reports / pdfs[0]).stat().st_mtime_ns == october_report_time  # made once
    branch_visits = sorted(hour_id(r[0]) for r in rows(desk, "SELECT id FROM visit"))
    desk.close()

    coordinator = open_desk(resolve_paths(tmp_path / "coordinator", environ={}), clock=clock)
    results = import_files(coordinator, sorted(folder.iterdir()), yes)
    assert all(r.ok for r in results), [r.message for r in results]
    assert sorted(r[0] for r in rows(coordinator, "SELECT id FROM visit")) == branch_visits
    coordinator.close()


def test_a_missing_folder_keeps_both_months_waiting_and_a_later_start_delivers_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "usb-stick"  # not plugged in
    clock = Clock(datetime(2026, 10, 5, 10, 0))
    paths = branch(tmp_path, folder, clock)
    desk = start(paths, clock)
    log(desk, datetime(2026, 10, 5, 9, 0))
    desk.close()
    clock.now = datetime(2026, 11, 10, 10, 0)
    desk = start(paths, clock)
    log(desk, datetime(2026, 11, 10, 9, 0))
    desk.close()

    clock.now = datetime(2026, 12, 3, 10, 0)
    desk = start(paths, clock)  # opens all the same
    log(desk, datetime(2026, 12, 3, 9, 55))  # and logging goes on
    assert rows(desk, "SELECT count(*) FROM visit") == [(3,)]
    assert months_to_deliver(desk) == [OCTOBER, NOVEMBER]
    statuses = delivery_status(desk)
    assert all(s.problem and "usb-stick" in s.problem for s in statuses)
    assert not folder.exists()
    run = deliver_pending(desk)
    assert run.problem is not None and "niet bereikbaar" in run.problem
    assert [o.delivered for o in run.outcomes] == [False, False]
    desk.close()

    folder.mkdir()  # the stick is back
    clock.now = datetime(2026, 12, 4, 9, 0)
    desk = start(paths, clock)
    assert months_to_deliver(desk) == []
    code = own_location(desk).code  # type: ignore[union-attr]
    assert sorted(p.name for p in folder.iterdir()) == [
        file_name(code, OCTOBER),
        file_name(code, NOVEMBER),
    ]
    assert all(s.problem is None for s in delivery_status(desk))
    desk.close()


def test_a_file_says_which_months_still_wait_at_the_branch(tmp_path: Path) -> None:
    folder, clock, paths = october(tmp_path)
    desk = start(paths, clock)
    log(desk, datetime(2026, 10, 5, 9, 0))
    set_delivery_folder(desk, tmp_path / "weg")  # a folder that is not there
    clock.now = datetime(2026, 12, 2, 10, 0)
    assert [o.delivered for o in deliver_pending(desk).outcomes] == [False, False]
    set_delivery_folder(desk, folder)
    run = deliver_pending(desk, month(2026, 10))  # only October, on demand
    assert [(o.month, o.delivered) for o in run.outcomes] == [(OCTOBER, True)]
    assert manifest(run.outcomes[0].path)["pending_months"] == ["2026-11"]  # type: ignore[arg-type]
    desk.close()


def coordinator_after_two_months(tmp_path: Path, clock: Clock) -> Desk:
    """A coordinator that imported Rijswijk's October (its file saying November is still to
    come) and Delft's October and November, on 2 December 2026."""
    from ido_desk.exchange.export import export_period
    from tests.exchange_helpers import DELFT, open_branch

    folder = tmp_path / "bezorgmap"
    folder.mkdir()
    clock.now = datetime(2026, 10, 5, 10, 0)
    paths = branch(tmp_path, folder, clock)
    rijswijk = start(paths, clock)
    log(rijswijk, datetime(2026, 10, 5, 9, 0))
    set_delivery_folder(rijswijk, tmp_path / "weg")
    clock.now = datetime(2026, 12, 2, 10, 0)
    deliver_pending(rijswijk)  # both months wait
    set_delivery_folder(rijswijk, folder)
    deliver_pending(rijswijk, OCTOBER)  # October arrives, saying November is still to come
    rijswijk.close()
    delft = open_branch(tmp_path / "delft", DELFT)
    delft.clock = clock  # 2 December: both its months have ended
    log(delft, datetime(2026, 10, 7, 11, 0))
    for period in (OCTOBER, NOVEMBER):
        export_period(delft, period.start, period.end, folder / f"delft-{period.code}.zip")
    delft.close()
    coordinator = open_desk(resolve_paths(tmp_path / "coordinator", environ={}), clock=clock)
    results = import_files(coordinator, sorted(folder.iterdir()), yes)
    assert all(r.ok for r in results), [r.message for r in results]
    return coordinator


def test_the_coordinator_sees_received_pending_missing_and_the_late_location_on_top(
    tmp_path: Path,
) -> None:
    from ido_desk.exchange.overview import regional_overview

    clock = Clock(datetime(2026, 10, 5, 10, 0))
    coordinator = coordinator_after_two_months(tmp_path, clock)
    clock.now = datetime(2026, 12, 11, 9, 0)  # ten days after November's end: not late yet
    overview = regional_overview(coordinator, OCTOBER.start, NOVEMBER.start)
    assert [row.name for row in overview.locations] == ["DOK Centrum", "Huis van de Stad"]
    assert not any(row.late for row in overview.locations)
    clock.now = datetime(2026, 12, 12, 9, 0)  # more than ten days after
    overview = regional_overview(coordinator, OCTOBER.start, NOVEMBER.start)
    late, on_time = overview.locations
    assert (late.name, late.late, late.last_file) == ("Huis van de Stad", True, date(2026, 12, 2))
    assert [(c.received, c.pending, c.missing) for c in late.cells] == [
        (True, False, False),
        (False, True, False),
    ]
    assert not on_time.late and all(c.received for c in on_time.cells)
    assert regional_overview(coordinator, OCTOBER.start, NOVEMBER.start, 30).locations[0] == (
        on_time  # with thirty days' grace nobody is late: the usual order
    )
    coordinator.close()


def test_a_changed_or_deleted_visit_sends_its_month_again_at_the_next_start(
    tmp_path: Path,
) -> None:
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.visits import delete_visit, update_visit

    folder, clock, paths = october(tmp_path)
    desk = start(paths, clock)
    first, second = log(desk, datetime(2026, 10, 5, 9, 0)), log(desk, datetime(2026, 10, 5, 9, 5))
    desk.close()
    clock.now = datetime(2026, 11, 2, 9, 0)
    desk = start(paths, clock)
    october_file = folder / file_name(own_location(desk).code, OCTOBER)  # type: ignore[union-attr]
    assert [line["revision"] for line in visit_lines(october_file)] == [1, 1]
    desk.close()
    desk = start(paths, clock)  # a start with nothing changed leaves the file alone
    assert delivery_status(desk)[0].delivered_at == datetime(2026, 11, 2, 9, 0)
    change = VisitDraft(
        questions=(QuestionDraft("belastingen"),), started_at=datetime(2026, 10, 5, 9, 0)
    )
    update_visit(desk, first, change)
    delete_visit(desk, second)
    desk.close()
    clock.now = datetime(2026, 11, 3, 9, 0)
    desk = start(paths, clock)
    lines = {line["id"]: line for line in visit_lines(october_file)}
    assert lines[hour_id(first)]["revision"] == 2
    assert lines[hour_id(second)]["deleted"] is True
    [status] = delivery_status(desk)
    assert (status.delivered_at, status.visits, status.pending) == (clock.now, 1, False)
    desk.close()


def test_the_late_days_are_the_managers_within_bounds_and_audited(desk: Desk, cli) -> None:
    from ido_desk.delivery_settings import late_days, set_late_days
    from ido_desk.errors import PermissionDenied, ValidationError
    from ido_desk.roles import set_pin, sign_in, sign_out

    shown = cli("delivery")
    assert "Te laat na: 10 dagen" in shown.stdout, shown.stderr
    changed = cli("delivery", "--late-days", "30")
    assert changed.returncode == 0 and "Te laat na: 30 dagen" in changed.stdout, changed.stderr
    refused = cli("delivery", "--late-days", "121")
    assert refused.returncode != 0 and "kies 0 tot 120 dagen" in refused.stderr
    assert "Traceback" not in refused.stderr and late_days(desk) == 30
    set_pin(desk, "4711")
    sign_out(desk)
    with pytest.raises(PermissionDenied):
        set_late_days(desk, 0)
    sign_in(desk, "4711")
    set_late_days(desk, 0)
    with pytest.raises(ValidationError) as out_of_bounds:
        set_late_days(desk, -1)
    assert out_of_bounds.value.field == "late_days"
    assert late_days(desk) == 0
    audited = rows(
        desk,
        "SELECT before, after FROM audit_log WHERE entity_id = 'delivery_late_after_days' "
        "ORDER BY id",
    )
    assert [(json.loads(b), json.loads(a)) for b, a in audited] == [
        ({"dagen": 10}, {"dagen": 30}),
        ({"dagen": 30}, {"dagen": 0}),
    ]
