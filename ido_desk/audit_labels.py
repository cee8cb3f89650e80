"""The words of the audit log: the Dutch labels of its roles, actions and kinds of data, and
the names of list items by id (``Names``: "onderwerp #7" for an id no longer in the lists).
Used by the sentences (``audit_text``), the log's reading and export (``audit_log``) and the
window's filter."""

from __future__ import annotations

from typing import Any

from ido_desk.labels import topic_path
from ido_desk.list_admin import NOUNS
from ido_desk.lists import Catalogue, Item, ItemList
from ido_desk.translatable import QT_TRANSLATE_NOOP

NONE = "geen"

ROLE_LABELS = {"balie": "Balie", "beheerder": "Beheerder", "systeem": "Systeem"}
ACTION_LABELS = {
    "edit": "Gewijzigd",
    "delete": "Verwijderd",
    "undo": "Ongedaan gemaakt",
    "undo-batch": "Turflijst ongedaan gemaakt",
    "retention": "Notities gewist (bewaartermijn)",
    "pin-set": "Pincode ingesteld",
    "list-edit": "Lijst gewijzigd",
    "transfer": "Overgezet (landelijk formulier)",
    "import": "Ingelezen",
    "restore": "Back-up teruggezet",
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


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


class Names:
    """Ids and codes to Dutch labels, through the catalogue; unknown ids as "onderwerp #7"."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def _of(self, items: ItemList[Any], noun: str, item_id: Any) -> str:
        if item_id is None:
            return NONE
        try:
            item: Item = items.by_id(int(item_id))
        except (KeyError, TypeError, ValueError):
            return f"{noun} #{item_id}"
        return item.label_nl

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
        return item.label_nl if item is not None else code
