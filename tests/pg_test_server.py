"""The PostgreSQL pass of the suite: fresh databases on the server that
``IDO_DESK_TEST_POSTGRES`` names (an administrator's URL, e.g. the throw-away cluster that
``tools/pg_cluster.sh`` starts for ``make test``).

Each test gets a database of its own, copied from a template this process migrated once
(``CREATE DATABASE ... TEMPLATE``: a few tens of milliseconds, against a second for the
migrations); ``migrated=False`` gives an empty one. Every database this process made is dropped
when it is done with, the template at the end of the run."""

from __future__ import annotations

import itertools
import os
import tempfile
from functools import cache

from sqlalchemy import Engine, create_engine, make_url, text

ENV_TEST_POSTGRES = "IDO_DESK_TEST_POSTGRES"
_PREFIX = f"ido_t{os.getpid()}"
_numbers = itertools.count(1)


def admin_url() -> str | None:
    """The administrator's URL of the test server, None on the SQLite pass."""
    return os.environ.get(ENV_TEST_POSTGRES) or None


def server_port() -> int:
    """The test server's port: in the query (a socket URL, as ``tools/pg_cluster.sh`` gives) or
    in the URL itself (``127.0.0.1:5499``); 5432 only when the URL names none."""
    url = make_url(admin_url() or "")
    return int(url.query.get("port") or url.port or 5432)


def on_postgres() -> bool:
    return admin_url() is not None


@cache
def _admin() -> Engine:
    url = admin_url()
    assert url is not None, f"{ENV_TEST_POSTGRES} is not set"
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)


def url_of(name: str) -> str:
    """The URL of database ``name`` on the test server, as the program is given it."""
    url = admin_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@cache
def _template() -> str:
    from ido_desk.config import resolve_paths
    from ido_desk.desk import open_desk

    name = f"{_PREFIX}_template"
    with _admin().connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    with tempfile.TemporaryDirectory() as folder:  # open_desk makes the data folder
        desk = open_desk(resolve_paths(folder, url_of(name), environ={}))
        desk.close()
    return name


def fresh_database_url(*, migrated: bool = True) -> str:
    """A new database on the test server: migrated to head (from the template) or empty."""
    name = f"{_PREFIX}_{next(_numbers)}"
    template = _template() if migrated else "template0"
    with _admin().connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    return url_of(name)


def drop_database(url: str) -> None:
    """Drop a database this process made; its open connections are ended first."""
    name = make_url(url).database
    assert name and name.startswith(_PREFIX), f"not a test database: {name}"
    with _admin().connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def finish() -> None:
    """At the end of the run: drop the template and close the administrator's engine."""
    if not on_postgres():
        return
    if _template.cache_info().currsize:
        with _admin().connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{_template()}" WITH (FORCE)'))
    if _admin.cache_info().currsize:
        _admin().dispose()
