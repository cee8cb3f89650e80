"""Several coordinators on one database: a commit by another desk or another process is
noticed (SQLite's data_version, PostgreSQL's NOTIFY) and our own is not; the window is told
within seconds; the manager PIN and its wrong tries are the database's, so every PC shares
them. Run on both databases."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from db.data_version import DataVersion
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.roles import (
    PermissionDenied,
    PinRefused,
    pin_is_set,
    pin_wait,
    require_manager,
    set_pin,
    sign_in,
    sign_out,
)
from ido_desk.visits import record_visit
from ido_desk.watch import watch_data
from tests.ui_helpers import live_visits

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),))
WAIT_S = 10.0  # at most, for a notice that must come (it comes within milliseconds)


@pytest.fixture
def other(desk: Desk, paths: Paths) -> Iterator[Desk]:
    """A second desk on the same database: another coordinator's window."""
    second = open_desk(paths)
    yield second
    second.close()


@pytest.fixture
def watch(desk: Desk) -> Iterator[DataVersion]:
    found = watch_data(desk)
    yield found
    found.close()


def test_a_commit_elsewhere_is_news_and_our_own_is_not(
    desk: Desk, other: Desk, watch: DataVersion
) -> None:
    assert watch.available
    assert not watch.changed()
    record_visit(other, DIGID)
    assert watch.changed(WAIT_S)
    assert not watch.changed()  # told once

    record_visit(desk, DIGID)  # this window's own save, told by its announce
    watch.absorb()
    assert not watch.changed(WAIT_S)  # PostgreSQL: its notice came, and carried our name

    record_visit(other, DIGID)  # elsewhere, then here: on SQLite our absorb takes both (a
    record_visit(desk, DIGID)  # count tells no one's); PostgreSQL's notices say whose
    watch.absorb()
    assert watch.changed(WAIT_S) == (desk.db.engine.dialect.name == "postgresql")


def test_a_transaction_rolled_back_elsewhere_is_no_news(
    desk: Desk, other: Desk, watch: DataVersion
) -> None:
    with pytest.raises(RuntimeError), other.db.session() as session:
        from db.models import Setting

        session.add(Setting(key="probe", value="1"))
        session.flush()
        raise RuntimeError("rolled back")
    record_visit(desk, DIGID)  # a sync point: our own notice comes after any of the other's
    watch.absorb()
    assert not watch.changed(WAIT_S)


ANOTHER_WINDOW = """
import sys
from ido_desk.config import resolve_paths
from ido_desk.desk import open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
desk = open_desk(resolve_paths(sys.argv[1], sys.argv[2], environ={}))
print(record_visit(desk, VisitDraft(questions=(QuestionDraft("belastingen"),))))
desk.close()
"""


def test_another_process_is_noticed_by_the_window(qtbot: Any, desk: Desk, paths: Paths) -> None:
    from ui.changes import ELSEWHERE, ChangeWatch, changes_of

    watcher = ChangeWatch(desk)
    watcher.timer.setInterval(50)
    try:
        heard: list[Any] = []
        changes_of(desk).changed.connect(heard.append)
        root = Path(__file__).resolve().parent.parent
        done = subprocess.run(  # another coordinator's program, on the same database
            [sys.executable, "-c", ANOTHER_WINDOW, str(paths.data_dir), paths.database_url],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: heard == [ELSEWHERE], timeout=10_000)
        assert len(live_visits(desk)) == 1
    finally:
        watcher.stop()


def test_the_manager_pin_is_the_databases(desk: Desk, other: Desk) -> None:
    assert not pin_is_set(other)
    set_pin(desk, "4711")  # at one coordinator's PC
    assert pin_is_set(other)  # at another's
    with pytest.raises(PermissionDenied):
        require_manager(other, "Lijsten aanpassen")
    sign_in(other, "4711")
    require_manager(other, "Lijsten aanpassen")
    sign_out(other)

    for _ in range(3):  # wrong tries at one PC ...
        with pytest.raises(PinRefused):
            sign_in(other, "0000")
    assert pin_wait(desk) > 0  # ... make the other wait too
    with pytest.raises(PinRefused):
        sign_in(desk, "4711")


@pytest.mark.postgres_only
def test_a_lost_listening_connection_is_made_again(
    desk: Desk, other: Desk, watch: DataVersion
) -> None:
    from sqlalchemy import text

    with other.db.engine.connect() as connection:  # e.g. the server restarted
        ended = connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query = :listen AND datname = current_database()"
            ),
            {"listen": "LISTEN ido_desk_changes"},
        ).all()
    assert ended == [(True,)]
    record_visit(other, DIGID)  # missed while the connection was gone
    assert watch.changed(WAIT_S)  # quietly listening again; what happened in between: news
    assert not watch.changed()
    notices_come_as_before(watch, desk, other)


def notices_come_as_before(watch: DataVersion, desk: Desk, other: Desk) -> None:
    record_visit(other, DIGID)
    assert watch.changed(WAIT_S)
    record_visit(desk, DIGID)
    assert not watch.changed(WAIT_S)


@pytest.mark.postgres_only
def test_while_the_server_lets_no_one_in_the_watch_waits_quietly(
    desk: Desk, other: Desk, watch: DataVersion
) -> None:
    """The server restarting: the desk's connections are cut (the listening one and those in
    its pool) and new ones are refused for a while. Asking says "no news" (no error, no driver
    text) until it can listen again, then "news"; notices come as before, and the desk's own
    next write goes through on a new connection."""
    from sqlalchemy import create_engine, text

    from db.engine import Database
    from tests import pg_test_server

    record_visit(desk, DIGID)  # the pool holds a connection now, beside the listening one
    name = make_url(other.paths.database_url).database
    with desk.db.engine.connect() as connection:  # the watched desk's connections
        watched = connection.exec_driver_sql("SHOW application_name").scalar_one()
    fresh = Database(other.paths.database_url)  # no connection yet
    admin = create_engine(pg_test_server.admin_url() or "", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
            ended = connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = :name AND application_name = :watched"
                ),  # waits until they are gone
                {"name": name, "watched": watched},
            ).all()
            assert ended == [(True,), (True,)]  # the listening one and the pool's
            assert watch.changed(0.5) is False
            assert watch.changed() is False  # asked again: still away, still quiet
            late = DataVersion(fresh.engine)  # a window opened just now: no error either
            assert late.changed() is False
            connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
    finally:
        admin.dispose()
    assert watch.changed()  # listening again: what happened in between is unknown
    assert late.changed()  # listening now
    late.close()
    fresh.dispose()
    notices_come_as_before(watch, desk, other)


@pytest.mark.postgres_only
def test_the_coordinators_user_needs_no_more_than_the_data(
    hub: dict[str, str], tmp_path: Path
) -> None:
    from sqlalchemy import create_engine, text

    from db.errors import StorageError
    from ido_desk.audit_log import read_audit
    from ido_desk.location import LocationInput, set_location
    from ido_desk.visits import update_visit

    with pytest.raises(StorageError, match="alleen de eigenaar"):  # an empty database
        open_desk(resolve_paths(tmp_path / "pc1", hub["app"], environ={}))
    open_desk(resolve_paths(tmp_path / "beheer", hub["owner"], environ={})).close()  # migrates
    engine = create_engine(hub["admin_db"], isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(hub["revoke"]))
    engine.dispose()

    anna = open_desk(resolve_paths(tmp_path / "pc1", hub["app"], environ={}))
    bert = open_desk(resolve_paths(tmp_path / "pc2", hub["app"], environ={}))
    try:
        anna.name, bert.name = "Anna", "Bert"
        watch = watch_data(anna)
        set_location(anna, LocationInput("Regio", "Rijswijk", "GM0603"))
        visit = record_visit(bert, DIGID)
        update_visit(bert, visit, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
        assert watch.changed(WAIT_S)  # Bert's work reaches Anna's window
        set_pin(anna, "4711")
        sign_in(bert, "4711")
        assert [r.who for r in read_audit(bert)] == ["Balie (Anna)", "Balie (Bert)"]
        update_visit(bert, visit, DIGID)  # the README's "Beheerder (Anna)": signed in
        assert read_audit(bert)[0].who == "Beheerder (Bert)"
        watch.close()
    finally:
        anna.close()
        bert.close()


@pytest.mark.postgres_only
def test_a_write_with_the_replication_role_is_told_too(other: Desk, watch: DataVersion) -> None:
    """The import's apply turns foreign-key triggers off where it may (replica); the notice
    trigger still fires."""
    from sqlalchemy import text

    from db.models import Setting

    with other.db.session() as session:
        session.execute(text("SET LOCAL session_replication_role = replica"))
        session.add(Setting(key="probe", value="1"))
    assert watch.changed(WAIT_S)


@pytest.mark.postgres_only
def test_a_user_who_may_use_no_schema_is_told_in_one_line(
    hub: dict[str, str], tmp_path: Path
) -> None:
    """A role with CONNECT only (no USAGE on the schema): the empty database cannot be set up
    by it, and it is told who can, not to restore a backup."""
    from sqlalchemy import create_engine, text

    from db.errors import StorageError

    role = f"ido_t{os.getpid()}_none"
    engine = create_engine(hub["admin_db"], isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
            password = make_url(hub["admin_db"]).password
            connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'"))
            connection.execute(
                text(f"GRANT CONNECT ON DATABASE {make_url(hub['admin_db']).database} TO {role}")
            )
        url = make_url(hub["admin_db"]).set(username=role).render_as_string(False)
        with pytest.raises(StorageError, match="alleen de eigenaar") as refused:
            open_desk(resolve_paths(tmp_path / "pc3", url, environ={}))
        assert "\n" not in str(refused.value) and "back-up" not in str(refused.value)
    finally:
        with engine.connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        engine.dispose()


@pytest.mark.postgres_only
def test_a_second_coordinators_setup_does_not_move_the_hubs_location(
    cli: Any, paths: Paths
) -> None:
    """One own location per database: a coordinator who follows the set-up again is refused
    and nothing changes; --change changes it for everyone."""
    from tests.db_helpers import rows_at
    from tests.test_cli import SETUP, ok

    own = "SELECT municipality, cbs_code FROM location WHERE is_own = ?"
    ok(cli(*SETUP))
    venlo = ("setup", "--location-name", "Provinciekantoor", "--municipality", "Venlo",
             "--cbs-code", "GM0983")  # fmt: skip
    refused = cli(*venlo)
    assert refused.returncode == 2 and "heeft al een eigen locatie" in refused.stderr
    assert rows_at(paths, own, True) == [("Rijswijk", "GM0603")]
    changed = cli(*venlo, "--change")
    assert changed.returncode == 0 and "Venlo, GM0983" in changed.stdout
    assert rows_at(paths, own, True) == [("Venlo", "GM0983")]


@pytest.mark.postgres_only
def test_the_window_refuses_to_move_the_hubs_location_as_the_cli_does(
    qtbot: Any, desk: Desk, paths: Paths
) -> None:
    """Instellingen > Locatie on a shared database: saving another municipality is refused
    with the same words as 'ido-desk setup' and nothing changes; only a second, explicit
    "for everyone" save changes it (the window's --change), as one audited edit."""
    from PySide6.QtCore import Qt

    from tests.db_helpers import rows_at
    from tests.ui_helpers import show_window
    from ui.app import build_main_window
    from ui.tabs import SETTINGS

    own = "SELECT municipality, cbs_code FROM location WHERE is_own = ?"
    window = build_main_window(desk)
    show_window(qtbot, window)
    window.show_tab(SETTINGS)
    settings = window.pages[SETTINGS].view
    qtbot.mouseClick(settings.location_button, Qt.MouseButton.LeftButton)
    dialog = settings.location_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.municipality.clear()
    qtbot.keyClicks(dialog.municipality, "Venlo")
    dialog.cbs_code.clear()
    qtbot.keyClicks(dialog.cbs_code, "GM0983")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # still Zuid-Holland
    assert (
        dialog.errors["province"].text() == "GM0983 (Venlo) ligt in Limburg, niet in Zuid-Holland."
    )
    dialog.province.setCurrentIndex(dialog.province.findData("Limburg"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "heeft al een eigen locatie" in dialog.general_error.text()
    assert rows_at(paths, own, True) == [("Rijswijk", "GM0603")]
    assert "Rijswijk" in settings.location_summary.text()

    assert dialog.save_button.text() == "Wijzigen voor iedereen"
    with qtbot.waitSignal(settings.location_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert rows_at(paths, own, True) == [("Venlo", "GM0983")]
    assert "Venlo (GM0983), Limburg" in settings.location_summary.text()
