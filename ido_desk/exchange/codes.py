"""The list codes an import needs: every code the file lists is mapped to the coordinator's
row, and a code the coordinator does not know yet is added from the file's labels (inside the
import's transaction, so a refused file adds nothing)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import LIST_MODELS

# Referred-to lists first: a topic needs its domain, organisation and parent topic.
MERGE_ORDER = ("domain", "organisation", "channel", "help", "topic", "referral")


def merge_lists(
    session: Session, file_lists: dict[str, dict[str, dict[str, Any]]]
) -> tuple[dict[str, dict[str, int]], int]:
    """(kind -> code -> id for the codes the file lists, how many codes were added)."""
    ids: dict[str, dict[str, int]] = {}
    added = 0
    for kind in MERGE_ORDER:
        model: Any = LIST_MODELS[kind]
        have = {code: row_id for row_id, code in session.execute(select(model.id, model.code))}
        order = int(session.scalar(select(func.max(model.sort_order))) or 0)
        entries = file_lists[kind]
        codes = list(entries)
        if kind == "topic":  # main topics before their sub-topics
            codes.sort(key=lambda code: entries[code].get("parent") is not None)
        for code in codes:
            if code in have:
                continue
            entry = entries[code]
            order += 1
            row = model(
                code=code,
                label_nl=entry["label_nl"],
                label_en=entry["label_en"],
                sort_order=order,
                **_extra(kind, entry, have, ids),
            )
            session.add(row)
            session.flush()
            have[code] = row.id
            added += 1
        ids[kind] = {code: have[code] for code in entries}
    return ids, added


def _extra(
    kind: str, entry: dict[str, Any], have: dict[str, int], ids: dict[str, dict[str, int]]
) -> dict[str, Any]:
    if kind == "organisation":
        return {"level": entry["level"]}
    if kind == "topic":
        parent = entry.get("parent")
        organisation = entry.get("organisation")
        return {
            "parent_id": have[parent] if parent else None,
            "domain_id": ids["domain"][entry["domain"]],
            "organisation_id": ids["organisation"][organisation] if organisation else None,
        }
    if kind == "referral":
        organisation = entry.get("organisation")
        return {
            "kind": entry["kind"],
            "organisation_id": ids["organisation"][organisation] if organisation else None,
        }
    return {}
