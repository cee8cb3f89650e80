"""sequences: every id sequence continues after the highest id in its table (PostgreSQL)

The seed migration inserts the lists with explicit ids, which PostgreSQL's sequences do not
see: the first list item a manager added got id 1 again (UniqueViolation on pk_topic). Run on
every database, new or made before: on PostgreSQL each serial id's sequence is set to the
highest id in its table; SQLite needs nothing (its ids continue after the highest).

Revision ID: 0006_sequences
Revises: 0005_delivery
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_sequences"
down_revision: str | Sequence[str] | None = "0005_delivery"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# every column with its own sequence: (table, column)
SERIALS = sa.text(
    "SELECT c.table_name, c.column_name FROM information_schema.columns AS c "
    "WHERE c.table_schema = current_schema() "
    "AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    quote = bind.dialect.identifier_preparer.quote
    for table, column in bind.execute(SERIALS).all():
        # setval(seq, max, true): the next id is max + 1; an empty table starts at 1
        bind.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"coalesce(max({quote(column)}), 1), max({quote(column)}) IS NOT NULL) "
                f"FROM {quote(table)}"
            ),
            {"table": quote(table), "column": column},
        )


def downgrade() -> None:
    pass  # the sequences stay where they are: lowering them would only bring the error back
