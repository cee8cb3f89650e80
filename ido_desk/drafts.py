"""What a form (or the CLI) hands to the services: plain frozen dataclasses with list codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Entry(StrEnum):
    """How a visit came to be logged."""

    LIVE = "live"  # while the visitor was there
    BACKDATED = "backdated"  # later, for a visit someone forgot to log
    BATCH = "batch"  # from a paper tally sheet


@dataclass(frozen=True)
class QuestionDraft:
    topic: str  # a topic code; a sub-topic code is accepted too
    subtopic: str | None = None
    organisation: str | None = None  # None: the topic's suggested organisation
    help: str | None = None
    referral: str | None = None


@dataclass(frozen=True)
class VisitDraft:
    questions: tuple[QuestionDraft, ...]
    channel: str | None = None  # None: the channel of the last visit, else "balie"
    duration_min: int | None = None
    started_at: datetime | None = None  # None: now
    note: str | None = None
    entry: Entry | None = field(default=None)  # None: live, or back-dated when in the past
