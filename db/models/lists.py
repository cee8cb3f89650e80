"""The lists a question is answered from. Lists are data, not code: seeded in Dutch (with
English labels) by a migration, editable by the branch manager, retired rather than deleted so
that old visits keep their meaning. Codes are stable; labels may change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class ListItem:
    """Columns every list shares."""

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label_nl: Mapped[str] = mapped_column(String(120))
    label_en: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(default=0)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class Channel(ListItem, Base):
    """How the visitor reached the desk: at the desk, by appointment, by phone, ..."""

    __tablename__ = "channel"


class Domain(ListItem, Base):
    """What kind of question: digital government, library / digital skills, other."""

    __tablename__ = "domain"


class Organisation(ListItem, Base):
    """Whom a question was about, with its government level (rijk, gemeente, ...)."""

    __tablename__ = "organisation"
    level: Mapped[str] = mapped_column(String(20))


class Topic(ListItem, Base):
    """What a question was about; a topic with a parent is a sub-topic."""

    __tablename__ = "topic"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id"), default=None)
    domain_id: Mapped[int] = mapped_column(ForeignKey("domain.id"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )  # suggested when the topic is chosen


class HelpKind(ListItem, Base):
    """What staff did: information, did it together, showed how, referred, course advised."""

    __tablename__ = "help_kind"


class ReferralTarget(ListItem, Base):
    """Where a visitor was sent: an organisation, or a course or service."""

    __tablename__ = "referral_target"
    kind: Mapped[str] = mapped_column(String(20))  # organisation | course | service
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), default=None)


LIST_MODELS: dict[str, type[ListItem]] = {
    "channel": Channel,
    "domain": Domain,
    "organisation": Organisation,
    "topic": Topic,
    "help": HelpKind,
    "referral": ReferralTarget,
}
