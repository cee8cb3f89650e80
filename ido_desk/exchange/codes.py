"""The list codes an import needs: every code the file lists is mapped to the coordinator's
row, and a code the coordinator does not know yet is added from the file's labels.

``plan_codes`` runs before the import takes the write lock: known codes get their ids, new ones
a provisional negative id, and the topic hierarchy is checked as it will be stored (the
coordinator keeps its own parent for a code it knows). ``add_codes`` runs inside the import's
final transaction: it checks that the plan still holds and adds the new codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import LIST_MODELS, Topic
from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.lists_file import FileLists
from ido_desk.translatable import QT_TRANSLATE_NOOP

# Referred-to lists first: a topic needs its domain, organisation and parent topic.
MERGE_ORDER = ("domain", "organisation", "channel", "help", "topic", "referral")
Parent = aliased(Topic)


@dataclass(frozen=True)
class CodePlan:
    ids: dict[str, dict[str, int]]  # kind -> code -> id; a new code: provisional, negative
    new: dict[str, list[str]]  # kind -> the codes to add, in the order to add them
    parents: dict[str, str | None]  # topic code -> its parent as it will be stored

    @property
    def adds(self) -> bool:
        return any(self.new.values())


def plan_codes(session: Session, file: str, file_lists: FileLists) -> CodePlan:
    ids: dict[str, dict[str, int]] = {}
    new: dict[str, list[str]] = {}
    provisional = 0
    for kind in MERGE_ORDER:
        model: Any = LIST_MODELS[kind]
        have = {code: row_id for row_id, code in session.execute(select(model.id, model.code))}
        ids[kind], new[kind] = {}, []
        entries = file_lists[kind]
        codes = list(entries)
        if kind == "topic":  # main topics before their sub-topics
            codes.sort(key=lambda code: entries[code].get("parent") is not None)
        for code in codes:
            if code in have:
                ids[kind][code] = have[code]
            else:
                provisional -= 1
                ids[kind][code] = provisional
                new[kind].append(code)
    stored: dict[str, str | None] = {
        code: parent
        for code, parent in session.execute(
            select(Topic.code, Parent.code).outerjoin(Parent, Parent.id == Topic.parent_id)
        )
    }
    parents = {
        code: stored[code] if code in stored else entry.get("parent")
        for code, entry in file_lists["topic"].items()
    }
    for n, code in enumerate(file_lists["topic"]):
        parent = parents[code]
        if code in stored or parent is None:
            continue
        grand = stored[parent] if parent in stored else parents.get(parent)
        if grand is not None:
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP(
                    "core",
                    "een sub-onderwerp hoort onder een hoofdonderwerp (zoals het bij de "
                    "coördinator staat: '{parent}' is een sub-onderwerp van '{grand}').",
                ).format(parent=parent, grand=grand),
                member=fmt.LISTS,
                field=f"topic[{n}].parent",
                value=parent,
            )
    return CodePlan(ids, new, parents)


def add_codes(
    session: Session, file: str, file_lists: FileLists, plan: CodePlan
) -> dict[str, dict[int, int]]:
    """Add the plan's new codes (inside the import's transaction); kind -> provisional id ->
    the id given. A plan made stale by a change to the lists meanwhile refuses the file."""
    again = plan_codes(session, file, file_lists)
    if again != plan:
        raise RefusedFile(
            file,
            QT_TRANSLATE_NOOP(
                "core",
                "de lijsten van deze installatie zijn tijdens het inlezen gewijzigd; "
                "lees het bestand opnieuw in.",
            ),
            member=fmt.LISTS,
        )
    given: dict[str, dict[int, int]] = {}
    ids = {kind: dict(codes) for kind, codes in plan.ids.items()}
    for kind in MERGE_ORDER:
        given[kind] = {}
        if not plan.new[kind]:
            continue
        model: Any = LIST_MODELS[kind]
        order = int(session.scalar(select(func.max(model.sort_order))) or 0)
        for code in plan.new[kind]:
            entry = file_lists[kind][code]
            order += 1
            row = model(
                code=code,
                label_nl=entry["label_nl"],
                label_en=entry["label_en"],
                sort_order=order,
                **_extra(kind, entry, ids),
            )
            session.add(row)
            session.flush()
            given[kind][ids[kind][code]] = row.id
            ids[kind][code] = row.id
    return given


def _extra(kind: str, entry: dict[str, Any], ids: dict[str, dict[str, int]]) -> dict[str, Any]:
    if kind == "organisation":
        return {"level": entry["level"]}
    if kind == "topic":
        parent = entry.get("parent")
        organisation = entry.get("organisation")
        return {
            "parent_id": ids["topic"][parent] if parent else None,
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
