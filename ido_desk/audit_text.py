"""One audit entry in a sentence a branch manager can read, in the reader's language.

The audit log keeps what the services wrote (``audit.write_audit``): before/after as JSON with
database ids and English keys. That stays as it is; this module only reads it, and turns ids
into the labels of the lists: "Bezoek 03-11-2026 10:15 gewijzigd: kanaal Aan de balie /
inloop → Telefonisch; duur 10 → 25 min", or with ``english`` "Visit 03-11-2026 10:15 changed:
channel At the desk / walk-in → By phone; ...": the sentences are marked texts and the list
items' English names are used, chosen when the log is read (old entries read in English too).
An id that is no longer in the lists reads "onderwerp #7". Everything here is a pure function
of the entry and the catalogue; an entry in a shape this module does not know still gets a
plain sentence, never an error."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ido_desk.audit_labels import ARROW, NONE, Json, Names, action_label, entity_label
from ido_desk.audit_setup_text import (
    LIST_NAMES,
    import_text,
    list_edit,
    location_edit,
    restore,
    setting,
)
from ido_desk.labels import counted, entry_label
from ido_desk.lists import Catalogue
from ido_desk.translatable import QT_TRANSLATE_NOOP

NOTE, NOTES = QT_TRANSLATE_NOOP("audit", "notitie"), QT_TRANSLATE_NOOP("audit", "notities")


def describe(
    catalogue: Catalogue,
    action: str,
    entity: str,
    entity_id: str,
    before: str | None,
    after: str | None,
    english: bool = False,
) -> str:
    """A short sentence for one entry (``before``/``after`` as stored: JSON or None), in
    Dutch, or in English with the lists' English names with ``english``."""
    old, new = _load(before), _load(after)
    names = Names(catalogue, english)
    try:
        text = _describe(names, action, entity, entity_id, old, new)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        text = None  # a shape this version does not know: say it plainly below
    return text or _plain(names, action, entity, entity_id, old, new)


# -- the dispatch -------------------------------------------------------------------------


def _describe(
    names: Names, action: str, entity: str, entity_id: str, old: Json | None, new: Json | None
) -> str | None:
    if entity == "visit":
        if action == "edit" and old is not None and new is not None:
            return _visit_edit(names, old, new)
        if action == "delete" and old is not None:
            return names.say(
                QT_TRANSLATE_NOOP("audit", "Bezoek {when} verwijderd ({questions})").format(
                    when=_when(names, old), questions=_questions(names, old)
                )
            )
        if action == "undo" and old is not None:
            return names.say(
                QT_TRANSLATE_NOOP("audit", "Bezoek {when} ongedaan gemaakt ({questions})").format(
                    when=_when(names, old), questions=_questions(names, old)
                )
            )
        if action == "undo-batch" and old is not None:
            return names.say(
                QT_TRANSLATE_NOOP(
                    "audit", "Turflijst {when} ongedaan gemaakt: {visits} ({questions})"
                ).format(
                    when=_when(names, old),
                    visits=names.visits(old.get("count", 0)),
                    questions=_questions(names, old),
                )
            )
        if action == "transfer" and new is not None:
            return _transfer(names, entity_id, new)
        if action == "retention" and new is not None:
            return _retention(names, new)
    if action == "list-edit" and entity in LIST_NAMES:
        return list_edit(names, entity, entity_id, old, new)
    if entity == "location" and action == "edit" and old is not None and new is not None:
        return location_edit(names, old, new)
    if entity == "setting":
        return setting(names, entity_id, old, new)
    if entity == "import" and new is not None:
        return import_text(names, action, entity_id, new)
    if action == "restore" and old is not None and new is not None:
        return restore(names, entity_id, old, new)
    return None


def _plain(
    names: Names, action: str, entity: str, entity_id: str, old: Json | None, new: Json | None
) -> str:
    """Any other entry: what, which, and the keys that changed."""
    english = names.english
    head = f"{entity_label(entity, english)} {entity_id}: {action_label(action, english).lower()}"
    changes = _changed_keys(names, old or {}, new or {})
    return f"{head} ({'; '.join(changes)})" if changes else head


def _changed_keys(names: Names, old: Json, new: Json) -> list[str]:
    keys = list(dict.fromkeys([*old, *new]))
    return [
        f"{key} {names.value(old.get(key))}{ARROW}{names.value(new.get(key))}"
        for key in keys
        if old.get(key) != new.get(key)
    ]


# -- visits -------------------------------------------------------------------------------


def _visit_edit(names: Names, old: Json, new: Json) -> str:
    say = names.say
    changes = []
    if old.get("started_at") != new.get("started_at"):
        changes.append(
            say(QT_TRANSLATE_NOOP("audit", "tijdstip {old} → {new}")).format(
                old=_when(names, old, same_day_as=new), new=_when(names, new, same_day_as=old)
            )
        )
    if old.get("channel_id") != new.get("channel_id"):
        changes.append(
            say(QT_TRANSLATE_NOOP("audit", "kanaal {old} → {new}")).format(
                old=names.channel(old.get("channel_id")), new=names.channel(new.get("channel_id"))
            )
        )
    if old.get("duration_min") != new.get("duration_min"):
        changes.append(
            say(QT_TRANSLATE_NOOP("audit", "duur {change}")).format(
                change=_duration(names, old.get("duration_min"), new.get("duration_min"))
            )
        )
    if old.get("entry") != new.get("entry"):
        changes.append(
            say(QT_TRANSLATE_NOOP("audit", "invoer {old} → {new}")).format(
                old=_entry(names, old.get("entry")), new=_entry(names, new.get("entry"))
            )
        )
    changes += _question_changes(names, old.get("questions") or [], new.get("questions") or [])
    return names.changes(
        changes,
        QT_TRANSLATE_NOOP(
            "audit", "Bezoek {when} opnieuw opgeslagen: kanaal, duur en vragen ongewijzigd"
        ),
        QT_TRANSLATE_NOOP("audit", "Bezoek {when} gewijzigd: {changes}"),
        when=_when(names, old),
    )


def _question_changes(names: Names, old: list[Json], new: list[Json]) -> list[str]:
    say = names.say
    changes = []
    for n in range(1, max(len(old), len(new)) + 1):
        before = old[n - 1] if n <= len(old) else None
        after = new[n - 1] if n <= len(new) else None
        if before is None and after is not None:
            changes.append(
                say(QT_TRANSLATE_NOOP("audit", "vraag {n} toegevoegd: {question}")).format(
                    n=n, question=_question(names, after)
                )
            )
        elif after is None and before is not None:
            changes.append(
                say(QT_TRANSLATE_NOOP("audit", "vraag {n} weggehaald: {question}")).format(
                    n=n, question=_question(names, before)
                )
            )
        elif before is not None and after is not None:
            parts = []
            old_path = _question(names, before)
            new_path = _question(names, after)
            if old_path != new_path:
                parts.append(f"{old_path}{ARROW}{new_path}")
            for key, word, name in (
                ("organisation_id", QT_TRANSLATE_NOOP("audit", "organisatie"), names.organisation),
                ("help_id", QT_TRANSLATE_NOOP("audit", "hulp"), names.help),
                ("referral_id", QT_TRANSLATE_NOOP("audit", "doorverwijzing"), names.referral),
            ):
                if before.get(key) != after.get(key):
                    parts.append(
                        f"{say(word)} {name(before.get(key))}{ARROW}{name(after.get(key))}"
                    )
            if parts:
                changes.append(
                    say(QT_TRANSLATE_NOOP("audit", "vraag {n}: {changes}")).format(
                        n=n, changes=", ".join(parts)
                    )
                )
    return changes


def _question(names: Names, question: Json) -> str:
    return names.topic_path(question.get("topic_id"), question.get("subtopic_id"))


def _questions(names: Names, visit: Json) -> str:
    questions = visit.get("questions") or []
    return "; ".join(_question(names, q) for q in questions) or names.say(
        QT_TRANSLATE_NOOP("audit", "geen vragen")
    )


def _when(names: Names, visit: Json, same_day_as: Json | None = None) -> str:
    """ "03-11-2026 10:15"; only "09:40" when ``same_day_as`` started the same day."""
    raw = visit.get("started_at")
    moment = _moment(raw)
    if moment is None:
        return str(raw) if raw else names.say(QT_TRANSLATE_NOOP("audit", "(tijdstip onbekend)"))
    if same_day_as is not None:
        other = _moment(same_day_as.get("started_at"))
        if other is not None and other.date() == moment.date():
            return f"{moment:%H:%M}"
    return f"{moment:%d-%m-%Y %H:%M}"


def _duration(names: Names, old: Any, new: Any) -> str:
    """ "10 → 25 min"; "geen → 25 min"; "25 min → geen"."""
    if new is None:
        return f"{old} min{ARROW}{names.say(NONE)}"
    return f"{names.value(old, NONE)}{ARROW}{new} min"


def _entry(names: Names, code: Any) -> str:
    return names.say(entry_label(str(code)))


def _transfer(names: Names, entity_id: str, new: Json) -> str:
    visits = names.visits(len(new.get("overgezet") or []))
    day = _day(entity_id)
    if day is None:
        return names.say(
            QT_TRANSLATE_NOOP(
                "audit", "{visits} gemarkeerd als overgezet naar het landelijk formulier"
            ).format(visits=visits)
        )
    return names.say(
        QT_TRANSLATE_NOOP(
            "audit", "{visits} gemarkeerd als overgezet naar het landelijk formulier (dag {day})"
        ).format(visits=visits, day=f"{day:%d-%m-%Y}")
    )


def _retention(names: Names, new: Json) -> str:
    notes = names.say(counted(int(new.get("notities_gewist", 0)), NOTE, NOTES))
    moment = _moment(new.get("gestart_voor"))
    if moment is None:
        return names.say(
            QT_TRANSLATE_NOOP("audit", "{notes} gewist: bewaartermijn verstreken").format(
                notes=notes
            )
        )
    return names.say(
        QT_TRANSLATE_NOOP(
            "audit", "{notes} gewist: bewaartermijn verstreken (bezoeken vóór {moment})"
        ).format(notes=notes, moment=f"{moment:%d-%m-%Y %H:%M}")
    )


# -- values -------------------------------------------------------------------------------


def _load(text: str | None) -> Json | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


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
