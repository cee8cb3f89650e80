"""What the logging-service tests share: the fixed day and moment of the ``clock`` fixture, a
draft from topic codes, and reads of the database on a fresh connection of its own."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from typing import Any

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from tests.db_helpers import connect

TODAY = date(2026, 11, 3)
NOW = datetime(2026, 11, 3, 10, 30)


def draft(*topics: str, **fields: object) -> VisitDraft:
    return VisitDraft(questions=tuple(QuestionDraft(topic=t) for t in topics), **fields)  # type: ignore[arg-type]


def db(desk: Desk) -> Any:
    """A fresh connection, as another program would read the database."""
    return connect(desk)


def one(desk: Desk, sql: str, *args: object) -> Any:
    connection = db(desk)
    try:
        row = connection.execute(sql, args).fetchone()
    finally:
        connection.close()
    assert row is not None, sql
    return row


def count(desk: Desk, table: str) -> int:
    return int(one(desk, f"SELECT count(*) AS n FROM {table}")["n"])


def questions(desk: Desk, visit_id: str) -> list[tuple]:
    connection = db(desk)
    try:
        rows = connection.execute(
            """
            SELECT q.position, d.code, t.code, s.code, o.code, h.code, r.code
            FROM question q
            JOIN domain d ON d.id = q.domain_id
            JOIN topic t ON t.id = q.topic_id
            LEFT JOIN topic s ON s.id = q.subtopic_id
            LEFT JOIN organisation o ON o.id = q.organisation_id
            LEFT JOIN help_kind h ON h.id = q.help_id
            LEFT JOIN referral_target r ON r.id = q.referral_id
            WHERE q.visit_id = ? ORDER BY q.position
            """,
            (visit_id,),
        ).fetchall()
        return [tuple(row) for row in rows]
    finally:
        connection.close()


def audit(desk: Desk) -> list[sqlite3.Row]:
    connection = db(desk)
    try:
        return connection.execute(
            "SELECT * FROM audit_log WHERE entity = 'visit' ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
