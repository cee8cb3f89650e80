"""Backups of a PostgreSQL database: pg_dump (custom format), checked by restoring it into a
scratch database and counting, in the same rotation as the SQLite copies; before a schema
upgrade too; restored so that nothing is lost; and a clear message when the tools are not on
PATH (the CLI and the settings' backup panel). The SQLite side is tests/test_backup_*.py."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, make_url, text

from db.engine import Database
from db.errors import ConnectionLost, StorageError
from db.migrate import alembic_config
from db.pg_replace import replace_contents
from db.pg_tools import ToolFailed, count_in_archive, run_tool, scratch_database
from ido_desk.backup import DAILY, MANUAL, UPGRADE, BackupError, list_backups, make_backup
from ido_desk.config import Paths, resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.restore import restore
from ido_desk.startup import open_desk_for_the_day
from ido_desk.visits import record_visit
from tests import pg_test_server
from tests.db_helpers import rows_at

pytestmark = pytest.mark.postgres_only

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)


def visits_in(dump: Path) -> int:
    """The visits of a dump as a restore gives them back: in a scratch database."""
    engine = create_engine(pg_test_server.admin_url() or "")
    try:
        with scratch_database(engine, dump) as scratch, scratch.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM visit")).scalar_one())
    finally:
        engine.dispose()


def test_a_backup_is_a_checked_pg_dump_in_the_rotation(desk: Desk, clock) -> None:
    for _ in range(3):
        record_visit(desk, DIGID)
    info = make_backup(desk)
    assert info.path.name == "ido-desk-20261103-103000-handmatig.dump"
    assert (info.kind, info.made_at) == (MANUAL, clock.now)
    assert info.path.stat().st_mode & 0o777 == 0o600  # it holds notes
    assert count_in_archive(info.path) == 3 == visits_in(info.path)
    assert list(desk.paths.backup_dir.glob("*.part")) == []
    clock.now += timedelta(minutes=1)
    second = make_backup(desk)
    assert [b.path for b in list_backups(desk.paths)] == [second.path, info.path]  # one more


def test_the_first_coordinator_to_start_makes_the_day_s_backup(desk: Desk, tmp_path: Path) -> None:
    """Two PCs, each with its own data folder, one database: one daily backup a day."""
    record_visit(desk, DIGID)
    desk.close()
    first_pc = desk.paths
    second_pc = resolve_paths(tmp_path / "second-pc", desk.paths.database_url, environ={})
    day = datetime(2026, 11, 4, 8, 30)
    open_desk_for_the_day(first_pc, clock=lambda: day).close()
    open_desk_for_the_day(second_pc, clock=lambda: day + timedelta(hours=1)).close()
    assert [(b.kind, b.made_at) for b in list_backups(first_pc)] == [(DAILY, day)]
    assert second_pc.data_dir.is_dir() and list_backups(second_pc) == []  # the folder is made
    next_day = day + timedelta(days=1)
    open_desk_for_the_day(second_pc, clock=lambda: next_day).close()
    assert [b.made_at for b in list_backups(second_pc)] == [next_day]


@pytest.fixture
def old_database(tmp_path: Path) -> Iterator[Paths]:
    """A database an older release left at schema 0005, with one visit in it."""
    url = pg_test_server.fresh_database_url(migrated=False)
    paths = resolve_paths(tmp_path / "data", database_url=url, environ={})
    old = Database(url)
    config = alembic_config(old)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005_delivery")
    old.dispose()
    try:
        yield paths
    finally:
        pg_test_server.drop_database(url)


def test_a_schema_upgrade_is_preceded_by_a_pg_dump(old_database: Paths) -> None:
    desk = open_desk(old_database)
    desk.close()
    [copy] = [b for b in list_backups(old_database) if b.kind == UPGRADE]
    assert copy.path.name.endswith("-voor-upgrade-0005_delivery.dump")
    engine = create_engine(pg_test_server.admin_url() or "")
    try:
        with scratch_database(engine, copy.path) as scratch, scratch.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar_one() == "0005_delivery"
    finally:
        engine.dispose()


def test_an_upgrade_without_pg_dump_goes_ahead_and_says_there_is_no_copy(
    old_database: Paths, monkeypatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    desk = open_desk(old_database)
    try:
        assert any("geen kopie" in n and "pg_dump" in n for n in desk.notices)
    finally:
        desk.close()
    assert list_backups(old_database) == []
    assert rows_at(old_database, "SELECT count(*) FROM alembic_version") == [(1,)]


def test_the_cli_backs_up_and_restores_and_nothing_is_lost(paths: Paths, desk: Desk, cli) -> None:
    kept = record_visit(desk, DIGID)
    made = cli("backup")
    assert made.returncode == 0, made.stderr
    count, noun = re.findall(r"In de map: (\d+) (back-ups?)\.", made.stdout)[0]  # the rotation
    assert noun == ("back-up" if count == "1" else "back-ups")  # decides how many: the hour
    assert "Back-up gemaakt en gecontroleerd" in made.stdout and ".dump" in made.stdout
    backup = list_backups(paths)[0].path
    record_visit(desk, DIGID)
    desk.close()
    done = cli("restore", "--yes", str(backup))
    assert done.returncode == 0, done.stderr
    assert "1 registratie(s)" in done.stdout
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]
    [replaced] = [b for b in list_backups(paths) if b.kind == "voor-terugzetten"]
    assert count_in_archive(replaced.path) == 2
    added = cli("list", "add", "topic", "energietoeslag", "--label", "Energietoeslag")
    assert added.returncode == 0, added.stderr  # the sequences came back with the rows
    assert cli("log", "--topic", "digid_activeren").returncode == 0


def test_without_pg_dump_the_cli_says_what_to_do(desk: Desk, cli, monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    result = cli("backup")
    assert result.returncode == 4
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "pg_dump" in line and "PATH" in line and "postgresql-client" in line
    english = cli("--lang", "en", "backup").stderr  # the same advice in English
    assert "IDO Desk makes backups of a PostgreSQL database with pg_dump, but that program" in (
        english
    )
    assert "not in the PATH of this PC. Install the PostgreSQL client programs" in english


def test_the_backup_panel_makes_and_restores_a_dump(qtbot, paths: Paths, desk: Desk) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.ui_helpers import click_message_button, when_modal
    from ui.backup_panel import BackupPanel

    kept = record_visit(desk, DIGID)
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.backup_made, timeout=60_000) as made:
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    record_visit(desk, DIGID)
    when_modal(click_message_button(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(panel.restored, timeout=60_000):
        panel.restore_file(made.args[0].path)
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]
    assert panel.status.text().startswith("Teruggezet. De gegevens van daarvoor zijn bewaard als")
    record_visit(desk, DIGID)  # the open desk goes on with the restored database


def test_without_the_tools_the_panel_says_what_to_do(qtbot, desk: Desk, monkeypatch) -> None:
    from ui.backup_panel import BackupPanel

    monkeypatch.setenv("PATH", "/nonexistent")
    panel = BackupPanel(desk)
    qtbot.addWidget(panel)
    assert "pg_dump en pg_restore" in panel.status.text()
    assert "PATH" in panel.status.text()
    assert not panel.backup_button.isEnabled() and not panel.restore_button.isEnabled()


def test_a_damaged_dump_or_another_program_s_dump_is_refused(
    paths: Paths, desk: Desk, tmp_path: Path
) -> None:
    kept = record_visit(desk, DIGID)
    junk = tmp_path / "kapot.dump"
    junk.write_bytes(b"\0PGDMP" * 1000)
    with pytest.raises(BackupError, match="kan niet worden teruggezet"):
        restore(paths, junk)
    url = pg_test_server.fresh_database_url(migrated=False)
    try:
        other = create_engine(url)
        with other.begin() as connection:
            connection.execute(text("CREATE TABLE boeken (titel text)"))
        other.dispose()
        foreign = tmp_path / "boeken.dump"
        run_tool("pg_dump", "--format=custom", f"--file={foreign}", url=make_url(url))
    finally:
        pg_test_server.drop_database(url)
    with pytest.raises(BackupError, match="geen back-up van IDO Desk"):
        restore(paths, foreign)
    assert rows_at(paths, "SELECT id FROM visit") == [(kept,)]  # nothing changed


def test_a_check_that_cannot_log_in_is_not_called_damage(
    paths: Paths, desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    """A password file that names only the live database (not the scratch one the check
    makes): the backup is refused with what to change, not as a damaged database."""
    record_visit(desk, DIGID)
    admin = make_url(pg_test_server.admin_url() or "")
    role, password = f"ido_t_check_{tmp_path.name[-6:]}".lower(), "geheim-42"
    live = make_url(paths.database_url).database
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"CREATE ROLE {role} LOGIN CREATEDB PASSWORD '{password}'"))
        with create_engine(
            make_url(paths.database_url), isolation_level="AUTOCOMMIT"
        ).connect() as connection:  # what a coordinator may do, in the live database
            connection.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
            connection.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}"))
        port = pg_test_server.server_port()
        pgpass = tmp_path / "pgpass"
        pgpass.write_text(f"127.0.0.1:{port}:{live}:{role}:{password}\n", encoding="utf-8")
        pgpass.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(pgpass))
        url = f"postgresql+psycopg://{role}@127.0.0.1:{port}/{live}"
        other = open_desk(resolve_paths(tmp_path / "other", database_url=url, environ={}))
        try:
            with pytest.raises(StorageError) as refused:
                make_backup(other)
        finally:
            other.close()
        message = str(refused.value)
        assert "beschadigd" not in message
        assert "niet worden gecontroleerd" in message and "pgpass" in message
        assert list(paths.backup_dir.glob("*.dump")) == []
    finally:
        with create_engine(
            make_url(paths.database_url), isolation_level="AUTOCOMMIT"
        ).connect() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
        with engine.connect() as connection:
            connection.execute(text(f"DROP ROLE {role}"))
        engine.dispose()


def _cut_off_the_copy(admin: Engine, scratch: str, done: list[int]) -> None:
    """End the scratch database's connection that waits on a lock (the restore's COPY), as a
    server restart would: polls the server until it waits, for 20 seconds at most."""
    deadline = time.monotonic() + 20
    with admin.connect() as connection:
        while time.monotonic() < deadline and not done:
            waiting = connection.execute(
                text(
                    "SELECT pid FROM pg_stat_activity WHERE datname = :name "
                    "AND wait_event_type = 'Lock'"
                ),
                {"name": scratch},
            ).scalars()
            for pid in waiting:
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                done.append(pid)
            time.sleep(0.05)


def test_a_restore_cut_off_by_the_server_is_told_in_dutch_and_changes_nothing(
    desk: Desk, paths: Paths
) -> None:
    """The connection is cut while the backup's rows are copied (the driver's own COPY, which
    SQLAlchemy does not wrap): the user is told so in Dutch, never the driver's English, and
    the live database is as it was."""
    record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    database = Database(paths.database_url)
    admin = create_engine(pg_test_server.admin_url() or "", isolation_level="AUTOCOMMIT")
    cut: list[int] = []
    try:
        with scratch_database(database.engine, backup.path) as scratch:
            holder = scratch.connect()  # holds the backup's visits: the COPY of them waits
            holder.execute(text("LOCK TABLE visit IN ACCESS EXCLUSIVE MODE"))
            cutter = threading.Thread(
                target=_cut_off_the_copy, args=(admin, scratch.url.database, cut)
            )
            try:
                with pytest.raises(StorageError) as lost:
                    replace_contents(
                        database.engine, scratch, backup.path, lambda _c: cutter.start()
                    )
            finally:
                cut.append(0)  # stops the cutter when the restore failed another way
                if cutter.is_alive():
                    cutter.join()
                holder.rollback()
                holder.close()
    finally:
        database.dispose()
        admin.dispose()
    message = str(lost.value)
    assert cut[0] != 0 and isinstance(lost.value, ConnectionLost)
    assert "De verbinding met de databaseserver is verbroken" in message
    assert not any(english in message for english in ("connection", "terminat", "COPY"))
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(2,)]


def test_a_tool_that_cannot_reach_the_server_says_so_in_dutch() -> None:
    """pg_dump's own complaint (libpq's English) is told as the program's message."""
    admin = make_url(pg_test_server.admin_url() or "")
    port = pg_test_server.server_port() + 1
    url = admin.set(query={}, host="127.0.0.1", port=port)
    with pytest.raises(ToolFailed) as failed:
        run_tool("pg_dump", "--schema-only", url=url)
    message = str(failed.value)
    assert message.startswith("pg_dump kon zijn werk niet doen. De databaseserver is niet")
    assert f"poort {port}" in message and "connection" not in message
