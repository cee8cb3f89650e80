"""The window's first read (``ido_desk.first_read``): the plain case is read with sqlite3 and
gives exactly what the services give; its SQL is the services' queries compiled afresh; every
other case gives None and the window opens the database the normal way."""

from __future__ import annotations

import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from db.engine import Database
from db.first_read_sql import LISTS, STATEMENTS
from db.migrate import alembic_config, script_revisions
from db.queries.catalogue import LIST_TABLES
from db.queries.first_read import compiled
from db.schema_head import HEAD_REVISION
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import Entry, QuestionDraft, VisitDraft
from ido_desk.first_read import read_for_window
from ido_desk.list_admin import NewItem, add_item, retire_item
from ido_desk.lists import load_catalogue
from ido_desk.location import own_location
from ido_desk.visit_reading import day_page
from ido_desk.visits import delete_visit, record_batch, record_visit, update_visit
from tests.conftest import Clock
from tests.test_migrations import at_revision

SQLITE = pytest.mark.sqlite_only("the first read reads a SQLite file")
NOW = datetime(2026, 11, 3, 14, 30)
OLDER = "0010_applying_import"  # the revision before the head


def test_the_head_constant_is_the_head_of_the_migrations() -> None:
    database = Database("sqlite://")
    try:
        alembic_head = ScriptDirectory.from_config(alembic_config(database)).get_current_head()
    finally:
        database.dispose()
    assert HEAD_REVISION == alembic_head == script_revisions()[1]


def test_the_stored_sql_is_the_queries_compiled_afresh() -> None:
    """``make first-read-sql`` writes db/first_read_sql.py again after a query changed."""
    assert compiled() == STATEMENTS
    assert tuple(LIST_TABLES) == LISTS


def a_day_of_every_kind(desk: Desk, clock: Clock) -> None:
    """Lists with a new topic, its sub-topics (one retired) and an organisation; today's
    visits live, back-dated, from a tally sheet, edited and deleted; yesterday's and
    tomorrow's around them."""
    add_item(desk, "organisation", NewItem(code="ggd", label_nl="GGD", level="gemeente"))
    add_item(desk, "topic", NewItem(code="energie", label_nl="Energietoeslag", label_en="Energy"))
    for code, label in (("energie_aanvraag", "Aanvragen"), ("energie_bezwaar", "Bezwaar")):
        add_item(desk, "topic", NewItem(code=code, label_nl=label, parent="energie"))
    desk.lists_changed()
    two = (
        QuestionDraft("energie", subtopic="energie_aanvraag", organisation="ggd"),
        QuestionDraft("digid_activeren", help="doorverwezen", referral="belastingdienst"),
    )
    today = clock.now.date()
    clock.now = datetime.combine(today, time(9, 5))
    record_visit(desk, VisitDraft(questions=two, channel="telefoon", duration_min=15))
    clock.now = datetime.combine(today, time(11, 40))
    edited = record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),)))
    update_visit(desk, edited, VisitDraft(questions=(QuestionDraft("toeslagen"),), duration_min=30))
    gone = record_visit(desk, VisitDraft(questions=(QuestionDraft("digid"),)))
    delete_visit(desk, gone)
    clock.now = NOW
    record_visit(
        desk,
        VisitDraft(
            questions=(QuestionDraft("energie", subtopic="energie_bezwaar"),),
            started_at=datetime.combine(today, time(8, 15)),
            entry=Entry.BACKDATED,
        ),
    )
    record_batch(desk, 3, today, VisitDraft(questions=(QuestionDraft("digid"),)), time(10))
    for day in (today - timedelta(days=1), today + timedelta(days=1)):
        clock.now = datetime.combine(day, time(12))
        record_visit(desk, VisitDraft(questions=(QuestionDraft("wonen"),)))
    clock.now = NOW
    retire_item(desk, "topic", "energie_bezwaar")
    desk.lists_changed()


@SQLITE
@pytest.mark.parametrize("english", [False, True])
def test_the_first_read_gives_what_the_services_give(
    desk: Desk, paths: Paths, clock: Clock, english: bool
) -> None:
    a_day_of_every_kind(desk, clock)
    first = read_for_window(paths, clock=clock, english=english)
    assert first is not None
    assert not first.desk.is_open  # nothing of SQLAlchemy's yet
    assert first.desk.catalogue == load_catalogue(desk.db)
    assert first.location == own_location(desk)
    today = day_page(desk, NOW.date(), 100, english=english)
    assert first.today == today
    assert [v.entry for v in today.visits].count(Entry.BATCH) == 3  # the case holds them all
    assert (today.visit_count, today.question_count) == (6, 7)
    small = read_for_window(paths, clock=clock, english=english, page_size=2)
    assert small is not None and small.today == day_page(desk, NOW.date(), 2, english=english)
    record_visit(first.desk, VisitDraft(questions=(QuestionDraft("digid"),)))  # opens it
    assert first.desk.is_open
    assert day_page(desk, NOW.date()).visit_count == 7


def stamp(file: Path, revision: str) -> None:
    connection = sqlite3.connect(file)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        connection.close()  # the last one: no -shm left mapped


@SQLITE
def test_every_other_case_is_left_to_the_normal_way(
    bare_desk: Desk, paths: Paths, tmp_path: Path
) -> None:
    assert read_for_window(paths) is None  # no location yet: the first start asks for it
    from ido_desk.location import set_location
    from tests.conftest import RIJSWIJK

    set_location(bare_desk, RIJSWIJK)
    bare_desk.close()
    assert read_for_window(paths) is not None  # the plain case
    file = paths.database_file
    assert file is not None

    at_revision(paths, OLDER, step=command.downgrade)  # an older program's database
    assert read_for_window(paths) is None
    open_desk(paths).close()  # the normal way upgrades it
    assert read_for_window(paths) is not None

    stamp(file, "0099_future")  # a newer program's
    assert read_for_window(paths) is None
    stamp(file, HEAD_REVISION)

    shm = Path(f"{file}-shm")
    shm.write_bytes(b"")  # a -shm without its -wal: visits may be lost, the user is told
    assert read_for_window(paths) is None
    shm.unlink()

    server = resolve_paths(tmp_path / "hub", database_url="postgresql+psycopg://h/db", environ={})
    assert read_for_window(server) is None

    saved = file.read_bytes()
    file.write_bytes(b"")  # empty
    assert read_for_window(paths) is None
    file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # damaged
    assert read_for_window(paths) is None
    file.unlink()  # missing: not made by the first read
    assert read_for_window(paths) is None
    assert not file.exists()
    file.write_bytes(saved)
    assert read_for_window(paths) is not None
