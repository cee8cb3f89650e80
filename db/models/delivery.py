"""What a branch delivered to its coordinator: one row per month, the last signed file written
into the delivery folder (when, where, how many visits, the state of the month's visits then),
the monthly PDF report made for the manager, and the last problem when a month waits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class Delivery(Base):
    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), unique=True)  # "2026-10"
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)
    folder: Mapped[str | None] = mapped_column(String(1000), default=None)
    file_name: Mapped[str | None] = mapped_column(String(260), default=None)
    visits: Mapped[int] = mapped_column(default=0)  # in the file, tombstones not counted
    signature: Mapped[str | None] = mapped_column(String(80), default=None)  # of the visits then
    attempted_at: Mapped[datetime | None] = mapped_column(default=None)  # the last run's stamp
    problem: Mapped[str | None] = mapped_column(Text, default=None)  # why the month waits
    report_path: Mapped[str | None] = mapped_column(String(1000), default=None)
    report_at: Mapped[datetime | None] = mapped_column(default=None)
