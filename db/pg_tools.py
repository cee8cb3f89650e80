"""Backups of a PostgreSQL database with PostgreSQL's own tools, ``pg_dump`` and ``pg_restore``
(custom format), found on PATH.

- ``dump_file`` writes a dump as ``backup_file`` copies a SQLite file: under a scratch name,
  checked, then renamed. The check restores the dump into a scratch database and counts its
  visits against the count taken in the dump's own snapshot (``pg_dump --snapshot``), so the
  two must be equal. A role that may not create databases gets a lighter check: the dump is
  read through by ``pg_restore`` and its visits counted.
- ``scratch_database`` restores a dump into a database of its own (dropped afterwards):
  to check it, to read what is in it, and as the source of a restore.
- ``db.pg_replace.replace_contents`` puts a dump's tables in place of the live database's.

When a tool is missing, ``ToolMissing`` says what to install and where."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from db.errors import CorruptDatabase, StorageError, server_error_in
from db.files import replacing
from db.text import QT_TRANSLATE_NOOP

DUMP_SUFFIX = ".dump"
TOOL_TIMEOUT_S = 3600
_PATH_ADVICE = QT_TRANSLATE_NOOP(
    "core",
    "Installeer de PostgreSQL-clientprogramma's (Debian/Ubuntu: 'apt-get "
    "install postgresql-client'; Windows: de PostgreSQL-installer, onderdeel "
    "'Command Line Tools') en zet hun map in het PATH, of laat de beheerder "
    "van de databaseserver de back-ups maken.",
)


class ToolMissing(StorageError):
    """pg_dump or pg_restore is not on PATH: the message says what to install."""

    def __init__(self, tool: str) -> None:
        which = (
            QT_TRANSLATE_NOOP("core", "die programma's staan")
            if " en " in tool
            else QT_TRANSLATE_NOOP("core", "dat programma staat")
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "core",
                "Back-ups van een PostgreSQL-database maakt IDO Desk met {tool}, maar "
                "{which} niet in het PATH van deze pc. {advice}",
            ).format(tool=tool, which=which, advice=_PATH_ADVICE)
        )
        self.tool = tool


class ToolFailed(StorageError):
    """pg_dump or pg_restore stopped with an error; the message gives its first line."""


def find_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(name)
    return found


def tools_missing() -> list[str]:
    """The tools a PostgreSQL backup and restore need that are not on PATH."""
    return [name for name in ("pg_dump", "pg_restore") if shutil.which(name) is None]


def libpq_target(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI for ``url`` (no password in it: it would show in the process
    list) and the environment that carries the password."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def run_tool(name: str, *args: str, url: URL | None = None) -> str:
    """Run a tool; its standard output, or ToolFailed naming its first line of complaint."""
    command = [find_tool(name), *args]
    env = dict(os.environ)
    if url is not None:
        target, env = libpq_target(url)
        command.append(f"--dbname={target}")
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=TOOL_TIMEOUT_S, check=False
        )
    except OSError as exc:
        raise ToolFailed(
            QT_TRANSLATE_NOOP("core", "{name} kon niet worden gestart: {reason}.").format(
                name=name, reason=exc.strerror or exc
            )
        ) from exc
    if done.returncode != 0:
        told = server_error_in(done.stderr)  # a server away or a connection cut: in Dutch
        if told is not None:
            raise ToolFailed(
                QT_TRANSLATE_NOOP("core", "{name} kon zijn werk niet doen. {message}").format(
                    name=name, message=told.message
                )
            )
        lines = [line for line in done.stderr.splitlines() if line.strip()] or [
            QT_TRANSLATE_NOOP("core", "(geen uitleg)")
        ]
        raise ToolFailed(
            QT_TRANSLATE_NOOP("core", "{name} gaf een fout: {complaint}").format(
                name=name, complaint=lines[0].removeprefix(f"{name}: ")
            )
        )
    return done.stdout


def _autocommit(engine: Engine) -> Any:
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def dump(engine: Engine, target: Path) -> int:
    """``pg_dump`` (custom format) of the database into ``target``; the number of visits in
    the dump, counted in the dump's own snapshot."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
        snapshot = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
        visits = int(connection.execute(text("SELECT count(*) FROM visit")).scalar_one())
        run_tool(
            "pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}",
            url=engine.url,
        )  # fmt: skip
        connection.rollback()
    return visits


@contextmanager
def scratch_database(engine: Engine, archive: Path) -> Iterator[Engine]:
    """The dump restored into a new database beside the live one, dropped when the block
    ends. ToolFailed when the dump cannot be restored; PermissionDenied (a StorageError) when
    the role may not create a database."""
    base = engine.url.database or "ido_desk"
    name = f"{base[:40]}_controle_{secrets.token_hex(4)}"
    quoted = engine.dialect.identifier_preparer.quote(name)
    try:
        with _autocommit(engine) as connection:
            connection.execute(text(f"CREATE DATABASE {quoted}"))
    except ProgrammingError as exc:  # insufficient_privilege
        raise NoScratchDatabase(
            QT_TRANSLATE_NOOP(
                "core",
                "De databaserol {role} mag geen database aanmaken (nodig om een back-up "
                "te controleren of terug te zetten): geef hem CREATEDB.",
            ).format(role=engine.url.username or "")
        ) from exc
    scratch = create_engine(engine.url.set(database=name))
    try:
        run_tool(
            "pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
            "--single-transaction", str(archive), url=scratch.url,
        )  # fmt: skip
        yield scratch
    finally:
        scratch.dispose()
        with _autocommit(engine) as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)"))


class NoScratchDatabase(StorageError):
    """The role may not create the scratch database a check or a restore needs."""


def count_in_archive(archive: Path, table: str = "visit") -> int:
    """The rows of ``table`` in a dump, read through by pg_restore (no database needed)."""
    script = run_tool("pg_restore", "--data-only", f"--table={table}", "--file=-", str(archive))
    rows, inside = 0, False
    for line in script.splitlines():
        if line.startswith("COPY "):
            inside = True
        elif inside and line == "\\.":
            inside = False
        elif inside:
            rows += 1
    return rows


def verify_dump(engine: Engine, archive: Path, visits: int) -> None:
    """CorruptDatabase unless the dump restores (or, without CREATEDB, reads through) with
    exactly ``visits`` visits."""
    try:
        with scratch_database(engine, archive) as scratch, scratch.connect() as connection:
            found = int(connection.execute(text("SELECT count(*) FROM visit")).scalar_one())
    except NoScratchDatabase:
        found = count_in_archive(archive)
    except ToolFailed as exc:
        check_archive(archive)  # CorruptDatabase when the dump itself cannot be read
        raise ToolFailed(  # a readable dump: the scratch database was what failed (a login)
            QT_TRANSLATE_NOOP(
                "core",
                "De back-up kon niet worden gecontroleerd en is daarom niet bewaard: "
                "pg_restore kon hem niet terugzetten in een tijdelijke database "
                "({complaint}). Staat het wachtwoord in het wachtwoordbestand (pgpass), zet "
                "dan * als database, zodat de rol ook de tijdelijke database mag openen.",
            ).format(complaint=str(exc).rstrip("."))
        ) from exc
    if found != visits:
        raise CorruptDatabase(
            QT_TRANSLATE_NOOP(
                "core", "{name} bevat {found} registraties in plaats van {visits}."
            ).format(name=archive.name, found=found, visits=visits)
        )


def check_archive(archive: Path) -> None:
    """CorruptDatabase unless pg_restore can read the dump's table of contents."""
    try:
        run_tool("pg_restore", "--list", str(archive))
    except ToolFailed as exc:
        raise CorruptDatabase(
            QT_TRANSLATE_NOOP("core", "{name} is geen leesbare back-up ({exc}).").format(
                name=archive.name, exc=exc
            )
        ) from exc


def dump_file(engine: Engine, target: Path) -> Path:
    """A checked dump at ``target`` (0600: it holds notes), complete or not at all."""
    with replacing(target, mode=0o600) as partial:
        visits = dump(engine, partial)
        verify_dump(engine, partial, visits)
    return target


def has_notes_before(archive: Path, cutoff: datetime) -> bool:
    """Whether a dump holds a note of a visit started before ``cutoff``, read through by
    pg_restore (no database needed): most dumps hold none, and are left as they are."""
    script = run_tool("pg_restore", "--data-only", "--table=visit", "--file=-", str(archive))
    columns: list[str] | None = None
    for line in script.splitlines():
        if columns is None:
            header = _COPY_HEADER.match(line)
            columns = [c.strip().strip('"') for c in header[1].split(",")] if header else None
            continue
        if line == "\\.":
            break
        fields = dict(zip(columns, line.split("\t"), strict=False))
        note, started = fields.get("note", "\\N"), fields.get("started_at", "")
        if note != "\\N" and datetime.fromisoformat(started) < cutoff:
            return True
    return False


_COPY_HEADER = re.compile(r"^COPY \S+ \((.*)\) FROM stdin;$")


def rewrite_dump(engine: Engine, archive: Path, sql: str, params: dict[str, Any]) -> int:
    """Change a dump without writing into it: restored into a scratch database, changed
    there (``sql``), dumped again under a scratch name, checked, renamed over the dump. A
    crash leaves the old dump whole. Returns the rows the change touched."""
    with scratch_database(engine, archive) as scratch:
        with scratch.begin() as connection:
            changed = int(connection.execute(text(sql), params).rowcount or 0)
        with replacing(archive, mode=0o600) as partial:
            visits = dump(scratch, partial)
            verify_dump(engine, partial, visits)
    return changed
