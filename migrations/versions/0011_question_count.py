"""question_count: every visit says how many questions it has

The municipality account counted the questions per location and month in a pass of its own
over every question of the period, joined to its visit (on SQLite a second pass; issue 12).
A visit now carries its number of questions (kept by everything that writes question rows:
the front desk, edits, imports and their undo, the demo), so the visits' one pass gives the
questions per month as well. ``ix_visit_report`` gets the column, so that pass still reads
the index alone. Existing visits are counted here.

Revision ID: 0011_question_count
Revises: 0010_applying_import
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_question_count"
down_revision: str | Sequence[str] | None = "0010_applying_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# ix_visit_report as 0010 left it; this one adds question_count at its end
INDEXED = ("started_at", "location_id", "channel_id", "duration_min", "entry", "deleted_at")
INDEXED += ("id", "import_id")


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(
            sa.Column("question_count", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute(
        "UPDATE visit SET question_count = "
        "(SELECT count(*) FROM question WHERE question.visit_id = visit.id)"
    )
    op.drop_index("ix_visit_report", table_name="visit")
    op.create_index("ix_visit_report", "visit", [*INDEXED, "question_count"])


def downgrade() -> None:
    op.drop_index("ix_visit_report", table_name="visit")
    op.create_index("ix_visit_report", "visit", list(INDEXED))
    with op.batch_alter_table("visit") as batch:
        batch.drop_column("question_count")
