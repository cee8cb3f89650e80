"""The shared hub's database made as the README says (a database owner and a coordinators'
role with data rights only), for the tests that need the least-privilege set-up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url

# The README's least-privilege set-up ("Een gedeelde database voor coördinatoren"): the owner
# runs the migrations, the coordinators' user only reads and writes the data.
SET_UP = """
CREATE ROLE {owner} LOGIN PASSWORD '{password}';
CREATE ROLE {app} LOGIN PASSWORD '{password}';
CREATE DATABASE {db} OWNER {owner} ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE {db} FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE {db} TO {app};
"""
IN_THE_DATABASE = """
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {app};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {app};
ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO {app};
"""
AFTER_THE_FIRST_START = "REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {app};"


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A database and its two roles made as the README says; dropped after."""
    from sqlalchemy import create_engine, text

    from tests import pg_test_server

    prefix = f"ido_t{os.getpid()}"
    names = {
        "owner": f"{prefix}_owner",
        "app": f"{prefix}_app",
        "db": f"{prefix}_hub",
        "password": make_url(pg_test_server.admin_url() or "").password or "",
    }
    admin = create_engine(pg_test_server.admin_url() or "", isolation_level="AUTOCOMMIT")

    def run(url: str, script: str) -> None:
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in filter(str.strip, script.format(**names).split(";")):
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {names['db']} WITH (FORCE)"))
        for role in ("app", "owner"):
            connection.execute(text(f"DROP ROLE IF EXISTS {names[role]}"))
    run(pg_test_server.admin_url() or "", SET_UP)
    database = pg_test_server.url_of(names["db"])
    run(database, IN_THE_DATABASE)
    urls = {
        role: str(make_url(database).set(username=names[role]).render_as_string(False))
        for role in ("owner", "app")
    }
    try:
        yield {**urls, "revoke": AFTER_THE_FIRST_START.format(**names), "admin_db": database}
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {names['db']} WITH (FORCE)"))
            for role in ("app", "owner"):
                connection.execute(text(f"DROP ROLE IF EXISTS {names[role]}"))
        admin.dispose()
