"""Keeping the lists current: the branch manager adds, renames, reorders, retires and restores
the items of a list (channel, domain, organisation, topic, help kind, referral target).

Nothing is ever deleted. A retired item disappears from the desk's choices, but old visits keep
it and reports still show it; restoring brings it back. Codes are stable once made: unique per
list (retired codes stay taken), lowercase letters, digits and ``_``. Every change needs the
manager (``roles.require_manager``), is written to the audit log as "list-edit" and drops the
desk's cached catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LIST_MODELS, ListItem, Organisation, ReferralTarget, Topic
from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.list_rules import (
    KINDS,
    NOUNS,
    REFERRAL_KINDS,
    NewItem,
    active,
    check_can_restore,
    check_can_retire,
    check_code,
    check_kind,
    check_label,
    find,
    get_row,
    item_name,
    kind_fields,
    kind_of,
    linked_referrals,
    next_order,
    siblings_of,
    suggest_code,
)
from ido_desk.lists import Item, TopicItem
from ido_desk.roles import require_manager
from ido_desk.translatable import QT_TRANSLATE_NOOP

__all__ = [  # the list rules' names the window and the audit text use come from here too
    "KINDS",
    "NOUNS",
    "REFERRAL_KINDS",
    "ListRow",
    "NewItem",
    "add_item",
    "list_rows",
    "move_item",
    "rename_item",
    "restore_item",
    "retire_item",
    "set_suggested_organisation",
    "suggest_code",
]

ACTION = QT_TRANSLATE_NOOP("core", "Lijsten aanpassen")
SHORTCUT_KEYS = "1234567890"  # the number keys of the first main topics at the desk


@dataclass(frozen=True)
class ListRow:
    """One line of a list as the editor shows it: in display order, sub-topics under their
    topic."""

    item: Item
    depth: int  # 0, or 1 for a sub-topic
    position: int  # 1-based among its siblings (main topics, or the sub-topics of one topic)
    siblings: int
    shortcut: str | None  # the number key at the desk, for the first active main topics


# -- reading ------------------------------------------------------------------------------


def list_rows(desk: Desk, kind: str) -> list[ListRow]:
    """Every item of a list, retired ones included, in the order the desk shows them."""
    items = list(desk.catalogue.by_kind()[check_kind(kind)])
    if kind != "topic":
        return [ListRow(item, 0, n, len(items), None) for n, item in enumerate(items, 1)]
    topics = [item for item in items if isinstance(item, TopicItem)]
    mains = [t for t in topics if t.parent_code is None]
    keys = dict(zip((t.code for t in mains if not t.retired), SHORTCUT_KEYS, strict=False))
    rows = []
    for n, main in enumerate(mains, 1):
        rows.append(ListRow(main, 0, n, len(mains), keys.get(main.code)))
        subs = [t for t in topics if t.parent_code == main.code]
        rows.extend(ListRow(sub, 1, m, len(subs), None) for m, sub in enumerate(subs, 1))
    return rows


# -- the services -------------------------------------------------------------------------


def add_item(desk: Desk, kind: str, new: NewItem) -> Item:
    """Add an item at the end of its list (or of its topic's sub-topics). An organisation also
    becomes a referral target, as the seeded organisations are."""
    require_manager(desk, ACTION)
    model = LIST_MODELS[check_kind(kind)]
    code = check_code(new.code)
    label_nl = check_label("label_nl", new.label_nl, required=True)
    label_en = check_label("label_en", new.label_en) or label_nl
    with desk.db.session() as session:
        taken = find(session, model, code)
        if taken is not None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "core",
                    "Code '{code}' bestaat al in de lijst ({kind} '{taken.label_nl}'{retired_at}). "
                    "Codes blijven bezet; kies een andere.",
                ).format(
                    code=code,
                    kind=NOUNS[kind],
                    taken=taken,
                    retired_at=", vervallen" if taken.retired_at else "",
                ),
            )
        fields: dict[str, Any] = {"code": code, "label_nl": label_nl, "label_en": label_en}
        fields |= kind_fields(session, kind, new)
        fields["sort_order"] = next_order(session, model, fields.get("parent_id"))
        row = model(**fields)
        session.add(row)
        session.flush()
        write_audit(session, desk, "list-edit", kind, code, None, _snapshot(row))
        if isinstance(row, Organisation) and find(session, ReferralTarget, code) is None:
            referral = ReferralTarget(
                code=code,
                label_nl=label_nl,
                label_en=label_en,
                kind="organisation",
                organisation_id=row.id,
                sort_order=next_order(session, ReferralTarget, None),
            )
            session.add(referral)
            session.flush()
            write_audit(session, desk, "list-edit", "referral", code, None, _snapshot(referral))
    desk.lists_changed()
    return _item(desk, kind, code)


def rename_item(
    desk: Desk, kind: str, code: str, label_nl: str | None = None, label_en: str | None = None
) -> Item:
    """Change the Dutch and/or English label; the code stays. Old visits show the new label.
    The referral target of an organisation follows when it had the same labels."""
    require_manager(desk, ACTION)
    check_kind(kind)
    new_nl = check_label("label_nl", label_nl, required=True) if label_nl is not None else None
    new_en = check_label("label_en", label_en) if label_en is not None else None
    with desk.db.session() as session:
        row = get_row(session, kind, code)
        rows = [row]
        if isinstance(row, Organisation):
            rows += [
                r
                for r in linked_referrals(session, row)
                if (r.label_nl, r.label_en) == (row.label_nl, row.label_en)
            ]
        for target in rows:
            before = _snapshot(target)
            if new_nl is not None:
                target.label_nl = new_nl
            if new_en is not None:
                target.label_en = new_en or target.label_nl
            if _snapshot(target) != before:
                _audit_change(session, desk, target, before)
    desk.lists_changed()
    return _item(desk, kind, code)


def move_item(desk: Desk, kind: str, code: str, to: int) -> None:
    """Put an item at position ``to`` (1-based) among its siblings: the main topics, the
    sub-topics of one topic, or the whole list. The order of the main topics gives the number
    keys at the desk."""
    require_manager(desk, ACTION)
    model = LIST_MODELS[check_kind(kind)]
    with desk.db.session() as session:
        row = get_row(session, kind, code)
        parent_id = row.parent_id if isinstance(row, Topic) else None
        siblings = siblings_of(session, model, parent_id)
        if not 1 <= to <= len(siblings):
            raise ValidationError(
                "to",
                QT_TRANSLATE_NOOP(
                    "core", "Positie {to} kan niet: kies 1 tot en met {siblings}."
                ).format(to=to, siblings=len(siblings)),
            )
        before = [s.code for s in siblings]
        siblings.remove(row)
        siblings.insert(to - 1, row)
        for n, sibling in enumerate(siblings, 1):
            sibling.sort_order = n
        write_audit(
            session,
            desk,
            "list-edit",
            kind,
            code,
            {"position": before.index(code) + 1, "order": before},
            {"position": to, "order": [s.code for s in siblings]},
        )
    desk.lists_changed()


def retire_item(desk: Desk, kind: str, code: str) -> None:
    """Take an item out of the desk's choices. Old visits keep it; reports still show it.
    An organisation's referral target is retired with it."""
    require_manager(desk, ACTION)
    check_kind(kind)
    with desk.db.session() as session:
        row = get_row(session, kind, code)
        if row.retired_at is not None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP("core", "{row} is al vervallen.").format(
                    row=item_name(kind, row)
                ),
            )
        check_can_retire(session, kind, row)
        now = desk.clock()
        rows = [row]
        if isinstance(row, Organisation):
            rows += [r for r in linked_referrals(session, row) if r.retired_at is None]
        for target in rows:
            before = _snapshot(target)
            target.retired_at = now
            _audit_change(session, desk, target, before)
    desk.lists_changed()


def restore_item(desk: Desk, kind: str, code: str) -> None:
    """Bring a retired item back into the desk's choices (an organisation's referral target
    too, when it was retired together with it)."""
    require_manager(desk, ACTION)
    check_kind(kind)
    with desk.db.session() as session:
        row = get_row(session, kind, code)
        if row.retired_at is None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP("core", "{row} is niet vervallen.").format(
                    row=item_name(kind, row)
                ),
            )
        check_can_restore(session, kind, row)
        rows = [row]
        if isinstance(row, Organisation):
            rows += [r for r in linked_referrals(session, row) if r.retired_at == row.retired_at]
        for target in rows:
            before = _snapshot(target)
            target.retired_at = None
            _audit_change(session, desk, target, before)
    desk.lists_changed()


def set_suggested_organisation(desk: Desk, topic_code: str, organisation: str | None) -> None:
    """Change the organisation suggested when a topic is chosen (None: no suggestion). The
    sub-topics that followed their topic's suggestion follow the change."""
    require_manager(desk, ACTION)
    with desk.db.session() as session:
        row = get_row(session, "topic", topic_code)
        assert isinstance(row, Topic)
        new_id = (
            active(session, Organisation, organisation, "organisation").id if organisation else None
        )
        followers = (
            session.scalars(
                select(Topic).where(
                    Topic.parent_id == row.id, Topic.organisation_id == row.organisation_id
                )
            ).all()
            if row.parent_id is None and row.organisation_id is not None
            else []
        )
        for target in (row, *followers):
            before = _snapshot(target)
            target.organisation_id = new_id
            _audit_change(session, desk, target, before)
    desk.lists_changed()


def _audit_change(session: Session, desk: Desk, row: ListItem, before: dict[str, Any]) -> None:
    write_audit(session, desk, "list-edit", kind_of(row), row.code, before, _snapshot(row))


def _snapshot(row: ListItem) -> dict[str, Any]:
    """The item as the audit log keeps it: every column but the id."""
    table = row.__table__  # type: ignore[attr-defined]
    return {column.key: getattr(row, column.key) for column in table.columns if column.key != "id"}


def _item(desk: Desk, kind: str, code: str) -> Item:
    item = desk.catalogue.by_kind()[kind].get(code)
    assert item is not None
    return item
