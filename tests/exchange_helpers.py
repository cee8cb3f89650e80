"""Helpers for the exchange tests: branch databases with visits, a coordinator, and reading
what is really in a database file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from ido_desk.config import resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.export import ExportResult, export_period
from ido_desk.location import LocationInput, set_location
from ido_desk.visits import record_visit
from tests.db_helpers import rows

NOW = datetime(2026, 11, 3, 10, 30)
OCTOBER = (date(2026, 10, 1), date(2026, 11, 1))

RIJSWIJK = LocationInput(
    name="Huis van de Stad",
    organisation="Bibliotheek Rijswijk",
    municipality="Rijswijk",
    cbs_code="GM0603",
    province="Zuid-Holland",
)
DELFT = LocationInput(
    name="DOK Centrum", organisation="DOK Delft", municipality="Delft", cbs_code="GM0503"
)
DELFT_ZUID = LocationInput(
    name="DOK Zuid", organisation="DOK Delft", municipality="Delft", cbs_code="GM0503"
)


def open_branch(folder: Path, location: LocationInput | None) -> Desk:
    """A desk on its own data folder, its clock fixed at 3 November 2026, 10:30."""
    desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: NOW)
    if location is not None:
        set_location(desk, location)
    return desk


def log(desk: Desk, when: datetime, *topics: str, note: str | None = None, **kw: Any) -> str:
    questions = tuple(QuestionDraft(t, help=kw.pop("help", None)) for t in topics or ("digid",))
    return record_visit(
        desk, VisitDraft(questions=questions, started_at=when, note=note, duration_min=10, **kw)
    )


def export(desk: Desk, folder: Path, period: tuple[date, date] = OCTOBER) -> ExportResult:
    return export_period(desk, period[0], period[1], folder, create_folder=True)


TABLES = (
    "visit",
    "question",
    "location",
    "trusted_key",
    "import_history",
    "import_change",
    "channel",
    "domain",
    "topic",
    "organisation",
    "help_kind",
    "referral_target",
)


def dump(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import may touch, to compare before and after."""
    return {table: sorted(rows(desk, f"SELECT * FROM {table}"), key=repr) for table in TABLES}


def yes(_question: object) -> bool:
    return True
