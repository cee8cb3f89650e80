"""The tables a visit is saved and read through, for Core statements that need no ORM.

Importing ``sqlalchemy.orm`` and declaring the models costs more CPU than the whole rest of
``ido-desk log``, so the save path and the window's first tab (the lists, the own location,
the settings, the visit and its questions, the audit log) go through these light Core tables
instead. The schema itself lives in ``db.models`` (Alembic reads it there);
``tests/test_visit_record.py`` checks that every column here is in the model with the same
type."""

from __future__ import annotations

from sqlalchemy import Boolean, DateTime, Integer, String, TableClause, Text, column, table


def _list_table(name: str, *extra: str) -> TableClause:
    """A list table: the columns every list shares, and its own (integer ids or text)."""
    columns = [column(c, String) if c in ("level", "kind") else column(c, Integer) for c in extra]
    return table(
        name,
        column("id", Integer),
        column("code", String),
        column("label_nl", String),
        column("label_en", String),
        column("sort_order", Integer),
        column("retired_at", DateTime),
        *columns,
    )


channel = _list_table("channel")
domain = _list_table("domain")
organisation = _list_table("organisation", "level")
topic = _list_table("topic", "parent_id", "domain_id", "organisation_id")
help_kind = _list_table("help_kind")
referral_target = _list_table("referral_target", "kind", "organisation_id")

location = table(
    "location",
    column("id", Integer),
    column("code", String),
    column("name", String),
    column("organisation", String),
    column("municipality", String),
    column("cbs_code", String),
    column("province", String),
    column("setup", String),
    column("opening_hours", String),
    column("is_own", Boolean),
    column("created_at", DateTime),
)

setting = table("setting", column("key", String), column("value", Text))

visit = table(
    "visit",
    column("id", String),
    column("location_id", Integer),
    column("started_at", DateTime),
    column("duration_min", Integer),
    column("channel_id", Integer),
    column("entry", String),
    column("note", String),
    column("created_at", DateTime),
    column("updated_at", DateTime),
    column("revision", Integer),
    column("deleted_at", DateTime),
    column("saved_by", String),
    column("import_id", Integer),
    column("question_count", Integer),
)

question = table(
    "question",
    column("id", Integer),
    column("visit_id", String),
    column("position", Integer),
    column("domain_id", Integer),
    column("topic_id", Integer),
    column("subtopic_id", Integer),
    column("organisation_id", Integer),
    column("help_id", Integer),
    column("referral_id", Integer),
)

audit_log = table(
    "audit_log",
    column("id", Integer),
    column("at", DateTime),
    column("role", String),
    column("name", String),
    column("action", String),
    column("entity", String),
    column("entity_id", String),
    column("before", Text),
    column("after", Text),
)

import_history = table("import_history", column("id", Integer), column("applying", String))
import_change = table(
    "import_change",
    column("id", Integer),
    column("import_id", Integer),
    column("visit_id", String),
    column("action", String),
    column("before", Text),
)

TABLES = (
    channel,
    domain,
    organisation,
    topic,
    help_kind,
    referral_target,
    location,
    setting,
    visit,
    question,
    audit_log,
    import_history,
    import_change,
)
