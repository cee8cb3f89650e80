"""The words of the audit log: the labels of its roles, actions and kinds of data (marked
texts: Dutch, and English when read in English), and the names of list items by id in the
reader's language (``Names``: "onderwerp #7" for an id no longer in the lists). Used by the
sentences (``audit_text``), the log's reading and export (``audit_log``) and the window's
filter. What is stored stays codes and ids; the words are chosen when the log is read."""

from __future__ import annotations

from typing import Any

from ido_desk.labels import VISIT, VISITS, counted, topic_path
from ido_desk.list_admin import NOUNS
from ido_desk.lists import Catalogue, Item, ItemList
from ido_desk.translatable import QT_TRANSLATE_NOOP, Text, in_language

NONE = QT_TRANSLATE_NOOP("audit", "geen")
EMPTY = QT_TRANSLATE_NOOP("audit", "(leeg)")
ARROW = " → "

Json = dict[str, Any]  # an entry's before or after, as stored

ROLE_LABELS = {
    "balie": QT_TRANSLATE_NOOP("audit", "Balie"),
    "beheerder": QT_TRANSLATE_NOOP("audit", "Beheerder"),
    "systeem": QT_TRANSLATE_NOOP("audit", "Systeem"),
}
ACTION_LABELS = {
    "edit": QT_TRANSLATE_NOOP("audit", "Gewijzigd"),
    "delete": QT_TRANSLATE_NOOP("audit", "Verwijderd"),
    "undo": QT_TRANSLATE_NOOP("audit", "Ongedaan gemaakt"),
    "undo-batch": QT_TRANSLATE_NOOP("audit", "Turflijst ongedaan gemaakt"),
    "retention": QT_TRANSLATE_NOOP("audit", "Notities gewist (bewaartermijn)"),
    "pin-set": QT_TRANSLATE_NOOP("audit", "Pincode ingesteld"),
    "list-edit": QT_TRANSLATE_NOOP("audit", "Lijst gewijzigd"),
    "transfer": QT_TRANSLATE_NOOP("audit", "Overgezet (landelijk formulier)"),
    "import": QT_TRANSLATE_NOOP("audit", "Ingelezen"),
    "restore": QT_TRANSLATE_NOOP("audit", "Back-up teruggezet"),
}
ENTITY_LABELS = {  # the window's filter shows them translated
    "visit": QT_TRANSLATE_NOOP("AuditView", "Bezoek"),
    "setting": QT_TRANSLATE_NOOP("AuditView", "Instelling"),
    "location": QT_TRANSLATE_NOOP("AuditView", "Locatie"),
    "import": QT_TRANSLATE_NOOP("AuditView", "Import"),
    "database": QT_TRANSLATE_NOOP("AuditView", "Database"),
    "channel": QT_TRANSLATE_NOOP("AuditView", "Kanaal"),
    "domain": QT_TRANSLATE_NOOP("AuditView", "Domein"),
    "topic": QT_TRANSLATE_NOOP("AuditView", "Onderwerp"),
    "organisation": QT_TRANSLATE_NOOP("AuditView", "Organisatie"),
    "help": QT_TRANSLATE_NOOP("AuditView", "Soort hulp"),
    "referral": QT_TRANSLATE_NOOP("AuditView", "Doorverwijzing"),
}


def language_of(english: bool) -> str | None:
    return "en" if english else None


def role_label(role: str, english: bool = False) -> str:
    return in_language(ROLE_LABELS.get(role, role), language_of(english))


def action_label(action: str, english: bool = False) -> str:
    return in_language(ACTION_LABELS.get(action, action), language_of(english))


def entity_label(entity: str, english: bool = False) -> str:
    return in_language(ENTITY_LABELS.get(entity, entity), language_of(english))


class Names:
    """Ids and codes to the lists' labels in the reader's language (the English names with
    ``english``), through the catalogue; unknown ids as "onderwerp #7". ``say`` gives a
    marked text in that language."""

    def __init__(self, catalogue: Catalogue, english: bool = False) -> None:
        self.catalogue = catalogue
        self.english = english

    def say(self, text: object) -> str:
        return in_language(text, language_of(self.english))

    def changes(self, changes: list[str], unchanged: Text, changed: Text, **values: Any) -> str:
        """``unchanged`` when nothing changed, else ``changed`` with the ``changes`` ("; "
        between them), each with ``values`` put in."""
        if not changes:
            return self.say(unchanged.format(**values))
        return self.say(changed.format(changes="; ".join(changes), **values))

    def value(self, value: Any, missing: str = EMPTY) -> str:
        """A stored value as it is; ``missing`` (said) for nothing."""
        return self.say(missing) if value is None or value == "" else str(value)

    def visits(self, count: Any) -> str:
        """ "1 bezoek", "3.725 bezoeken" ("3,725 visits")."""
        return self.say(counted(int(count), VISIT, VISITS))

    def _of(self, items: ItemList[Any], noun: str, item_id: Any) -> str:
        if item_id is None:
            return self.say(NONE)
        try:
            item: Item = items.by_id(int(item_id))
        except (KeyError, TypeError, ValueError):
            return f"{self.say(noun)} #{item_id}"
        return item.label_in(self.english)

    def channel(self, item_id: Any) -> str:
        return self._of(self.catalogue.channels, NOUNS["channel"], item_id)

    def domain(self, item_id: Any) -> str:
        return self._of(self.catalogue.domains, NOUNS["domain"], item_id)

    def organisation(self, item_id: Any) -> str:
        return self._of(self.catalogue.organisations, NOUNS["organisation"], item_id)

    def topic(self, item_id: Any) -> str:
        return self._of(self.catalogue.topics, NOUNS["topic"], item_id)

    def help(self, item_id: Any) -> str:
        return self._of(self.catalogue.help_kinds, NOUNS["help"], item_id)

    def referral(self, item_id: Any) -> str:
        return self._of(self.catalogue.referrals, NOUNS["referral"], item_id)

    def topic_path(self, topic_id: Any, subtopic_id: Any) -> str:
        """ "DigiD > Activeren", or "DigiD" without a sub-topic."""
        return topic_path(
            self.topic(topic_id), None if subtopic_id is None else self.topic(subtopic_id)
        )

    def by_code(self, kind: str, code: str) -> str:
        lists = self.catalogue.by_kind()
        item = lists[kind].get(code) if kind in lists else None
        return item.label_in(self.english) if item is not None else code
