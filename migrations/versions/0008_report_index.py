"""report_index: covering indexes for the reports' two passes (visits, questions)

The regional report and the municipality account read every live visit of a period once,
grouped by location, month, channel and duration, and every question of those visits once.
These indexes hold every column those passes read, so both databases answer from the index
alone instead of visiting each row of the table (issue 12).

Revision ID: 0008_report_index
Revises: 0007_coordinators
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008_report_index"
down_revision: str | Sequence[str] | None = "0007_coordinators"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VISIT_COLUMNS = [
    "started_at",
    "location_id",
    "channel_id",
    "duration_min",
    "entry",
    "deleted_at",
    "id",
]
QUESTION_COLUMNS = [
    "visit_id",
    "domain_id",
    "topic_id",
    "subtopic_id",
    "organisation_id",
    "help_id",
    "referral_id",
]


def upgrade() -> None:
    op.create_index("ix_visit_report", "visit", VISIT_COLUMNS)
    op.create_index("ix_question_report", "question", QUESTION_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_question_report", table_name="question")
    op.drop_index("ix_visit_report", table_name="visit")
