"""The audit log's sentences about the desk's set-up: list edits, the location, the settings,
imports and restores ("Lijst onderwerpen: 'Energietoeslag' toegevoegd"), in the reader's
language (``audit_labels.Names``). Called by ``audit_text.describe``, which catches a shape
these functions do not know."""

from __future__ import annotations

from typing import Any

from ido_desk.audit_labels import ARROW, EMPTY, NONE, Json, Names
from ido_desk.list_admin import REFERRAL_KINDS
from ido_desk.lists import GOVERNMENT_LEVELS
from ido_desk.location import SETUPS
from ido_desk.retention import RETENTION_SETTING
from ido_desk.roles import PIN_SETTING
from ido_desk.translatable import QT_TRANSLATE_NOOP, Count

LIST_NAMES = {  # "Lijst onderwerpen: ..."
    "channel": QT_TRANSLATE_NOOP("audit", "kanalen"),
    "domain": QT_TRANSLATE_NOOP("audit", "domeinen"),
    "organisation": QT_TRANSLATE_NOOP("audit", "organisaties"),
    "topic": QT_TRANSLATE_NOOP("audit", "onderwerpen"),
    "help": QT_TRANSLATE_NOOP("audit", "soorten hulp"),
    "referral": QT_TRANSLATE_NOOP("audit", "doorverwijzingen"),
}
LOCATION_FIELDS = {  # in the order a manager reads them
    "name": QT_TRANSLATE_NOOP("audit", "naam"),
    "organisation": QT_TRANSLATE_NOOP("audit", "bibliotheekorganisatie"),
    "municipality": QT_TRANSLATE_NOOP("audit", "gemeente"),
    "cbs_code": QT_TRANSLATE_NOOP("audit", "CBS-code"),
    "province": QT_TRANSLATE_NOOP("audit", "provincie"),
    "setup": QT_TRANSLATE_NOOP("audit", "soort informatiepunt"),
    "opening_hours": QT_TRANSLATE_NOOP("audit", "openingstijden"),
    "code": QT_TRANSLATE_NOOP("audit", "locatiecode"),
}

# -- lists --------------------------------------------------------------------------------


def list_edit(names: Names, kind: str, code: str, old: Json | None, new: Json | None) -> str:
    say = names.say
    head = say(QT_TRANSLATE_NOOP("audit", "Lijst {name}").format(name=LIST_NAMES[kind]))
    if old is None and new is not None:
        label = _label(names, new) or code
        if kind == "topic" and new.get("parent_id") is not None:
            added = QT_TRANSLATE_NOOP("audit", "{head}: '{label}' toegevoegd onder '{parent}'")
            return say(added.format(head=head, label=label, parent=names.topic(new["parent_id"])))
        return say(
            QT_TRANSLATE_NOOP("audit", "{head}: '{label}' toegevoegd").format(
                head=head, label=label
            )
        )
    if old is None or new is None:
        return say(
            QT_TRANSLATE_NOOP("audit", "{head}: '{label}' gewijzigd").format(
                head=head, label=names.by_code(kind, code)
            )
        )
    if "position" in old or "position" in new:  # list_admin.move_item
        return say(
            QT_TRANSLATE_NOOP("audit", "{head}: '{label}' verplaatst van plaats {old} naar {new}")
            .format(
                head=head,
                label=names.by_code(kind, code),
                old=old.get("position"),
                new=new.get("position"),
            )
        )  # fmt: skip
    label = _label(names, old) or _label(names, new) or code
    parts = []
    if old.get("label_nl") != new.get("label_nl"):
        parts.append(
            say(QT_TRANSLATE_NOOP("audit", "hernoemd tot '{label}'")).format(
                label=new.get("label_nl")
            )
        )
    if old.get("label_en") != new.get("label_en"):
        parts.append(
            say(QT_TRANSLATE_NOOP("audit", "Engelse naam '{old}' → '{new}'")).format(
                old=old.get("label_en"), new=new.get("label_en")
            )
        )
    for key, word, name in (
        ("parent_id", QT_TRANSLATE_NOOP("audit", "hoofdonderwerp"), names.topic),
        ("domain_id", QT_TRANSLATE_NOOP("audit", "domein"), names.domain),
        ("organisation_id", _organisation_word(kind), names.organisation),
        ("level", QT_TRANSLATE_NOOP("audit", "bestuursniveau"), lambda c: _level(names, c)),
        ("kind", QT_TRANSLATE_NOOP("audit", "soort"), lambda c: _referral_kind(names, c)),
        ("code", QT_TRANSLATE_NOOP("audit", "code"), str),
    ):
        if key in old and old.get(key) != new.get(key):
            parts.append(f"{say(word)} {name(old.get(key))}{ARROW}{name(new.get(key))}")
    was_retired, is_retired = old.get("retired_at") is not None, new.get("retired_at") is not None
    if is_retired and not was_retired:
        parts.append(say(QT_TRANSLATE_NOOP("audit", "vervallen")))
    elif was_retired and not is_retired:
        parts.append(say(QT_TRANSLATE_NOOP("audit", "teruggezet")))
    what = ", ".join(parts) or say(QT_TRANSLATE_NOOP("audit", "gewijzigd"))
    return f"{head}: '{label}' {what}"


def _label(names: Names, item: Json) -> str | None:
    """The label an entry kept of a list item: its English name with ``english``."""
    english = item.get("label_en") if names.english else None
    return english or item.get("label_nl")


def _organisation_word(kind: str) -> str:
    if kind == "topic":
        return QT_TRANSLATE_NOOP("audit", "voorgestelde organisatie")
    return QT_TRANSLATE_NOOP("audit", "organisatie")


def _level(names: Names, code: Any) -> str:
    if code in GOVERNMENT_LEVELS:
        return GOVERNMENT_LEVELS[code][1 if names.english else 0]
    return names.value(code, NONE)


def _referral_kind(names: Names, code: Any) -> str:
    return REFERRAL_KINDS[code][1 if names.english else 0] if code in REFERRAL_KINDS else str(code)


# -- location, settings, imports, restores ------------------------------------------------


def location_edit(names: Names, old: Json, new: Json) -> str:
    say = names.say
    changes = []
    for key, word in LOCATION_FIELDS.items():
        if key in old and old.get(key) != new.get(key):
            if key == "setup":
                was, now = _setup(names, old.get(key)), _setup(names, new.get(key))
            else:
                was, now = _quoted(names, old.get(key)), _quoted(names, new.get(key))
            changes.append(f"{say(word)} {was}{ARROW}{now}")
    return names.changes(
        changes,
        QT_TRANSLATE_NOOP("audit", "Locatie '{name}' opnieuw opgeslagen, zonder wijzigingen"),
        QT_TRANSLATE_NOOP("audit", "Locatie '{name}' gewijzigd: {changes}"),
        name=old.get("name") or say(QT_TRANSLATE_NOOP("audit", "(zonder naam)")),
    )


def _setup(names: Names, code: Any) -> str:
    return SETUPS[code][1 if names.english else 0] if code in SETUPS else str(code)


def _quoted(names: Names, value: Any) -> str:
    return f"'{value}'" if value not in (None, "") else names.say(EMPTY)


def setting(names: Names, key: str, old: Json | None, new: Json | None) -> str | None:
    if key == PIN_SETTING and new is not None:
        if new.get("pincode") == "gewijzigd":
            return names.say(QT_TRANSLATE_NOOP("audit", "Pincode van de beheerder gewijzigd"))
        return names.say(QT_TRANSLATE_NOOP("audit", "Pincode van de beheerder ingesteld"))
    if key == RETENTION_SETTING and new is not None:
        return names.say(
            QT_TRANSLATE_NOOP("audit", "Bewaartermijn van notities {old} → {new} dagen").format(
                old=names.value((old or {}).get("dagen"), "?"), new=new.get("dagen")
            )
        )
    return None


def import_text(names: Names, action: str, import_id: str, new: Json) -> str | None:
    if action == "import":
        return names.say(
            QT_TRANSLATE_NOOP(
                "audit",
                "Bestand {file} van locatie {location} ingelezen (import {id}): {new} nieuw, "
                "{updated} bijgewerkt, {deleted} verwijderd, {unchanged} ongewijzigd",
            ).format(
                file=new.get("file"),
                location=new.get("location"),
                id=import_id,
                **{
                    k: Count(int(new.get(k, 0))) for k in ("new", "updated", "deleted", "unchanged")
                },
            )
        )
    if action == "undo":
        return names.say(
            QT_TRANSLATE_NOOP(
                "audit", "Import {id} ongedaan gemaakt: {removed} weggehaald, {restored} teruggezet"
            ).format(
                id=import_id,
                removed=names.visits(new.get("removed", 0)),
                restored=names.visits(new.get("restored", 0)),
            )
        )
    return None


def restore(names: Names, file: str, old: Json, new: Json) -> str:
    lost, gained = old.get("registraties_verdwenen"), new.get("registraties_erbij")
    counts = []
    if lost is not None:
        counts.append(
            QT_TRANSLATE_NOOP("audit", "{visits} verdwenen").format(visits=names.visits(lost))
        )
    if gained is not None:
        counts.append(
            QT_TRANSLATE_NOOP("audit", "{visits} erbij").format(visits=names.visits(gained))
        )
    if not counts:
        return names.say(QT_TRANSLATE_NOOP("audit", "Back-up {file} teruggezet").format(file=file))
    return names.say(
        QT_TRANSLATE_NOOP("audit", "Back-up {file} teruggezet ({counts})").format(
            file=file, counts=", ".join(names.say(c) for c in counts)
        )
    )
