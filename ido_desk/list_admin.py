"""Keeping the lists current: the branch manager adds, renames, reorders, retires and restores
the items of a list (channel, domain, organisation, topic, help kind, referral target).

Nothing is ever deleted. A retired item disappears from the desk's choices, but old visits keep
it and reports still show it; restoring brings it back. Codes are stable once made: unique per
list (retired codes stay taken), lowercase letters, digits and ``_``. Every change needs the
manager (``roles.require_manager``), is written to the audit log as "list-edit" and drops the
desk's cached catalogue."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LIST_MODELS, Domain, ListItem, Organisation, ReferralTarget, Topic
from ido_desk.audit import write_audit
from ido_desk.csv_safe import starts_like_formula
from ido_desk.desk import Desk
from ido_desk.errors import NotFound, ValidationError
from ido_desk.lists import GOVERNMENT_LEVELS, Item, TopicItem
from ido_desk.privacy import screen_note
from ido_desk.roles import require_manager

ACTION = "Lijsten aanpassen"
KINDS: tuple[str, ...] = tuple(LIST_MODELS)  # channel, domain, organisation, topic, help, ...
NOUNS = {  # what one item of each list is called, in messages
    "channel": "kanaal",
    "domain": "domein",
    "organisation": "organisatie",
    "topic": "onderwerp",
    "help": "soort hulp",
    "referral": "doorverwijzing",
}
REFERRAL_KINDS: dict[str, tuple[str, str]] = {
    "organisation": ("Organisatie", "Organisation"),
    "course": ("Cursus", "Course"),
    "service": ("Dienst of voorziening", "Service"),
}
SHORTCUT_KEYS = "1234567890"  # the number keys of the first main topics at the desk
CODE = re.compile(r"^[a-z0-9_]+$")
MAX_CODE = 40
MAX_LABEL = 120


@dataclass(frozen=True)
class NewItem:
    """A new list item. Which of the optional fields apply depends on the list:
    topic: parent (makes it a sub-topic), domain, organisation (suggested);
    organisation: level; referral: referral_kind and, for kind "organisation", organisation."""

    code: str
    label_nl: str
    label_en: str = ""  # empty: the Dutch label
    parent: str | None = None
    domain: str | None = None  # default: the parent's, else the first active domain
    organisation: str | None = None  # default for a sub-topic: the parent's
    level: str | None = None
    referral_kind: str | None = None


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
    items = list(desk.catalogue.by_kind()[_check_kind(kind)])
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


def suggest_code(label: str) -> str:
    """A code made from a label: "Inloggen / wachtwoord" -> "inloggen_wachtwoord"."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:MAX_CODE]


# -- the services -------------------------------------------------------------------------


def add_item(desk: Desk, kind: str, new: NewItem) -> Item:
    """Add an item at the end of its list (or of its topic's sub-topics). An organisation also
    becomes a referral target, as the seeded organisations are."""
    require_manager(desk, ACTION)
    model = LIST_MODELS[_check_kind(kind)]
    code = _check_code(new.code)
    label_nl = _check_label("label_nl", new.label_nl, required=True)
    label_en = _check_label("label_en", new.label_en) or label_nl
    with desk.db.session() as session:
        taken = _find(session, model, code)
        if taken is not None:
            raise ValidationError(
                "code",
                f"Code '{code}' bestaat al in de lijst ({NOUNS[kind]} '{taken.label_nl}'"
                f"{', vervallen' if taken.retired_at else ''}). Codes blijven bezet; kies een "
                "andere.",
            )
        fields: dict[str, Any] = {"code": code, "label_nl": label_nl, "label_en": label_en}
        fields |= _kind_fields(session, kind, new)
        fields["sort_order"] = _next_order(session, model, fields.get("parent_id"))
        row = model(**fields)
        session.add(row)
        session.flush()
        write_audit(session, desk, "list-edit", kind, code, None, _snapshot(row))
        if isinstance(row, Organisation) and _find(session, ReferralTarget, code) is None:
            referral = ReferralTarget(
                code=code,
                label_nl=label_nl,
                label_en=label_en,
                kind="organisation",
                organisation_id=row.id,
                sort_order=_next_order(session, ReferralTarget, None),
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
    _check_kind(kind)
    new_nl = _check_label("label_nl", label_nl, required=True) if label_nl is not None else None
    new_en = _check_label("label_en", label_en) if label_en is not None else None
    with desk.db.session() as session:
        row = _get(session, kind, code)
        rows = [row]
        if isinstance(row, Organisation):
            rows += [
                r
                for r in _linked_referrals(session, row)
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
    model = LIST_MODELS[_check_kind(kind)]
    with desk.db.session() as session:
        row = _get(session, kind, code)
        parent_id = row.parent_id if isinstance(row, Topic) else None
        siblings = _siblings(session, model, parent_id)
        if not 1 <= to <= len(siblings):
            raise ValidationError(
                "to", f"Positie {to} kan niet: kies 1 tot en met {len(siblings)}."
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
    _check_kind(kind)
    with desk.db.session() as session:
        row = _get(session, kind, code)
        if row.retired_at is not None:
            raise ValidationError("code", f"{_name(kind, row)} is al vervallen.")
        _check_can_retire(session, kind, row)
        now = desk.clock()
        rows = [row]
        if isinstance(row, Organisation):
            rows += [r for r in _linked_referrals(session, row) if r.retired_at is None]
        for target in rows:
            before = _snapshot(target)
            target.retired_at = now
            _audit_change(session, desk, target, before)
    desk.lists_changed()


def restore_item(desk: Desk, kind: str, code: str) -> None:
    """Bring a retired item back into the desk's choices (an organisation's referral target
    too, when it was retired together with it)."""
    require_manager(desk, ACTION)
    _check_kind(kind)
    with desk.db.session() as session:
        row = _get(session, kind, code)
        if row.retired_at is None:
            raise ValidationError("code", f"{_name(kind, row)} is niet vervallen.")
        _check_can_restore(session, kind, row)
        rows = [row]
        if isinstance(row, Organisation):
            rows += [r for r in _linked_referrals(session, row) if r.retired_at == row.retired_at]
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
        row = _get(session, "topic", topic_code)
        assert isinstance(row, Topic)
        new_id = (
            _active(session, Organisation, organisation, "organisation").id
            if organisation
            else None
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


# -- checks -------------------------------------------------------------------------------


def _check_kind(kind: str) -> str:
    if kind not in LIST_MODELS:
        raise ValidationError("kind", f"Onbekende lijst '{kind}'. Kies uit: {', '.join(KINDS)}.")
    return kind


def _check_code(code: str) -> str:
    code = code.strip()
    if not code:
        raise ValidationError("code", "Vul een code in (kleine letters, cijfers en _).")
    if len(code) > MAX_CODE or not CODE.match(code):
        raise ValidationError(
            "code",
            f"Code '{code}' kan niet: gebruik alleen kleine letters, cijfers en _ "
            f"(hoogstens {MAX_CODE} tekens), bijvoorbeeld '{suggest_code(code) or 'digid_app'}'.",
        )
    return code


def _check_label(field: str, label: str | None, *, required: bool = False) -> str:
    text = " ".join((label or "").split())
    which = "Nederlandse" if field == "label_nl" else "Engelse"
    if required and not text:
        raise ValidationError(field, f"Vul de {which} naam in.")
    if len(text) > MAX_LABEL:
        raise ValidationError(
            field, f"De {which} naam is {len(text)} tekens; het mogen er {MAX_LABEL} zijn."
        )
    if starts_like_formula(text):  # a coordinator's import refuses it (formula injection)
        raise ValidationError(
            field,
            f"De {which} naam mag niet beginnen met =, +, - of @ (een rekenblad leest dat als "
            "formule).",
        )
    findings = screen_note(text)  # lists travel to the coordinator: no personal data
    if findings:
        raise ValidationError(
            field,
            f"De {which} naam lijkt een {findings[0].label_nl} te bevatten "
            f"('{findings[0].text}'); een lijst mag geen persoonsgegevens bevatten.",
        )
    return text


def _kind_fields(session: Session, kind: str, new: NewItem) -> dict[str, Any]:
    """The list-specific columns of a new item, checked."""
    if kind == "organisation":
        if new.level not in GOVERNMENT_LEVELS:
            raise ValidationError(
                "level",
                f"Kies het bestuursniveau van de organisatie: {', '.join(GOVERNMENT_LEVELS)}.",
            )
        return {"level": new.level}
    if kind == "referral":
        if new.referral_kind not in REFERRAL_KINDS:
            raise ValidationError(
                "referral_kind",
                f"Kies de soort doorverwijzing: {', '.join(REFERRAL_KINDS)}.",
            )
        organisation_id = None
        if new.referral_kind == "organisation":
            if not new.organisation:
                raise ValidationError(
                    "organisation", "Kies de organisatie waarnaar wordt doorverwezen."
                )
            organisation_id = _active(session, Organisation, new.organisation, "organisation").id
        return {"kind": new.referral_kind, "organisation_id": organisation_id}
    if kind == "topic":
        return _topic_fields(session, new)
    return {}


def _topic_fields(session: Session, new: NewItem) -> dict[str, Any]:
    parent = None
    if new.parent:
        parent = _active(session, Topic, new.parent, "parent")
        assert isinstance(parent, Topic)
        if parent.parent_id is not None:
            raise ValidationError(
                "parent",
                f"'{parent.label_nl}' is zelf een sub-onderwerp; een sub-onderwerp hoort onder "
                "een hoofdonderwerp.",
            )
    if new.domain:
        domain_id = _active(session, Domain, new.domain, "domain").id
    elif parent is not None:
        domain_id = parent.domain_id
    else:
        first = session.scalar(
            select(Domain.id).where(Domain.retired_at.is_(None)).order_by(Domain.sort_order)
        )
        if first is None:
            raise ValidationError("domain", "Er is geen actief domein; zet er eerst een terug.")
        domain_id = first
    if new.organisation:
        organisation_id: int | None = _active(
            session, Organisation, new.organisation, "organisation"
        ).id
    else:
        organisation_id = parent.organisation_id if parent is not None else None
    return {
        "parent_id": parent.id if parent is not None else None,
        "domain_id": domain_id,
        "organisation_id": organisation_id,
    }


def _check_can_retire(session: Session, kind: str, row: ListItem) -> None:
    model = type(row)
    if kind == "channel" or (isinstance(row, Topic) and row.parent_id is None):
        query = select(model).where(model.retired_at.is_(None), model.id != row.id)
        if isinstance(row, Topic):
            query = query.where(Topic.parent_id.is_(None))
        if session.scalar(query.limit(1)) is None:
            raise ValidationError(
                "code",
                f"{_name(kind, row)} is het laatste actieve {NOUNS[kind]}; dat moet blijven.",
            )
    if isinstance(row, Domain | Organisation):
        column = Topic.domain_id if isinstance(row, Domain) else Topic.organisation_id
        users = session.execute(
            select(Topic.label_nl, Topic.parent_id.is_(None))
            .where(column == row.id, Topic.retired_at.is_(None))
            .order_by(Topic.sort_order)
        ).all()
        if users:
            mains = [label for label, is_main in users if is_main]
            subs = len(users) - len(mains)
            shown = ", ".join(mains) if mains else f"{subs} sub-onderwerpen"
            if mains and subs:
                shown += f" (met {subs} sub-onderwerpen)"
            how = "hoort bij" if isinstance(row, Domain) else "wordt voorgesteld bij"
            fix = (
                "laat die onderwerpen eerst vervallen"
                if isinstance(row, Domain)
                else "kies daar eerst een andere voorgestelde organisatie of laat ze vervallen"
            )
            raise ValidationError(
                "code", f"{_name(kind, row)} {how} de actieve onderwerpen {shown}: {fix}."
            )


def _check_can_restore(session: Session, kind: str, row: ListItem) -> None:
    if isinstance(row, Topic) and row.parent_id is not None:
        parent = session.get(Topic, row.parent_id)
        if parent is not None and parent.retired_at is not None:
            raise ValidationError(
                "code", f"Zet eerst het hoofdonderwerp '{parent.label_nl}' terug."
            )
    if isinstance(row, ReferralTarget) and row.organisation_id is not None:
        organisation = session.get(Organisation, row.organisation_id)
        if organisation is not None and organisation.retired_at is not None:
            raise ValidationError(
                "code", f"Zet eerst de organisatie '{organisation.label_nl}' terug."
            )


# -- helpers ------------------------------------------------------------------------------


def _find(session: Session, model: type[ListItem], code: str) -> ListItem | None:
    return session.scalar(select(model).where(model.code == code))


def _get(session: Session, kind: str, code: str) -> ListItem:
    row = _find(session, LIST_MODELS[kind], code)
    if row is None:
        raise NotFound(
            f"Er is geen {NOUNS[kind]} met code '{code}'. 'ido-desk lists --all' toont de codes."
        )
    return row


def _active(session: Session, model: type[ListItem], code: str, field: str) -> Any:
    kind = _kind_of_model(model)
    row = _find(session, model, code)
    if row is None or row.retired_at is not None:
        state = "vervallen" if row is not None else "onbekend"
        raise ValidationError(field, f"{NOUNS[kind].capitalize()} '{code}' is {state}.")
    return row


def _siblings(session: Session, model: type[ListItem], parent_id: int | None) -> list[Any]:
    query = select(model).order_by(model.sort_order, model.id)
    if model is Topic:
        query = query.where(
            Topic.parent_id.is_(None) if parent_id is None else Topic.parent_id == parent_id
        )
    return list(session.scalars(query))


def _next_order(session: Session, model: type[ListItem], parent_id: int | None) -> int:
    return max((row.sort_order for row in _siblings(session, model, parent_id)), default=0) + 1


def _linked_referrals(session: Session, organisation: Organisation) -> list[ReferralTarget]:
    return list(
        session.scalars(
            select(ReferralTarget).where(
                ReferralTarget.organisation_id == organisation.id,
                ReferralTarget.kind == "organisation",
            )
        )
    )


def _kind_of_model(model: type[ListItem]) -> str:
    return next(kind for kind, m in LIST_MODELS.items() if m is model)


def _kind_of(row: ListItem) -> str:
    return _kind_of_model(type(row))


def _name(kind: str, row: ListItem) -> str:
    return f"{NOUNS[kind].capitalize()} '{row.label_nl}' ({row.code})"


def _audit_change(session: Session, desk: Desk, row: ListItem, before: dict[str, Any]) -> None:
    write_audit(session, desk, "list-edit", _kind_of(row), row.code, before, _snapshot(row))


def _snapshot(row: ListItem) -> dict[str, Any]:
    """The item as the audit log keeps it: every column but the id."""
    table = row.__table__  # type: ignore[attr-defined]
    return {column.key: getattr(row, column.key) for column in table.columns if column.key != "id"}


def _item(desk: Desk, kind: str, code: str) -> Item:
    item = desk.catalogue.by_kind()[kind].get(code)
    assert item is not None
    return item
