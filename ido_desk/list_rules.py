"""What an item of a list must be, and how one is found: the checks and lookups behind the
list services of ``ido_desk.list_admin``. A code is unique per list (retired codes stay taken),
lowercase letters, digits and ``_``; a label has no personal data and is no spreadsheet
formula; a retired item that other active items lean on cannot go."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import LIST_MODELS, Domain, ListItem, Organisation, ReferralTarget, Topic
from ido_desk.csv_safe import starts_like_formula
from ido_desk.errors import NotFound, ValidationError
from ido_desk.lists import GOVERNMENT_LEVELS
from ido_desk.privacy.screen import screen_note
from ido_desk.translatable import QT_TRANSLATE_NOOP

KINDS: tuple[str, ...] = tuple(LIST_MODELS)  # channel, domain, organisation, topic, help, ...
NOUNS = {  # what one item of each list is called, in messages
    "channel": QT_TRANSLATE_NOOP("core", "kanaal"),
    "domain": QT_TRANSLATE_NOOP("core", "domein"),
    "organisation": QT_TRANSLATE_NOOP("core", "organisatie"),
    "topic": QT_TRANSLATE_NOOP("core", "onderwerp"),
    "help": QT_TRANSLATE_NOOP("core", "soort hulp"),
    "referral": QT_TRANSLATE_NOOP("core", "doorverwijzing"),
}
REFERRAL_KINDS: dict[str, tuple[str, str]] = {
    "organisation": ("Organisatie", "Organisation"),
    "course": ("Cursus", "Course"),
    "service": ("Dienst of voorziening", "Service"),
}
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


def suggest_code(label: str) -> str:
    """A code made from a label: "Inloggen / wachtwoord" -> "inloggen_wachtwoord"."""
    text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")[:MAX_CODE]


def check_kind(kind: str) -> str:
    if kind not in LIST_MODELS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("core", "Onbekende lijst '{kind}'. Kies uit: {KINDS}.").format(
                kind=kind, KINDS=", ".join(KINDS)
            ),
        )
    return kind


def check_code(code: str) -> str:
    code = code.strip()
    if not code:
        raise ValidationError(
            "code", QT_TRANSLATE_NOOP("core", "Vul een code in (kleine letters, cijfers en _).")
        )
    if len(code) > MAX_CODE or not CODE.match(code):
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "core",
                "Code '{code}' kan niet: gebruik alleen kleine letters, cijfers en _ (hoogstens "
                "{MAX_CODE} tekens), bijvoorbeeld '{code2}'.",
            ).format(code=code, MAX_CODE=MAX_CODE, code2=suggest_code(code) or "digid_app"),
        )
    return code


def check_label(field: str, label: str | None, *, required: bool = False) -> str:
    text = " ".join((label or "").split())
    which = (
        QT_TRANSLATE_NOOP("core", "Nederlandse")
        if field == "label_nl"
        else QT_TRANSLATE_NOOP("core", "Engelse")
    )
    if required and not text:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("core", "Vul de {which} naam in.").format(which=which)
        )
    if len(text) > MAX_LABEL:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "core", "De {which} naam is {text} tekens; het mogen er {MAX_LABEL} zijn."
            ).format(which=which, text=len(text), MAX_LABEL=MAX_LABEL),
        )
    if starts_like_formula(text):  # a coordinator's import refuses it (formula injection)
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "core",
                "De {which} naam mag niet beginnen met =, +, - of @ (een rekenblad leest "
                "dat als formule).",
            ).format(which=which),
        )
    findings = screen_note(text)  # lists travel to the coordinator: no personal data
    if findings:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "core",
                "De {which} naam lijkt een {label_nl} te bevatten ('{text}'); een lijst "
                "mag geen persoonsgegevens bevatten.",
            ).format(which=which, label_nl=findings[0].label_nl, text=findings[0].text),
        )
    return text


def kind_fields(session: Session, kind: str, new: NewItem) -> dict[str, Any]:
    """The list-specific columns of a new item, checked."""
    if kind == "organisation":
        if new.level not in GOVERNMENT_LEVELS:
            raise ValidationError(
                "level",
                QT_TRANSLATE_NOOP(
                    "core", "Kies het bestuursniveau van de organisatie: {GOVERNMENT_LEVELS}."
                ).format(GOVERNMENT_LEVELS=", ".join(GOVERNMENT_LEVELS)),
            )
        return {"level": new.level}
    if kind == "referral":
        if new.referral_kind not in REFERRAL_KINDS:
            raise ValidationError(
                "referral_kind",
                QT_TRANSLATE_NOOP("core", "Kies de soort doorverwijzing: {REFERRAL_KINDS}.").format(
                    REFERRAL_KINDS=", ".join(REFERRAL_KINDS)
                ),
            )
        organisation_id = None
        if new.referral_kind == "organisation":
            if not new.organisation:
                raise ValidationError(
                    "organisation",
                    QT_TRANSLATE_NOOP("core", "Kies de organisatie waarnaar wordt doorverwezen."),
                )
            organisation_id = active(session, Organisation, new.organisation, "organisation").id
        return {"kind": new.referral_kind, "organisation_id": organisation_id}
    if kind == "topic":
        return topic_fields(session, new)
    return {}


def topic_fields(session: Session, new: NewItem) -> dict[str, Any]:
    parent = None
    if new.parent:
        parent = active(session, Topic, new.parent, "parent")
        assert isinstance(parent, Topic)
        if parent.parent_id is not None:
            raise ValidationError(
                "parent",
                QT_TRANSLATE_NOOP(
                    "core",
                    "'{parent.label_nl}' is zelf een sub-onderwerp; een sub-onderwerp hoort "
                    "onder een hoofdonderwerp.",
                ).format(parent=parent),
            )
    if new.domain:
        domain_id = active(session, Domain, new.domain, "domain").id
    elif parent is not None:
        domain_id = parent.domain_id
    else:
        first = session.scalar(
            select(Domain.id).where(Domain.retired_at.is_(None)).order_by(Domain.sort_order)
        )
        if first is None:
            raise ValidationError(
                "domain",
                QT_TRANSLATE_NOOP("core", "Er is geen actief domein; zet er eerst een terug."),
            )
        domain_id = first
    if new.organisation:
        organisation_id: int | None = active(
            session, Organisation, new.organisation, "organisation"
        ).id
    else:
        organisation_id = parent.organisation_id if parent is not None else None
    return {
        "parent_id": parent.id if parent is not None else None,
        "domain_id": domain_id,
        "organisation_id": organisation_id,
    }


def check_can_retire(session: Session, kind: str, row: ListItem) -> None:
    model = type(row)
    if kind == "channel" or (isinstance(row, Topic) and row.parent_id is None):
        query = select(model).where(model.retired_at.is_(None), model.id != row.id)
        if isinstance(row, Topic):
            query = query.where(Topic.parent_id.is_(None))
        if session.scalar(query.limit(1)) is None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "core", "{row} is het laatste actieve {kind}; dat moet blijven."
                ).format(row=item_name(kind, row), kind=NOUNS[kind]),
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
            shown = (
                ", ".join(mains)
                if mains
                else QT_TRANSLATE_NOOP("core", "{subs} sub-onderwerpen").format(subs=subs)
            )
            if mains and subs:
                shown = QT_TRANSLATE_NOOP("core", "{shown} (met {subs} sub-onderwerpen)").format(
                    shown=shown, subs=subs
                )
            how = (
                QT_TRANSLATE_NOOP("core", "hoort bij")
                if isinstance(row, Domain)
                else QT_TRANSLATE_NOOP("core", "wordt voorgesteld bij")
            )
            fix = (
                QT_TRANSLATE_NOOP("core", "laat die onderwerpen eerst vervallen")
                if isinstance(row, Domain)
                else QT_TRANSLATE_NOOP(
                    "core",
                    "kies daar eerst een andere voorgestelde organisatie of laat ze vervallen",
                )
            )
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "core", "{row} {how} de actieve onderwerpen {shown}: {fix}."
                ).format(row=item_name(kind, row), how=how, shown=shown, fix=fix),
            )


def check_can_restore(session: Session, kind: str, row: ListItem) -> None:
    if isinstance(row, Topic) and row.parent_id is not None:
        parent = session.get(Topic, row.parent_id)
        if parent is not None and parent.retired_at is not None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "core", "Zet eerst het hoofdonderwerp '{parent.label_nl}' terug."
                ).format(parent=parent),
            )
    if isinstance(row, ReferralTarget) and row.organisation_id is not None:
        organisation = session.get(Organisation, row.organisation_id)
        if organisation is not None and organisation.retired_at is not None:
            raise ValidationError(
                "code",
                QT_TRANSLATE_NOOP(
                    "core", "Zet eerst de organisatie '{organisation.label_nl}' terug."
                ).format(organisation=organisation),
            )


# -- helpers ------------------------------------------------------------------------------


def find(session: Session, model: type[ListItem], code: str) -> ListItem | None:
    return session.scalar(select(model).where(model.code == code))


def get_row(session: Session, kind: str, code: str) -> ListItem:
    row = find(session, LIST_MODELS[kind], code)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "core",
                "Er is geen {kind} met code '{code}'. 'ido-desk lists --all' toont de codes.",
            ).format(kind=NOUNS[kind], code=code)
        )
    return row


def active(session: Session, model: type[ListItem], code: str, field: str) -> Any:
    kind = kind_of_model(model)
    row = find(session, model, code)
    if row is None or row.retired_at is not None:
        state = "vervallen" if row is not None else "onbekend"
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("core", "{noun} '{code}' is {state}.").format(
                noun=NOUNS[kind].capitalize(), code=code, state=state
            ),
        )
    return row


def siblings_of(session: Session, model: type[ListItem], parent_id: int | None) -> list[Any]:
    query = select(model).order_by(model.sort_order, model.id)
    if model is Topic:
        query = query.where(
            Topic.parent_id.is_(None) if parent_id is None else Topic.parent_id == parent_id
        )
    return list(session.scalars(query))


def next_order(session: Session, model: type[ListItem], parent_id: int | None) -> int:
    return max((row.sort_order for row in siblings_of(session, model, parent_id)), default=0) + 1


def linked_referrals(session: Session, organisation: Organisation) -> list[ReferralTarget]:
    return list(
        session.scalars(
            select(ReferralTarget).where(
                ReferralTarget.organisation_id == organisation.id,
                ReferralTarget.kind == "organisation",
            )
        )
    )


def kind_of_model(model: type[ListItem]) -> str:
    return next(kind for kind, m in LIST_MODELS.items() if m is model)


def kind_of(row: ListItem) -> str:
    return kind_of_model(type(row))


def item_name(kind: str, row: ListItem) -> str:
    return f"{NOUNS[kind].capitalize()} '{row.label_nl}' ({row.code})"
