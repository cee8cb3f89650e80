"""saved_by: the name of who saved a visit at this database (who.py), local only

On a database several coordinators share, "undo" takes back the caller's own last visit, not
another coordinator's: the visit keeps the name given on the PC that saved it (NULL when none
was given, as at most front desks). It never leaves the database (not in exports).

Revision ID: 0009_saved_by
Revises: 0008_report_index
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_saved_by"
down_revision: str | Sequence[str] | None = "0008_report_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("saved_by", sa.String(60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("saved_by")
