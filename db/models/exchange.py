"""What the exchange between branch and coordinator keeps: the keys trusted per location, the
history of imports, and what each import changed (so that it can be undone)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class TrustedKey(Base):
    """The Ed25519 public key that signs a location's files, trusted on its first import."""

    __tablename__ = "trusted_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32 raw bytes
    fingerprint: Mapped[str] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(20))  # confirmed | key-file
    trusted_at: Mapped[datetime]


class ImportRecord(Base):
    """One imported file: which, from where, when, and what it changed."""

    __tablename__ = "import_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    # SHA-256 of the file's checksums.sha256 (its signed content); imports before 0.2 stored
    # the whole file's SHA-256 here
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    format_version: Mapped[int]
    period_start: Mapped[datetime]
    period_end: Mapped[datetime]  # exclusive
    created_at: Mapped[datetime]  # when the branch made the file
    imported_at: Mapped[datetime]
    new: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    deleted: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)
    # the months the branch still had to deliver when it made the file ("2026-09,2026-10"),
    # None when the file did not say (docs/exchange-format.md, pending_months)
    pending_months: Mapped[str | None] = mapped_column(Text, default=None)
    # while the import's new visits are applied in chunks (SQLite): the name of its staging
    # file, whose owner holds a lock on it; its visits are hidden meanwhile (db.queries.visible)
    # and the final transaction sets it to None. Migration 0010.
    applying: Mapped[str | None] = mapped_column(String(80), default=None)


class ImportChange(Base):
    """What an import changed, so that undo can put it back. ``updated`` and ``deleted``: one
    row per visit, ``before`` the visit as it was (JSON, with its questions). The visits an
    import adds carry its id (``visit.import_id``); imports made before migration 0010 wrote
    ``added`` rows instead: one per batch of new visits, ``before`` the JSON list of their ids
    (``visit_id`` the first), which undo still reads."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("import_history.id", ondelete="CASCADE"))
    visit_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))  # added | updated | deleted
    before: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (Index("ix_import_change_import", "import_id"),)
