"""The monthly loop from desk to coordinator, running by itself.

A branch sets a delivery folder once (a shared network folder, a synced folder or a USB stick).
At every start (``deliver_at_start``, from ``ido_desk.desk``) and on demand (``ido-desk
deliver``, a scheduled task), ``deliver_pending`` writes the signed export of every ended month
not yet delivered, and again of a month whose visits changed after it was delivered (a late
back-dated visit), into that folder under a stable name; the coordinator's import merges by
revision, so the newer file simply replaces the older. Each month's delivery is recorded (the
``delivery`` table). The manager's monthly PDF report is made once per month into the reports
folder. A folder that is missing, read-only or full stops nothing: the month waits, the reason
is kept as one calm line, and the next start tries again."""

from __future__ import annotations

import copy
import logging
import weakref
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from db.errors import StorageError
from db.queries import delivery as q
from ido_desk.delivery_settings import SINCE_SETTING
from ido_desk.delivery_setup import REPORTS_SETTING, delivery_folder, reports_folder
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError, file_problem
from ido_desk.location import LocationInfo, own_location
from ido_desk.periods import Period, month, parse_period
from ido_desk.roles import MANAGER
from ido_desk.settings import get_setting, set_setting
from ido_desk.translatable import QT_TRANSLATE_NOOP, restored, stored

log = logging.getLogger(__name__)

SEEN_SETTING = "delivery_report_seen"  # the newest report whose notice was closed
DONE_SETTING = "delivery_done"  # after a run with nothing left: the visits then, the last month
RETRY = QT_TRANSLATE_NOOP(
    "core", "IDO Desk probeert het bij de volgende start opnieuw, of nu met 'ido-desk deliver'."
)


@dataclass(frozen=True)
class MonthOutcome:
    """What one run did with one month."""

    month: Period
    delivered: bool
    path: Path | None = None
    visits: int = 0
    problem: str | None = None


@dataclass(frozen=True)
class DeliveryRun:
    configured: bool  # a delivery or reports folder is set and there is an own location
    outcomes: tuple[MonthOutcome, ...] = ()
    reports: tuple[tuple[Period, Path], ...] = ()  # the monthly PDFs made in this run
    problem: str | None = None  # one calm line when a month waits or a report failed


@dataclass(frozen=True)
class MonthStatus:
    """One ended month as the settings and ``ido-desk delivery --status`` show it."""

    month: Period
    delivered_at: datetime | None
    path: Path | None  # the file as delivered
    visits: int  # in the delivered file
    changed: bool  # delivered, but its visits changed since: it goes again
    problem: str | None
    report_path: Path | None

    @property
    def pending(self) -> bool:
        return self.delivered_at is None or self.changed


def file_name(location_code: str, period: Period) -> str:
    """The stable name of a month's file: "IDO-GM0603-huis-van-de-stad-2026-10.zip"."""
    return f"IDO-{location_code}-{period.code}.zip"


def report_name(location_code: str, period: Period) -> str:
    return f"IDO-maandrapport-{location_code}-{period.code}.pdf"


# -- what is due ----------------------------------------------------------------------------


def ended_months(desk: Desk) -> list[Period]:
    """The months the loop covers: from the first visit's month (or the month the loop was
    set up in, when that is earlier) to the last month whose last day is over."""
    location = own_location(desk)
    if location is None:
        return []
    today = desk.clock().date()
    with desk.db.session() as session:
        first = q.first_visit(session, location.id)
    starts = [date(first.year, first.month, 1)] if first else []
    since = get_setting(desk, SINCE_SETTING, "")
    if since:
        starts.append(parse_period(since).start)
    if not starts:
        return []
    current = month(min(starts).year, min(starts).month)
    months = []
    while current.end <= today:  # a month counts as ended only after its last day
        months.append(current)
        current = month(current.end.year, current.end.month)
    return months


def delivery_status(desk: Desk) -> list[MonthStatus]:
    """Every ended month of the loop, oldest first."""
    location = own_location(desk)
    months = ended_months(desk)
    if location is None or not months:
        return []
    with desk.db.session() as session:
        signatures = q.month_signatures(session, location.id)
        rows = q.deliveries(session)
        result = []
        for period in months:
            row = rows.get(period.code)
            delivered = row is not None and row.delivered_at is not None
            signature = signatures.get(period.code, ("0:None:None", 0))[0]
            result.append(
                MonthStatus(
                    month=period,
                    delivered_at=row.delivered_at if row else None,
                    path=Path(row.folder) / row.file_name
                    if row and delivered and row.folder and row.file_name
                    else None,
                    visits=row.visits if row else 0,
                    changed=delivered and row is not None and row.signature != signature,
                    problem=restored(row.problem) if row else None,
                    report_path=Path(row.report_path) if row and row.report_path else None,
                )
            )
    return result


def months_to_deliver(desk: Desk) -> list[Period]:
    """The ended months not yet delivered, or changed since (they go into each manifest)."""
    return [status.month for status in delivery_status(desk) if status.pending]


# -- the run --------------------------------------------------------------------------------


_START_RUNS: weakref.WeakKeyDictionary[Desk, DeliveryRun] = weakref.WeakKeyDictionary()


def deliver_at_start(desk: Desk) -> None:
    """The start-of-day chore: never stops opening or logging, whatever goes wrong."""
    try:
        run = deliver_pending(desk)
    except Exception:  # a bug must not keep the desk shut: logged, tried again next start
        log.exception("the monthly delivery failed")
        return
    _START_RUNS[desk] = run
    if run.problem:
        log.info("delivery waits: %s", run.problem)  # the window and the deliver command say it


def deliver_pending(desk: Desk, period: Period | None = None) -> DeliveryRun:
    """Deliver every month that is due (with ``period``: the ended months in it, again even
    if nothing changed), then make the monthly PDFs not yet made. Needs no PIN: the manager
    set the loop up, and a scheduled task must be able to run it."""
    location = own_location(desk)
    folder = delivery_folder(desk)
    explicit_reports = bool(get_setting(desk, REPORTS_SETTING, ""))
    if location is None or (folder is None and not explicit_reports):
        return DeliveryRun(configured=False)
    done = _done_marker(desk, folder)
    if period is None and get_setting(desk, DONE_SETTING, "") == done:
        return DeliveryRun(configured=True)  # nothing changed since everything was done
    statuses = delivery_status(desk)
    if period is None:
        due = [s.month for s in statuses if s.pending]
    else:
        due = [s.month for s in statuses if period.start <= s.month.start < period.end]
    stamp = desk.clock()
    outcomes: list[MonthOutcome] = []
    problem: str | None = None
    if folder is not None and due:
        outcomes, problem = _deliver(desk, location, folder, due, months_to_deliver(desk), stamp)
    reports, report_problem = _make_reports(desk, location, statuses)
    if problem is None and report_problem is None and period is None:
        set_setting(desk, DONE_SETTING, done)
    return DeliveryRun(True, tuple(outcomes), tuple(reports), problem or report_problem)


def _done_marker(desk: Desk, folder: Path | None) -> str:
    """What a start compares to skip the work: the state of all the own visits, the last
    ended month and the folder. Any change (a visit, a month's end) means a full look."""
    today = desk.clock().date()
    with desk.db.session() as session:
        marker = q.change_marker(session)
    return f"{marker}|{month(today.year, today.month).previous().code}|{folder or ''}"


def _deliver(
    desk: Desk,
    location: LocationInfo,
    folder: Path,
    due: list[Period],
    pending: list[Period],
    stamp: datetime,
) -> tuple[list[MonthOutcome], str | None]:
    from ido_desk.exchange.export import export_period  # ReportLab-free, but not needed early

    waiting = {p.code for p in pending} | {p.code for p in due}
    outcomes: list[MonthOutcome] = []
    problem = None if folder.is_dir() else _missing(folder)
    for period in due:
        if problem is None:
            with desk.db.session() as session:
                signature = q.month_signatures(session, location.id).get(period.code)
            try:
                result = export_period(
                    _as_system(desk),
                    period.start,
                    period.end,
                    folder / file_name(location.code, period),
                    pending_months=sorted(waiting - {period.code}),
                    overwrite=True,  # a month delivered again replaces its file
                )
            except OSError as exc:
                problem = QT_TRANSLATE_NOOP(
                    "core", "{problem} Maak ruimte of kies een andere map. {retry}"
                ).format(problem=file_problem(exc), retry=RETRY)
            except (StorageError, ValidationError) as exc:
                problem = QT_TRANSLATE_NOOP("core", "{message} {retry}").format(
                    message=exc.message, retry=RETRY
                )
            else:
                waiting.discard(period.code)
                visits = result.visits - result.tombstones
                with desk.db.session() as session:
                    row = q.delivery_row(session, period.code)
                    row.delivered_at, row.attempted_at, row.problem = stamp, stamp, None
                    row.folder, row.file_name = str(folder), result.path.name
                    row.visits = visits
                    row.signature = signature[0] if signature else "0:None:None"
                outcomes.append(MonthOutcome(period, True, result.path, visits))
                continue
        with desk.db.session() as session:
            row = q.delivery_row(session, period.code)
            row.attempted_at, row.problem = stamp, stored(problem) if problem else None
        outcomes.append(MonthOutcome(period, False, problem=problem))
    return outcomes, problem


def _missing(folder: Path) -> str:
    return QT_TRANSLATE_NOOP(
        "core",
        "De bezorgmap {folder} is niet bereikbaar: steek de USB-stick in, maak "
        "de netwerkmap bereikbaar of kies een andere map bij Instellingen. "
        "{retry}",
    ).format(folder=folder, retry=RETRY)


def _as_system(desk: Desk) -> Desk:
    """The same desk with the manager's rights, for the export the manager set up; the desk
    itself (the window's, perhaps signed out) keeps its role."""
    system = copy.copy(desk)
    system.role = MANAGER
    return system


def _make_reports(
    desk: Desk, location: LocationInfo, statuses: list[MonthStatus]
) -> tuple[list[tuple[Period, Path]], str | None]:
    """The monthly PDF of each ended month since the loop was set up (and the month before),
    once per month."""
    since = get_setting(desk, SINCE_SETTING, "")
    if not since:
        return [], None
    first = parse_period(since).previous().start
    due = [s.month for s in statuses if s.month.start >= first and s.report_path is None]
    if not due:
        return [], None
    from ido_desk.reports.service import ReportRequest, build_report, write_report  # late

    folder = reports_folder(desk)
    made: list[tuple[Period, Path]] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for period in due:
            report = build_report(desk, ReportRequest("monthly", period))
            path = write_report(report, folder / report_name(location.code, period))
            with desk.db.session() as session:
                row = q.delivery_row(session, period.code)
                row.report_path, row.report_at = str(path), desk.clock()
            made.append((period, path))
    except OSError as exc:
        return made, QT_TRANSLATE_NOOP(
            "core", "Maandrapport niet gemaakt: {problem} {retry}"
        ).format(problem=file_problem(exc), retry=RETRY)
    except (StorageError, ValidationError) as exc:
        return made, QT_TRANSLATE_NOOP(
            "core", "Maandrapport niet gemaakt: {message} {retry}"
        ).format(message=exc.message, retry=RETRY)
    return made, None


# -- what the window shows ------------------------------------------------------------------


def report_notice(desk: Desk) -> tuple[Period, Path] | None:
    """The newest monthly PDF made whose notice was not closed yet."""
    seen = get_setting(desk, SEEN_SETTING, "")
    newest = [s for s in delivery_status(desk) if s.report_path is not None]
    if not newest or newest[-1].month.code <= seen:
        return None
    return newest[-1].month, newest[-1].report_path  # type: ignore[return-value]


def close_report_notice(desk: Desk, period: Period) -> None:
    set_setting(desk, SEEN_SETTING, period.code)


def waiting_problem(desk: Desk) -> tuple[list[Period], str | None]:
    """The months that wait, and the last reason given for them (None: not tried yet)."""
    if delivery_folder(desk) is None:
        return [], None
    waiting = [s for s in delivery_status(desk) if s.pending]
    problems = [s.problem for s in waiting if s.problem]
    return [s.month for s in waiting], problems[-1] if problems else None


def start_run(desk: Desk) -> DeliveryRun | None:
    """What the start of this desk delivered (None: it did not run): what ``ido-desk
    deliver`` reports when the start of the command itself already did the work."""
    return _START_RUNS.get(desk)


def unreachable(desk: Desk) -> Path | None:
    """The delivery folder when it is set but cannot be reached now."""
    folder = delivery_folder(desk)
    return folder if folder is not None and not folder.is_dir() else None
