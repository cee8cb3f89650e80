"""A location: one branch's IDO, identified by a stable code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class Location(Base):
    __tablename__ = "location"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")  # library organisation
    municipality: Mapped[str] = mapped_column(String(120))
    cbs_code: Mapped[str] = mapped_column(String(6))  # GM0603
    province: Mapped[str] = mapped_column(String(40), default="")
    setup: Mapped[str] = mapped_column(String(20), default="basis")  # basis | altijd | breed
    opening_hours: Mapped[str] = mapped_column(String(400), default="")
    is_own: Mapped[bool] = mapped_column(default=False)  # this installation's own location
    created_at: Mapped[datetime]
