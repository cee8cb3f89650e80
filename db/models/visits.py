"""A visit is one person helped once; it has one or more questions.

Visit ids are time-ordered UUIDs made at the branch. Only the originating branch changes its
visits: every change raises the revision, a delete leaves a tombstone (``deleted_at``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base


class Visit(Base):
    __tablename__ = "visit"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"))
    started_at: Mapped[datetime]  # local time, to the minute
    duration_min: Mapped[int | None]
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id"))
    entry: Mapped[str] = mapped_column(String(10), default="live")  # live | backdated | batch
    note: Mapped[str | None] = mapped_column(String(500), default=None)  # local only
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    revision: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    transferred_at: Mapped[datetime | None] = mapped_column(default=None)  # national form
    saved_by: Mapped[str | None] = mapped_column(String(60), default=None)  # who.py; local only
    # the import (import_history.id) that added the visit; while that import is still being
    # applied the visit is hidden from every reader (db.queries.visible, migration 0010)
    import_id: Mapped[int | None] = mapped_column(default=None)
    # how many question rows the visit has, kept by everything that writes them (migration
    # 0011): the reports count questions per month from the visits' pass alone
    question_count: Mapped[int] = mapped_column(server_default=text("0"))

    questions: Mapped[list[Question]] = relationship(
        back_populates="visit",
        order_by="Question.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (
        Index("ix_visit_location_started", "location_id", "started_at"),
        Index(  # the reports' pass over the visits, from the index alone (migration 0008)
            "ix_visit_report",
            "started_at",
            "location_id",
            "channel_id",
            "duration_min",
            "entry",
            "deleted_at",
            "id",
            "import_id",  # migration 0010: the readers' visibility check from the index too
            "question_count",  # migration 0011: the questions per month from the index too
        ),
    )


class Question(Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=1)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id"))
    subtopic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id"), default=None)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), default=None)
    help_id: Mapped[int | None] = mapped_column(ForeignKey("help_kind.id"), default=None)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral_target.id"), default=None)

    visit: Mapped[Visit] = relationship(back_populates="questions")

    __table_args__ = (
        Index(  # the reports' pass over the questions, from the index alone (migration 0008)
            "ix_question_report",
            "visit_id",
            "domain_id",
            "topic_id",
            "subtopic_id",
            "organisation_id",
            "help_id",
            "referral_id",
        ),
    )
