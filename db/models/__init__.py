"""The schema. Every table is declared here so that Alembic sees one MetaData."""

from db.models.audit import AuditEntry
from db.models.base import Base
from db.models.delivery import Delivery
from db.models.exchange import ImportChange, ImportRecord, TrustedKey
from db.models.lists import (
    LIST_MODELS,
    Channel,
    Domain,
    HelpKind,
    ListItem,
    Organisation,
    ReferralTarget,
    Topic,
)
from db.models.location import Location
from db.models.settings import Setting
from db.models.visits import Question, Visit

__all__ = [
    "LIST_MODELS",
    "AuditEntry",
    "Base",
    "Channel",
    "Delivery",
    "Domain",
    "HelpKind",
    "ImportChange",
    "ImportRecord",
    "ListItem",
    "Location",
    "Organisation",
    "Question",
    "ReferralTarget",
    "Setting",
    "Topic",
    "TrustedKey",
    "Visit",
]
