"""What a user is told when a file, folder, disk or database URL lets them down: one clear
line (CLI) or message (window), never a traceback."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from db.engine import storage_error
from db.errors import (
    CannotOpen,
    ConnectionLost,
    CorruptDatabase,
    DatabaseLocked,
    DiskFull,
    DiskIOError,
    ExitCode,
    Kind,
    ReadOnlyDatabase,
    UnexpectedStorageError,
    UserError,
)
from ido_desk.config import resolve_paths
from ido_desk.errors import NotFound, ValidationError, describe, file_problem
from tests import pg_test_server
from tests.db_helpers import rows
from tests.ui_helpers import when_modal
from ui.app import EXIT_STORAGE, run_window


def sqlite_error(code: int, name: str, text: str) -> sqlite3.Error:
    """An error as SQLite raises it, with its extended result code."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "name", "text", "kind", "said"),
    [
        (13, "SQLITE_FULL", "database or disk is full", DiskFull, "schijf is vol"),
        (266, "SQLITE_IOERR_READ", "disk I/O error", DiskIOError, "niet vol"),
        (1034, "SQLITE_IOERR_FSYNC", "disk I/O error", DiskIOError, "niet vol"),
        (3850, "SQLITE_IOERR_LOCK", "disk I/O error", DiskIOError, "schrijffout"),
        (11, "SQLITE_CORRUPT", "database disk image is malformed", CorruptDatabase, "beschadigd"),
        (26, "SQLITE_NOTADB", "file is not a database", CorruptDatabase, "beschadigd"),
        (5, "SQLITE_BUSY", "database is locked", DatabaseLocked, "in gebruik"),
        (517, "SQLITE_BUSY_SNAPSHOT", "database is locked", DatabaseLocked, "in gebruik"),
        (6, "SQLITE_LOCKED", "database table is locked", DatabaseLocked, "in gebruik"),
        (15, "SQLITE_PROTOCOL", "locking protocol", DatabaseLocked, "in gebruik"),
        (8, "SQLITE_READONLY", "attempt to write a readonly database", ReadOnlyDatabase, "alleen"),
        (1032, "SQLITE_READONLY_DBMOVED", "readonly", ReadOnlyDatabase, "alleen-lezen"),
        (14, "SQLITE_CANTOPEN", "unable to open database file", CannotOpen, "geopend"),
        (7, "SQLITE_NOMEM", "out of memory", UnexpectedStorageError, "SQLITE_NOMEM"),
        (24, "SQLITE_FORMAT", "unknown", UnexpectedStorageError, "SQLITE_FORMAT"),
    ],
)
def test_storage_errors_are_told_by_sqlite_result_code_not_text(
    code: int, name: str, text: str, kind: type, said: str
) -> None:
    raw = sqlite_error(code, name, "misleading: database or disk is full" if code != 13 else text)
    translated = storage_error(OperationalError("INSERT ...", {}, raw))
    assert type(translated) is kind
    told = describe(raw)
    assert said in told.message and "\n" not in told.message
    assert told.exit_code == (ExitCode.BUG if kind is UnexpectedStorageError else ExitCode.STORAGE)


def test_the_program_s_own_sql_mistakes_are_bugs_not_storage_problems() -> None:
    raw = sqlite_error(19, "SQLITE_CONSTRAINT", "UNIQUE constraint failed: visit.id")
    assert storage_error(raw) is None  # the caller sees the IntegrityError itself
    told = describe(raw)
    assert told.is_bug and told.exit_code == ExitCode.BUG and "Traceback" not in told.message


def test_every_user_error_is_one_family_with_one_exit_code_table() -> None:
    from ido_desk.exchange.format import RefusedFile
    from ido_desk.privacy.refusal import PrivacyError
    from ido_desk.privacy.screen import screen_note
    from ido_desk.roles import PermissionDenied

    findings = screen_note("bsn 111222333")
    cases = [
        (ValidationError("x", "fout"), ExitCode.USAGE),
        (NotFound("weg"), ExitCode.USAGE),
        (PrivacyError(findings), ExitCode.REFUSED),
        (PermissionDenied("Exporteren"), ExitCode.REFUSED),
        (RefusedFile("a.zip", "kapot"), ExitCode.REFUSED),
        (DiskFull("vol"), ExitCode.STORAGE),
    ]
    for error, code in cases:
        assert isinstance(error, UserError)
        assert describe(error).exit_code == code and error.kind is Kind.USER


def test_an_io_error_is_not_a_full_disk() -> None:
    message = file_problem(OSError(errno.EIO, "Input/output error", "/media/usb/x.pdf"))
    assert "vol" not in message.replace("niet vol", "") and "/media/usb/x.pdf" in message


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOENT, "bestaat niet"),
        (errno.EACCES, "Geen toestemming"),
        (errno.EROFS, "alleen-lezen"),
        (errno.ENOSPC, "schijf is vol"),
    ],
)
def test_file_problems_name_the_file_and_the_reason(code: int, expected: str) -> None:
    message = file_problem(OSError(code, "os text", "/media/usb/oktober.pdf"))
    assert expected in message and "/media/usb/oktober.pdf" in message


def test_a_report_to_an_unwritable_place_says_so(cli, desk) -> None:
    result = cli("report", "--period", "2026-10", "--out", "/proc/oktober.pdf")
    assert result.returncode == 4
    assert result.stderr.startswith("ido-desk: ")
    assert "/proc" in result.stderr and "Traceback" not in result.stderr


def test_a_data_folder_that_cannot_be_made_says_so(cli, tmp_path: Path) -> None:
    result = cli("--data-dir", "/proc/ido-desk-data", "visits")
    assert result.returncode == 4
    assert "gegevensmap" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["nonsense://x", "postgresql+nosuchdriver://u@localhost/ido"])
def test_an_unusable_database_url_says_so(cli, url: str) -> None:
    result = cli("--database-url", url, "visits")
    assert result.returncode == 4
    assert "database-URL" in result.stderr and "Traceback" not in result.stderr


def test_a_url_for_postgres_without_ql_says_what_it_should_begin_with(cli) -> None:
    line = told_on_the_cli(cli, "postgres+psycopg://anna:geheim@dbserver/ido_desk")
    assert "'postgres+psycopg://'" in line and "'postgresql+psycopg://'" in line, line
    assert "plugin" not in line and "geheim" not in line, line


@pytest.mark.postgres_only
def test_a_password_not_given_is_not_called_wrong(cli, role_with_password, monkeypatch) -> None:
    name, _password = role_with_password
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    with_one = make_url(server_url(host="127.0.0.1", username=name, password="x"))
    url = with_one.render_as_string(hide_password=False).replace(":x@", "@")  # none at all
    line = told_on_the_cli(cli, url)
    assert "geen gegeven" in line and "wachtwoordbestand" in line, line
    assert "klopt niet" not in line and "no password" not in line, line


def test_the_window_explains_a_folder_it_cannot_use_and_closes(qtbot) -> None:
    shown: list[str] = []

    def read_and_close(box) -> None:
        shown.append(box.text())
        box.close()

    when_modal(read_and_close)
    assert run_window(resolve_paths("/proc/ido-desk-data", environ={})) == EXIT_STORAGE
    assert "gegevensmap" in shown[0]


# -- a database server that lets the user down (PostgreSQL) --------------------------------


def server_url(**change: object) -> str:
    """The test server's URL with ``change`` applied (host, port, username, password,
    database), as the program would be given it."""
    admin = pg_test_server.admin_url()
    assert admin is not None
    url = make_url(admin)
    if "host" in change:  # over TCP: the server's own port on 127.0.0.1
        url = url.set(query={}, host=str(change.pop("host")), port=pg_test_server.server_port())
    return url.set(**change).render_as_string(hide_password=False)  # type: ignore[arg-type]


@pytest.fixture
def role_with_password() -> Iterator[tuple[str, str]]:
    """A login role with a password on the test server (dropped after)."""
    name, password = f"storage_pw_{os.getpid()}", "juist-wachtwoord"
    admin = create_engine(pg_test_server.admin_url() or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
        connection.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
    yield name, password
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


def told_on_the_cli(cli, url: str) -> str:
    result = cli("--database-url", url, "visits")
    assert result.returncode == ExitCode.STORAGE, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ido-desk: "), result.stderr
    return lines[0]


@pytest.mark.postgres_only
def test_a_server_on_the_wrong_port_is_unreachable(cli) -> None:
    admin = make_url(pg_test_server.admin_url() or "")
    port = pg_test_server.server_port() + 1
    url = admin.set(query={**admin.query, "port": str(port)}, port=None if "port" in admin.query
                    else port).render_as_string(False)  # fmt: skip
    line = told_on_the_cli(cli, url)
    assert "niet bereikbaar" in line and f"poort {port}" in line


@pytest.mark.postgres_only
def test_a_wrong_password_is_told_as_a_refused_login(cli, role_with_password) -> None:
    name, _password = role_with_password
    line = told_on_the_cli(cli, server_url(host="127.0.0.1", username=name, password="fout"))
    assert "weigert de aanmelding" in line and name in line and "fout" not in line


@pytest.mark.postgres_only
def test_a_database_that_does_not_exist_is_named(cli) -> None:
    line = told_on_the_cli(cli, server_url(database="storage_bestaat_niet"))
    assert "'storage_bestaat_niet' bestaat niet" in line


@pytest.mark.postgres_only
def test_the_window_tells_an_unreachable_server_in_dutch(qtbot, tmp_path: Path) -> None:
    shown: list[str] = []

    def read_and_close(box) -> None:
        shown.append(box.text())
        box.close()

    when_modal(read_and_close)
    url = server_url(database="storage_bestaat_niet")
    assert run_window(resolve_paths(tmp_path / "data", url, environ={})) == EXIT_STORAGE
    assert "IDO Desk kan de gegevens niet openen" in shown[0]
    assert "'storage_bestaat_niet' bestaat niet" in shown[0]


@pytest.mark.postgres_only
def test_a_connection_the_server_drops_is_told_and_nothing_is_half_saved(desk) -> None:
    from ido_desk.drafts import QuestionDraft, VisitDraft
    from ido_desk.visits import record_visit

    draft = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=5)
    record_visit(desk, draft)  # the pool holds a live connection now
    admin = create_engine(pg_test_server.admin_url() or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": desk.db.engine.url.database},
        )
    admin.dispose()
    with pytest.raises(ConnectionLost) as lost:
        record_visit(desk, draft)
    assert "verbroken" in describe(lost.value).message
    assert rows(desk, "SELECT count(*) FROM visit") == [(1,)]
    record_visit(desk, draft)  # the next one works on a new connection
    assert rows(desk, "SELECT count(*) FROM visit") == [(2,)]


@pytest.mark.postgres_only
def test_a_server_error_the_program_does_not_know_is_told_in_dutch_with_its_code(
    desk, paths
) -> None:
    """A coordinator logs while another holds the visits table past the lock timeout: the
    server's English ("canceling statement due to lock timeout") stays out of the one Dutch
    line, its SQLSTATE is kept for support; after the lock is gone the visit is logged."""
    from tests.conftest import cli_environment, run_in_process

    env = {**cli_environment(paths), "PGOPTIONS": "-c lock_timeout=300"}
    holder = create_engine(paths.database_url)
    with holder.connect() as connection:
        transaction = connection.begin()
        connection.execute(text("LOCK TABLE visit IN EXCLUSIVE MODE"))  # reads go on
        refused = run_in_process(("log", "--topic", "digid"), env)
        transaction.rollback()
    holder.dispose()
    line = refused.stderr.strip()
    assert refused.returncode == ExitCode.STORAGE, refused.stderr
    assert "\n" not in line and "Traceback" not in line
    assert "canceling" not in line and "lock timeout" not in line
    assert "55P03" in line and "beheerder" in line
    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    logged = run_in_process(("log", "--topic", "digid"), env)
    assert logged.returncode == 0, logged.stderr
    assert rows(desk, "SELECT count(*) FROM visit") == [(1,)]


def test_the_front_desk_storage_messages_say_gegevens_not_database() -> None:
    """The window says "de gegevens" (B1) where the core's storage messages said "database":
    a save refused because the file is busy, read-only, damaged or unreadable, and the kinds
    of backup the settings name. English says "data" for the same. (The server's messages,
    read by whoever runs it, keep "database".)"""
    from db.errors import MESSAGES
    from ido_desk.backup import KIND_LABELS
    from ido_desk.translatable import in_language

    front_desk = [*MESSAGES.values(), *KIND_LABELS.values()]
    error = describe(sqlite3.DatabaseError("no such savepoint"))
    front_desk.append(error.message)
    from sqlalchemy.exc import OperationalError as Operational

    unknown = storage_error(Operational("SELECT 1", None, sqlite_error(1, "SQLITE_ERROR", "x")))
    if unknown is not None:
        front_desk.append(unknown.message)
    for message in front_desk:
        said = str(message).replace("DatabaseError", "")  # the error's class name is the code
        assert "database" not in said.lower(), message
        english = in_language(message, "en").replace("DatabaseError", "")
        assert "database" not in english.lower(), english
    assert MESSAGES[DatabaseLocked].startswith("De gegevens zijn even in gebruik")
