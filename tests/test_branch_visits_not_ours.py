"""Visits imported from other branches (on the shared hub, or a coordinator's own database)
are not the front desk's: its day list, "Zelfde als vorige", undo, edit and delete (window and
CLI) cover only the own location's visits; an imported visit's id is refused with a clear
message, and the day's count agrees with the national form's. Both backends."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ImportedVisit, NotFound
from ido_desk.reports.national_form.transfer import count_untransferred
from ido_desk.visit_reading import day_page, get_visit, last_visit
from ido_desk.visits import delete_visit, record_visit, undo_visit, update_visit
from tests.db_helpers import rows
from tests.report_data import V, add_location, add_visits
from tests.ui_helpers import show_window
from ui.day_list import DayList

DAY = datetime(2026, 11, 3)


def branch_visit(desk: Desk, at: datetime) -> str:
    """A visit of another branch, as an import leaves it (its own location, revision 1)."""
    delft = add_location(desk, "delft", "Bibliotheek Delft", "Delft", "GM0503")
    return add_visits(desk, [V(at=at, location=delft)])[0]


def test_the_desk_lists_and_changes_only_its_own_visits(qtbot, desk: Desk, clock) -> None:
    own = record_visit(
        desk, VisitDraft((QuestionDraft("digid"),), started_at=datetime(2026, 11, 3, 10, 20))
    )
    theirs = branch_visit(desk, datetime(2026, 11, 3, 10, 0))  # the newest id of the two
    page = day_page(desk, DAY.date())
    assert [v.id for v in page.visits] == [own]
    assert (page.visit_count, page.question_count) == (1, 1)
    assert page.visit_count == count_untransferred(desk)  # as the national form counts
    last = last_visit(desk)  # "Zelfde als vorige"
    assert last is not None and last.id == own
    with pytest.raises(NotFound):
        get_visit(desk, theirs)  # the edit dialog does not open it
    draft = VisitDraft((QuestionDraft("toeslagen"),), duration_min=5)
    for change in (
        lambda: update_visit(desk, theirs, draft),
        lambda: delete_visit(desk, theirs),
        lambda: undo_visit(desk, theirs),
    ):
        with pytest.raises(ImportedVisit):
            change()
    assert rows(desk, f"SELECT revision, deleted_at FROM visit WHERE id = '{theirs}'") == [
        (1, None)
    ]
    day_list = DayList(desk)  # the window's list of the day
    show_window(qtbot, day_list)
    assert day_list.model.rowCount() == 1


def test_the_cli_refuses_an_imported_visits_id(cli: Any, desk: Desk) -> None:
    logged = cli("log", "--topic", "digid_activeren", "--channel", "balie", check=True)
    assert logged.returncode == 0
    theirs = branch_visit(desk, datetime.now().replace(microsecond=0) - timedelta(minutes=5))
    for args in (("edit", theirs[-8:], "--duration", "30"), ("delete", theirs, "--yes")):
        refused = cli(*args)
        assert refused.returncode == 3, refused.stderr
        assert "is ingelezen van een andere locatie" in refused.stderr, refused.stderr
    assert rows(desk, f"SELECT revision, deleted_at FROM visit WHERE id = '{theirs}'") == [
        (1, None)
    ]
    listed = cli("visits", check=True)
    assert theirs[-8:] not in listed.stdout, listed.stdout
    assert cli("undo", check=True).returncode == 0  # takes back the own visit, not theirs
    assert rows(desk, "SELECT count(*) FROM visit WHERE deleted_at IS NULL") == [(1,)]
