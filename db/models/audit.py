"""The audit log: every edit and delete, with the role that made it (and the name the person
gave on their PC, when they gave one) and the row before and after (JSON)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    role: Mapped[str] = mapped_column(String(20))  # balie | beheerder | systeem
    name: Mapped[str | None] = mapped_column(String(60), default=None)  # as given on the PC
    action: Mapped[str] = mapped_column(String(20))  # edit | delete | undo | list-edit | ...
    entity: Mapped[str] = mapped_column(String(30))  # visit | topic | location | ...
    entity_id: Mapped[str] = mapped_column(String(40))
    before: Mapped[str | None] = mapped_column(Text, default=None)
    after: Mapped[str | None] = mapped_column(Text, default=None)
