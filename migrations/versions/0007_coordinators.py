"""coordinators: who (the name given on a PC) in the audit log; on PostgreSQL, a notice on
every committed write so that other windows refresh (db.data_version)

Revision ID: 0007_coordinators
Revises: 0006_sequences
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_coordinators"
down_revision: str | Sequence[str] | None = "0006_sequences"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "ido_desk_changes"  # db.data_version.CHANNEL (a migration keeps its own copy)
FUNCTION = "ido_desk_notify_change"
TRIGGER = "ido_desk_notify_change"


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=60), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # SQLite tells every connection of a commit by itself (PRAGMA data_version)
    # NOTIFY is sent when (and only when) the writing transaction commits; the payload is the
    # writer's application_name, so that a window can tell its own writes from others'.
    op.execute(
        f"""
        CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', current_setting('application_name'));
            RETURN NULL;
        END
        $$
        """
    )
    for table in _tables(bind):
        op.execute(
            f'CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}" '
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )
        # also under session_replication_role = replica (the import's apply, where it may)
        op.execute(f'ALTER TABLE "{table}" ENABLE ALWAYS TRIGGER {TRIGGER}')


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in _tables(bind):
            op.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
        op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("name")


def _tables(bind: sa.Connection) -> list[str]:
    """Every table of the program at this revision (a later migration that adds a table
    gives it the same trigger)."""
    return sorted(t for t in sa.inspect(bind).get_table_names() if t != "alembic_version")
