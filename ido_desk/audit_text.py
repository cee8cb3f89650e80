"""One audit entry in a sentence a branch manager can read.

The audit log keeps what the services wrote (``audit.write_audit``): before/after as JSON with
database ids and English keys. That stays as it is; this module only reads it, and turns ids
into the Dutch labels of the lists: "Bezoek 03-11-2026 10:15 gewijzigd: kanaal Aan de balie /
inloop → Telefonisch; duur 10 → 25 min". An id that is no longer in the lists reads
"onderwerp #7". Everything here is a pure function of the entry and the catalogue; an entry
in a shape this module does not know still gets a plain sentence, never an error."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ido_desk.audit_labels import NONE, Names, action_label, entity_label
from ido_desk.labels import entry_label
from ido_desk.list_admin import REFERRAL_KINDS
from ido_desk.lists import GOVERNMENT_LEVELS, Catalogue
from ido_desk.location import SETUPS
from ido_desk.retention import RETENTION_SETTING
from ido_desk.roles import PIN_SETTING
from ido_desk.translatable import Count

ARROW = " → "
EMPTY = "(leeg)"

LIST_NAMES = {  # "Lijst onderwerpen: ..."
    "channel": "kanalen",
    "domain": "domeinen",
    "organisation": "organisaties",
    "topic": "onderwerpen",
    "help": "soorten hulp",
    "referral": "doorverwijzingen",
}
LOCATION_FIELDS = {  # in the order a manager reads them
    "name": "naam",
    "organisation": "bibliotheekorganisatie",
    "municipality": "gemeente",
    "cbs_code": "CBS-code",
    "province": "provincie",
    "setup": "soort informatiepunt",
    "opening_hours": "openingstijden",
    "code": "locatiecode",
}

Json = dict[str, Any]


def describe(
    catalogue: Catalogue,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
) -> str:
    """A short Dutch sentence for one entry (``before``/``after`` as stored: JSON or None)."""
    old, new = _load(before), _load(after)
    try:
        text = _describe(Names(catalogue), action, entity, entity_id, old, new)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        text = None  # a shape this version does not know: say it plainly below
    return text or _plain(action, entity, entity_id, old, new)


# -- the dispatch -------------------------------------------------------------------------


def _describe(
    names: Names, action: str, entity: str, entity_id: str, old: Json | None, new: Json | None
) -> str | None:
    if entity == "visit":
        if action == "edit" and old is not None and new is not None:
            return _visit_edit(names, old, new)
        if action in ("delete", "undo") and old is not None:
            done = "verwijderd" if action == "delete" else "ongedaan gemaakt"
            return f"Bezoek {_when(old)} {done} ({_questions(names, old)})"
        if action == "undo-batch" and old is not None:
            return (
                f"Turflijst {_when(old)} ongedaan gemaakt: {_visits(int(old.get('count', 0)))} "
                f"({_questions(names, old)})"
            )
        if action == "transfer" and new is not None:
            return _transfer(entity_id, new)
        if action == "retention" and new is not None:
            return _retention(new)
    if action == "list-edit" and entity in LIST_NAMES:
        return _list_edit(names, entity, entity_id, old, new)
    if entity == "location" and action == "edit" and old is not None and new is not None:
        return _location_edit(old, new)
    if entity == "setting":
        return _setting(entity_id, old, new)
    if entity == "import" and new is not None:
        return _import(action, entity_id, new)
    if action == "restore" and old is not None and new is not None:
        return _restore(entity_id, old, new)
    return None


def _restore(file: str, old: Json, new: Json) -> str:
    lost, gained = old.get("registraties_verdwenen"), new.get("registraties_erbij")
    counts = [f"{_visits(int(n))} {word}" for n, word in ((lost, "verdwenen"), (gained, "erbij"))
              if n is not None]  # fmt: skip
    return f"Back-up {file} teruggezet" + (f" ({', '.join(counts)})" if counts else "")


def _plain(action: str, entity: str, entity_id: str, old: Json | None, new: Json | None) -> str:
    """Any other entry: what, which, and the keys that changed."""
    head = f"{entity_label(entity)} {entity_id}: {action_label(action).lower()}"
    changes = _changed_keys(old or {}, new or {})
    return f"{head} ({'; '.join(changes)})" if changes else head


def _changed_keys(old: Json, new: Json) -> list[str]:
    keys = list(dict.fromkeys([*old, *new]))
    return [
        f"{key} {_value(old.get(key))}{ARROW}{_value(new.get(key))}"
        for key in keys
        if old.get(key) != new.get(key)
    ]


# -- visits -------------------------------------------------------------------------------


def _visit_edit(names: Names, old: Json, new: Json) -> str:
    changes = []
    if old.get("started_at") != new.get("started_at"):
        changes.append(
            f"tijdstip {_when(old, same_day_as=new)}{ARROW}{_when(new, same_day_as=old)}"
        )
    if old.get("channel_id") != new.get("channel_id"):
        changes.append(
            f"kanaal {names.channel(old.get('channel_id'))}{ARROW}"
            f"{names.channel(new.get('channel_id'))}"
        )
    if old.get("duration_min") != new.get("duration_min"):
        changes.append(f"duur {_duration(old.get('duration_min'), new.get('duration_min'))}")
    if old.get("entry") != new.get("entry"):
        changes.append(f"invoer {_entry(old.get('entry'))}{ARROW}{_entry(new.get('entry'))}")
    changes += _question_changes(names, old.get("questions") or [], new.get("questions") or [])
    if not changes:
        return f"Bezoek {_when(old)} opnieuw opgeslagen: kanaal, duur en vragen ongewijzigd"
    return f"Bezoek {_when(old)} gewijzigd: {'; '.join(changes)}"


def _question_changes(names: Names, old: list[Json], new: list[Json]) -> list[str]:
    changes = []
    for n in range(1, max(len(old), len(new)) + 1):
        before = old[n - 1] if n <= len(old) else None
        after = new[n - 1] if n <= len(new) else None
        if before is None and after is not None:
            changes.append(f"vraag {n} toegevoegd: {_question(names, after)}")
        elif after is None and before is not None:
            changes.append(f"vraag {n} weggehaald: {_question(names, before)}")
        elif before is not None and after is not None:
            parts = []
            old_path = names.topic_path(before.get("topic_id"), before.get("subtopic_id"))
            new_path = names.topic_path(after.get("topic_id"), after.get("subtopic_id"))
            if old_path != new_path:
                parts.append(f"{old_path}{ARROW}{new_path}")
            for key, word, name in (
                ("organisation_id", "organisatie", names.organisation),
                ("help_id", "hulp", names.help),
                ("referral_id", "doorverwijzing", names.referral),
            ):
                if before.get(key) != after.get(key):
                    parts.append(f"{word} {name(before.get(key))}{ARROW}{name(after.get(key))}")
            if parts:
                changes.append(f"vraag {n}: {', '.join(parts)}")
    return changes


def _question(names: Names, question: Json) -> str:
    return names.topic_path(question.get("topic_id"), question.get("subtopic_id"))


def _questions(names: Names, visit: Json) -> str:
    questions = visit.get("questions") or []
    return "; ".join(_question(names, q) for q in questions) or "geen vragen"


def _when(visit: Json, same_day_as: Json | None = None) -> str:
    """ "03-11-2026 10:15"; only "09:40" when ``same_day_as`` started the same day."""
    raw = visit.get("started_at")
    moment = _moment(raw)
    if moment is None:
        return str(raw) if raw else "(tijdstip onbekend)"
    if same_day_as is not None:
        other = _moment(same_day_as.get("started_at"))
        if other is not None and other.date() == moment.date():
            return f"{moment:%H:%M}"
    return f"{moment:%d-%m-%Y %H:%M}"


def _duration(old: Any, new: Any) -> str:
    """ "10 → 25 min"; "geen → 25 min"; "25 min → geen"."""
    if new is None:
        return f"{old} min{ARROW}{NONE}"
    return f"{_value(old, NONE)}{ARROW}{new} min"


def _entry(code: Any) -> str:
    return entry_label(str(code))


def _transfer(entity_id: str, new: Json) -> str:
    count = len(new.get("overgezet") or [])
    text = f"{_visits(count)} gemarkeerd als overgezet naar het landelijk formulier"
    day = _day(entity_id)
    return f"{text} (dag {day:%d-%m-%Y})" if day else text


def _retention(new: Json) -> str:
    count = int(new.get("notities_gewist", 0))
    noun = "notitie" if count == 1 else "notities"
    text = f"{count} {noun} gewist: bewaartermijn verstreken"
    moment = _moment(new.get("gestart_voor"))
    return f"{text} (bezoeken vóór {moment:%d-%m-%Y %H:%M})" if moment else text


def _visits(count: int) -> str:
    return "1 bezoek" if count == 1 else f"{Count(count)} bezoeken"


# -- lists --------------------------------------------------------------------------------


def _list_edit(names: Names, kind: str, code: str, old: Json | None, new: Json | None) -> str:
    head = f"Lijst {LIST_NAMES[kind]}"
    if old is None and new is not None:
        text = f"{head}: '{new.get('label_nl') or code}' toegevoegd"
        if kind == "topic" and new.get("parent_id") is not None:
            text += f" onder '{names.topic(new['parent_id'])}'"
        return text
    if old is None or new is None:
        return f"{head}: '{names.by_code(kind, code)}' gewijzigd"
    if "position" in old or "position" in new:  # list_admin.move_item
        return (
            f"{head}: '{names.by_code(kind, code)}' verplaatst van plaats "
            f"{old.get('position')} naar {new.get('position')}"
        )
    label = old.get("label_nl") or new.get("label_nl") or code
    parts = []
    if old.get("label_nl") != new.get("label_nl"):
        parts.append(f"hernoemd tot '{new.get('label_nl')}'")
    if old.get("label_en") != new.get("label_en"):
        parts.append(f"Engelse naam '{old.get('label_en')}'{ARROW}'{new.get('label_en')}'")
    for key, word, name in (
        ("parent_id", "hoofdonderwerp", names.topic),
        ("domain_id", "domein", names.domain),
        ("organisation_id", _organisation_word(kind), names.organisation),
        ("level", "bestuursniveau", _level),
        ("kind", "soort", _referral_kind),
        ("code", "code", str),
    ):
        if key in old and old.get(key) != new.get(key):
            parts.append(f"{word} {name(old.get(key))}{ARROW}{name(new.get(key))}")
    was_retired, is_retired = old.get("retired_at") is not None, new.get("retired_at") is not None
    if is_retired and not was_retired:
        parts.append("vervallen")
    elif was_retired and not is_retired:
        parts.append("teruggezet")
    return f"{head}: '{label}' {', '.join(parts) or 'gewijzigd'}"


def _organisation_word(kind: str) -> str:
    return "voorgestelde organisatie" if kind == "topic" else "organisatie"


def _level(code: Any) -> str:
    return GOVERNMENT_LEVELS[code][0] if code in GOVERNMENT_LEVELS else _value(code, NONE)


def _referral_kind(code: Any) -> str:
    return REFERRAL_KINDS[code][0] if code in REFERRAL_KINDS else str(code)


# -- location, settings, imports ----------------------------------------------------------


def _location_edit(old: Json, new: Json) -> str:
    changes = []
    for key, word in LOCATION_FIELDS.items():
        if key in old and old.get(key) != new.get(key):
            show = _setup if key == "setup" else _quoted
            changes.append(f"{word} {show(old.get(key))}{ARROW}{show(new.get(key))}")
    name = old.get("name") or "(zonder naam)"
    if not changes:
        return f"Locatie '{name}' opnieuw opgeslagen, zonder wijzigingen"
    return f"Locatie '{name}' gewijzigd: {'; '.join(changes)}"


def _setup(code: Any) -> str:
    return SETUPS[code][0] if code in SETUPS else str(code)


def _quoted(value: Any) -> str:
    return f"'{value}'" if value not in (None, "") else EMPTY


def _setting(key: str, old: Json | None, new: Json | None) -> str | None:
    if key == PIN_SETTING and new is not None:
        how = "gewijzigd" if new.get("pincode") == "gewijzigd" else "ingesteld"
        return f"Pincode van de beheerder {how}"
    if key == RETENTION_SETTING and new is not None:
        days_before = (old or {}).get("dagen")
        return (
            f"Bewaartermijn van notities {_value(days_before, '?')}{ARROW}{new.get('dagen')} dagen"
        )
    return None


def _import(action: str, import_id: str, new: Json) -> str | None:
    if action == "import":
        return (
            f"Bestand {new.get('file')} van locatie {new.get('location')} ingelezen "
            f"(import {import_id}): {new.get('new', 0)} nieuw, {new.get('updated', 0)} bijgewerkt, "
            f"{new.get('deleted', 0)} verwijderd, {new.get('unchanged', 0)} ongewijzigd"
        )
    if action == "undo":
        return (
            f"Import {import_id} ongedaan gemaakt: {_visits(int(new.get('removed', 0)))} "
            f"weggehaald, {_visits(int(new.get('restored', 0)))} teruggezet"
        )
    return None


# -- values -------------------------------------------------------------------------------


def _load(text: str | None) -> Json | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _value(value: Any, missing: str = EMPTY) -> str:
    if value is None or value == "":
        return missing
    return str(value)


def _moment(raw: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def _day(raw: str) -> date | None:
    try:
        return date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        return None
