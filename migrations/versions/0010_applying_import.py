"""applying_import: an import applies its new visits in chunks, hidden until it is in force

An import of a million visits no longer holds SQLite's write lock for its whole apply (the
front desk waited seconds, issue 10): it adds its new visits in short transactions while its
history row says it is still ``applying``, and every reader leaves out the visits whose
``import_id`` names such an import (db.queries.visible); the final short transaction clears
``applying``. ``ix_visit_report`` gets ``import_id`` so that the reports still read the visits
from the index alone.

Revision ID: 0010_applying_import
Revises: 0009_saved_by
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_applying_import"
down_revision: str | Sequence[str] | None = "0009_saved_by"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_COLUMNS = ["started_at", "location_id", "channel_id", "duration_min", "entry"]
REPORT_COLUMNS += ["deleted_at", "id"]  # ix_visit_report of 0008


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("import_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("import_history") as batch:
        batch.add_column(sa.Column("applying", sa.String(80), nullable=True))
    op.drop_index("ix_visit_report", table_name="visit")
    op.create_index("ix_visit_report", "visit", [*REPORT_COLUMNS, "import_id"])


def downgrade() -> None:
    op.drop_index("ix_visit_report", table_name="visit")
    op.create_index("ix_visit_report", "visit", REPORT_COLUMNS)
    with op.batch_alter_table("import_history") as batch:
        batch.drop_column("applying")
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("import_id")
