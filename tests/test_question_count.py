"""Every visit's ``question_count`` (migration 0011) is its number of question rows, after
every way of writing them: logging, a tally sheet, an edit that changes the questions and
moves the visit to another month, a delete, an undo, an import that adds, replaces and
deletes, the undo of that import, and the migration itself for the visits already there. The
reports count the questions per month from it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import text

from db.engine import Database, sqlite_url
from db.migrate import alembic_config
from ido_desk.config import resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.history import undo_import
from ido_desk.exchange.importer import import_files
from ido_desk.ids import hour_id
from ido_desk.periods import parse_period
from ido_desk.reports.service import ReportRequest, build_report
from ido_desk.visits import delete_visit, record_batch, undo_visit, update_visit
from tests import pg_test_server
from tests.db_helpers import miscounted_visits, rows
from tests.exchange_helpers import RIJSWIJK, export, log, open_branch, yes


def counts(desk: Desk) -> dict[str, int]:
    return dict(rows(desk, "SELECT id, question_count FROM visit"))


def questions_per_month(desk: Desk) -> dict[int, int]:
    """The municipality account's questions per month of 2026 (months with any)."""
    report = build_report(desk, ReportRequest("municipality", parse_period("2026"), None))
    section = report.sections[0]  # type: ignore[attr-defined]
    return {p.month: p.questions for p in section.months if p.questions}


def asked(*topics: str, at: datetime | None = None) -> VisitDraft:
    return VisitDraft(
        questions=tuple(QuestionDraft(t) for t in topics), started_at=at, duration_min=10
    )


def test_logging_editing_and_deleting_keep_the_count(tmp_path: Path) -> None:
    desk = open_branch(tmp_path / "branch", RIJSWIJK)
    try:
        two = log(desk, datetime(2026, 10, 1, 10), "digid", "wonen")
        sheet = record_batch(desk, 3, date(2026, 10, 2), asked("belastingen"))
        gone = log(desk, datetime(2026, 10, 3, 10), "digid")
        assert counts(desk) == {two: 2, **dict.fromkeys(sheet, 1), gone: 1}
        assert questions_per_month(desk) == {10: 6}

        # three questions instead of two, and moved to September
        update_visit(desk, two, asked("digid", "wonen", "zorg_wmo", at=datetime(2026, 9, 30, 9)))
        assert counts(desk)[two] == 3
        assert questions_per_month(desk) == {9: 3, 10: 4}
        update_visit(desk, two, asked("overig", at=datetime(2026, 9, 30, 9)))
        assert counts(desk)[two] == 1

        delete_visit(desk, sheet[0])  # a tombstone keeps its questions, and their count
        undo_visit(desk, gone)  # gone with its questions
        assert counts(desk) == {two: 1, **dict.fromkeys(sheet, 1)}
        assert questions_per_month(desk) == {9: 1, 10: 2}
        assert miscounted_visits(desk) == []
    finally:
        desk.close()


def test_imports_and_their_undo_keep_the_count(tmp_path: Path, coordinator: Desk) -> None:
    branch = open_branch(tmp_path / "branch", RIJSWIJK)
    try:
        kept = log(branch, datetime(2026, 10, 1, 10), "digid", "wonen", "belastingen")
        changed = log(branch, datetime(2026, 10, 2, 10), "digid")
        dropped = log(branch, datetime(2026, 10, 3, 10), "digid", "wonen")
        kept_id, changed_id, dropped_id = hour_id(kept), hour_id(changed), hour_id(dropped)
        import_files(coordinator, [export(branch, tmp_path / "1.zip").path], confirm_key=yes)
        assert counts(coordinator) == {kept_id: 3, changed_id: 1, dropped_id: 2}

        update_visit(branch, changed, asked("digid", "wonen", at=datetime(2026, 10, 2, 10)))
        delete_visit(branch, dropped)
        added = log(branch, datetime(2026, 10, 20, 10), "wonen", "digid", "overig", "zorg_wmo")
        second = import_files(coordinator, [export(branch, tmp_path / "2.zip").path])[0]
        assert (second.new, second.updated, second.deleted) == (1, 1, 1)
        assert counts(coordinator) == {kept_id: 3, changed_id: 2, dropped_id: 2, hour_id(added): 4}
        assert miscounted_visits(coordinator) == []

        undo_import(coordinator, second.import_id or 0)
        assert counts(coordinator) == {kept_id: 3, changed_id: 1, dropped_id: 2}
        assert miscounted_visits(coordinator) == []
    finally:
        branch.close()


def test_the_migration_counts_the_visits_already_there(tmp_path: Path, backend: str) -> None:
    """A database at 0010 with visits of none, one and three questions (and a tombstone)
    upgraded in place: every visit gets its count."""
    if backend == "postgresql":
        url = pg_test_server.fresh_database_url(migrated=False)
        paths = resolve_paths(tmp_path / "data", database_url=url, environ={})
    else:
        paths = resolve_paths(tmp_path / "data", environ={})
        assert paths.database_file is not None
        paths.database_file.parent.mkdir(parents=True)
        url = sqlite_url(paths.database_file)
    old = Database(url)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0010_applying_import")
    at = datetime(2026, 10, 1, 10)
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO location (id, code, name, organisation, municipality, cbs_code, "
                "province, setup, opening_hours, is_own, created_at) VALUES (1, 'x', 'x', '', "
                "'Rijswijk', 'GM0603', '', 'basis', '', true, :at)"
            ),
            {"at": at},
        )
        for visit_id, asked_n, deleted in (
            ("a", 1, None),
            ("b", 3, None),
            ("c", 0, None),
            ("d", 2, at),
        ):
            connection.execute(
                text(
                    "INSERT INTO visit (id, location_id, started_at, channel_id, entry, "
                    "created_at, updated_at, revision, deleted_at) "
                    "VALUES (:id, 1, :at, 1, 'live', :at, :at, 1, :deleted)"
                ),
                {"id": visit_id, "at": at, "deleted": deleted},
            )
            for position in range(1, asked_n + 1):
                connection.execute(
                    text(
                        "INSERT INTO question (visit_id, position, domain_id, topic_id) "
                        "VALUES (:id, :position, 1, 1)"
                    ),
                    {"id": visit_id, "position": position},
                )
    old.dispose()

    desk = open_desk(paths)
    try:
        assert counts(desk) == {"a": 1, "b": 3, "c": 0, "d": 2}
        assert miscounted_visits(desk) == []
    finally:
        desk.close()
        if backend == "postgresql":
            pg_test_server.drop_database(url)
