"""What an edit would change, in words, for the line above the edit dialog's buttons:
"tijdstip 10:15 → 11:00; duur 10 → 25 min; vraag 1: hulp Informatie gegeven → Samen gedaan"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.lists import Catalogue
from ui.list_labels import shown

ARROW = " → "


def _label(items: object, code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("VisitChanges", "geen")
    item = items.get(code)  # type: ignore[attr-defined]
    return shown(item) if item is not None else code


def _minutes(value: int | None) -> str:
    return (
        QCoreApplication.translate("VisitChanges", "onbekend")
        if value is None
        else QCoreApplication.translate("VisitChanges", "{0} min").format(value)
    )


def _question(cat: Catalogue, n: int, old: QuestionDraft, new: QuestionDraft) -> list[str]:
    parts = []
    fields = (
        (
            QCoreApplication.translate("VisitChanges", "onderwerp"),
            cat.topics,
            old.subtopic or old.topic,
            new.subtopic or new.topic,
        ),
        (
            QCoreApplication.translate("VisitChanges", "organisatie"),
            cat.organisations,
            old.organisation,
            new.organisation,
        ),
        (QCoreApplication.translate("VisitChanges", "hulp"), cat.help_kinds, old.help, new.help),
        (
            QCoreApplication.translate("VisitChanges", "doorverwezen naar"),
            cat.referrals,
            old.referral,
            new.referral,
        ),
    )
    for name, items, before, after in fields:
        if before != after:
            parts.append(f"{name} {_label(items, before)}{ARROW}{_label(items, after)}")
    return (
        [QCoreApplication.translate("VisitChanges", "vraag {0}: {1}").format(n, ", ".join(parts))]
        if parts
        else []
    )


def changes_text(cat: Catalogue, before: VisitDraft, after: VisitDraft) -> list[str]:
    """One phrase per change, in the order of the form; empty when nothing changed."""
    lines = []
    if before.started_at != after.started_at and after.started_at is not None:
        old = f"{before.started_at:%d-%m-%Y %H:%M}" if before.started_at else "-"
        lines.append(
            QCoreApplication.translate("VisitChanges", "tijdstip {0}").format(
                f"{old}{ARROW}{after.started_at:%d-%m-%Y %H:%M}"
            )
        )
    if before.channel != after.channel:
        channels = f"{_label(cat.channels, before.channel)}{ARROW}"
        lines.append(
            QCoreApplication.translate("VisitChanges", "kanaal {0}").format(
                channels + _label(cat.channels, after.channel)
            )
        )
    if before.duration_min != after.duration_min:
        minutes = f"{_minutes(before.duration_min)}{ARROW}{_minutes(after.duration_min)}"
        lines.append(QCoreApplication.translate("VisitChanges", "duur {0}").format(minutes))
    for n, (old_q, new_q) in enumerate(zip(before.questions, after.questions, strict=False), 1):
        lines += _question(cat, n, old_q, new_q)
    added = len(after.questions) - len(before.questions)
    if added == 1:
        lines.append(QCoreApplication.translate("VisitChanges", "1 vraag erbij"))
    elif added > 1:
        lines.append(QCoreApplication.translate("VisitChanges", "{0} vragen erbij").format(added))
    elif added == -1:
        lines.append(QCoreApplication.translate("VisitChanges", "1 vraag eraf"))
    elif added < -1:
        lines.append(QCoreApplication.translate("VisitChanges", "{0} vragen eraf").format(-added))
    if (before.note or None) != (after.note or None):
        lines.append(QCoreApplication.translate("VisitChanges", "notitie gewijzigd"))
    return lines
