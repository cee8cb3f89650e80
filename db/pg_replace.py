"""A dump's tables in place of the live PostgreSQL database's (``replace_contents``): in one
transaction on the live database, its schema, its rows, its sequences and the other roles'
rights as they were, or nothing. The rows come from the same dump restored into a scratch
database (``db.pg_tools.scratch_database``); ``owner_if_not_ours`` says who may do it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from db.errors import server_error_for
from db.pg_tools import ToolFailed, run_tool
from db.text import QT_TRANSLATE_NOOP


def _tables(connection: Any) -> list[str]:
    return list(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )


def _functions(connection: Any) -> list[str]:
    """The schema's own functions (not an extension's), as ``name(argument types)``."""
    return list(
        connection.execute(
            text(
                "SELECT CAST(p.oid AS regprocedure)::text FROM pg_proc p "
                "JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND NOT EXISTS ("
                "SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
            )
        ).scalars()
    )


def replace_contents(
    engine: Engine, scratch: Engine, archive: Path, before: Callable[[Any], None]
) -> None:
    """In one transaction on the live database: lock the visits against writers, call
    ``before(connection)`` (it may count, take a safety copy, or raise to stop), drop every
    table, then create them from the dump's schema, copy the rows from ``scratch`` (the same
    dump, restored), set the sequences and add the indexes and keys."""
    import psycopg  # only here: PostgreSQL's driver is an extra (ido-desk[postgres])

    pre, post = (_script(archive, section) for section in ("pre-data", "post-data"))
    try:
        with engine.begin() as connection, scratch.connect() as source:
            _replace(connection, source, pre, post, before)
    except (psycopg.Error, DBAPIError) as exc:  # the driver's own calls (COPY, the scripts)
        # are not wrapped by SQLAlchemy; a connection cut during them is often noticed first
        # by SQLAlchemy, when the block ends
        told = server_error_for(exc)  # e.g. the connection cut: nothing was changed
        if told is not None:
            raise told from exc
        inner = getattr(exc, "orig", exc)
        first = (str(inner).strip().splitlines() or [""])[0]
        raise ToolFailed(
            QT_TRANSLATE_NOOP(
                "core",
                "De back-up kon niet worden teruggezet; er is niets veranderd "
                "(PostgreSQL: {code}).",
            ).format(code=getattr(inner, "sqlstate", None) or first)
        ) from exc


def _script(archive: Path, section: str) -> str:
    """One section of the dump as SQL, without psql's own commands (``\\restrict``)."""
    script = run_tool("pg_restore", f"--section={section}", "--no-owner", "--no-privileges",
                      "--file=-", str(archive))  # fmt: skip
    return "\n".join(line for line in script.splitlines() if not line.startswith("\\"))


def owner_if_not_ours(engine: Engine) -> str | None:
    """The role that owns the database's tables when the connection's role is not (nor a
    member of) it: only the owner may replace them; None when we may."""
    with engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                "AND NOT pg_has_role(current_user, tableowner, 'USAGE') LIMIT 1"
            )
        ).scalar()


_GRANTS = text(
    "SELECT c.relname, g.privilege_type, CAST(CAST(g.grantee AS regrole) AS text) "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
    "LATERAL aclexplode(c.relacl) g "
    "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'S') "
    "AND g.grantee <> 0 AND g.grantee <> c.relowner"
)


def _grants(connection: Any) -> set[tuple[str, str, str]]:
    """Who may do what on the schema's tables and sequences, besides their owner."""
    return {(str(t), str(p), str(r)) for t, p, r in connection.execute(_GRANTS)}


def _put_back_grants(connection: Any, before: set[tuple[str, str, str]]) -> None:
    """The rights of the other roles as they were before the tables were made again (the
    new tables got the default privileges: e.g. the coordinators' INSERT on alembic_version,
    which the README revokes)."""
    quote = connection.dialect.identifier_preparer.quote
    now = _grants(connection)
    tables = {table for table, _, _ in before}
    for table, privilege, role in now - before:
        if table in tables:
            connection.execute(text(f"REVOKE {privilege} ON {quote(table)} FROM {quote(role)}"))
    for table, privilege, role in before - now:
        connection.execute(text(f"GRANT {privilege} ON {quote(table)} TO {quote(role)}"))


def _replace(
    connection: Any, source: Any, pre: str, post: str, before: Callable[[Any], None]
) -> None:
    connection.execute(text("LOCK TABLE visit, question IN EXCLUSIVE MODE"))
    before(connection)
    rights = _grants(connection)
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    quote = connection.dialect.identifier_preparer.quote
    own = ", ".join(f"{quote(schema)}.{quote(t)}" for t in _tables(connection))
    if own:
        connection.execute(text(f"DROP TABLE {own} CASCADE"))
    for function in _functions(connection):  # e.g. the change notice's: the dump makes it again
        connection.execute(text(f"DROP FUNCTION {function} CASCADE"))
    live: Any = connection.connection.dbapi_connection
    live.execute(pre)
    live.execute(f"SET search_path TO {quote(schema)}")
    origin: Any = source.connection.dbapi_connection
    for table in _tables(source):
        name = f"{quote(schema)}.{quote(table)}"
        with (
            origin.cursor().copy(f"COPY {name} TO STDOUT (FORMAT BINARY)") as out,
            live.cursor().copy(f"COPY {name} FROM STDIN (FORMAT BINARY)") as into,
        ):
            for block in out:
                into.write(block)
    counters = source.execute(
        text("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = :s"),
        {"s": schema},
    ).all()
    for sequence, value in counters:
        qualified = f"{quote(schema)}.{quote(sequence)}"
        connection.execute(
            text("SELECT setval(CAST(:name AS regclass), :value, :called)"),
            {"name": qualified, "value": value or 1, "called": value is not None},
        )
    live.execute(post)
    live.execute(f"SET search_path TO {quote(schema)}")
    _put_back_grants(connection, rights)
