"""delivery: what a branch delivered per month; the months a coordinator's file said were pending

Revision ID: 0005_delivery
Revises: 0004_exchange
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_delivery"
down_revision: str | Sequence[str] | None = "0004_exchange"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("folder", sa.String(length=1000), nullable=True),
        sa.Column("file_name", sa.String(length=260), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=80), nullable=True),
        sa.Column("attempted_at", sa.DateTime(), nullable=True),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("report_path", sa.String(length=1000), nullable=True),
        sa.Column("report_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("month", name=op.f("uq_delivery_month")),
    )
    with op.batch_alter_table("import_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pending_months", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_history", schema=None) as batch_op:
        batch_op.drop_column("pending_months")
    op.drop_table("delivery")
