"""lists.json: the list codes a file's visits use, with their labels, read and checked.

Codes are matched whole over ASCII; labels may hold no control characters and cannot start a
formula; every reference points at a code in the file. Whether the topic hierarchy still holds
once merged with the coordinator's own lists is codes.py's question."""

from __future__ import annotations

from typing import Any

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile
from ido_desk.lists import GOVERNMENT_LEVELS
from ido_desk.translatable import QT_TRANSLATE_NOOP

FileLists = dict[str, dict[str, dict[str, Any]]]  # kind -> code -> entry
REFERRAL_KINDS = frozenset({"organisation", "course", "service"})
MAX_LABEL = 120


def read_lists(file: str, raw: Any) -> FileLists:
    """kind -> code -> entry, every entry checked (codes, labels, references)."""
    member = fmt.LISTS
    if not isinstance(raw, dict):
        raise RefusedFile(
            file,
            QT_TRANSLATE_NOOP("core", "verwacht een JSON-object met een lijst per soort."),
            member=member,
        )
    lists: FileLists = {}
    for kind in fmt.LIST_KINDS:
        entries = raw.get(kind)
        if not isinstance(entries, list):
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP("core", "ontbreekt of is geen lijst."),
                member=member,
                field=kind,
            )
        lists[kind] = {}
        for n, entry in enumerate(entries):
            where = f"{kind}[{n}]"
            if not isinstance(entry, dict):
                raise RefusedFile(
                    file,
                    QT_TRANSLATE_NOOP("core", "verwacht een object."),
                    member=member,
                    field=where,
                )
            code = entry.get("code")
            if not isinstance(code, str) or not fmt.CODE.fullmatch(code):
                raise RefusedFile(
                    file,
                    QT_TRANSLATE_NOOP(
                        "core",
                        "ongeldige code (kleine letters, cijfers, '_', '.', '-'; hoogstens 40).",
                    ),
                    member=member,
                    field=f"{where}.code",
                    value=code,
                )
            if code in lists[kind]:
                raise RefusedFile(
                    file,
                    QT_TRANSLATE_NOOP("core", "dubbele code."),
                    member=member,
                    field=f"{where}.code",
                    value=code,
                )
            for label in ("label_nl", "label_en"):
                _label(file, f"{where}.{label}", entry.get(label))
            lists[kind][code] = entry
    _check_references(file, lists)
    return lists


def _label(file: str, where: str, value: Any) -> None:
    problem: str | None = None
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_LABEL:
        problem = QT_TRANSLATE_NOOP(
            "core", "een omschrijving van 1 tot {max_label} tekens is nodig."
        ).format(max_label=MAX_LABEL)
    else:
        problem = fmt.text_problem(value)
    if problem is not None:
        raise RefusedFile(file, problem, member=fmt.LISTS, field=where, value=value)


def _check_references(file: str, lists: FileLists) -> None:
    def ref(kind: str, where: str, value: Any, *, optional: bool) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or value not in lists[kind]:
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP(
                    "core", "verwijst naar een code die niet in de lijst '{kind}' staat."
                ).format(kind=kind),
                member=fmt.LISTS,
                field=where,
                value=value,
            )

    for n, (code, entry) in enumerate(lists["topic"].items()):
        where = f"topic[{n}]"
        ref("domain", f"{where}.domain", entry.get("domain"), optional=False)
        ref("organisation", f"{where}.organisation", entry.get("organisation"), optional=True)
        parent = entry.get("parent")
        ref("topic", f"{where}.parent", parent, optional=True)
        if parent == code:
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP("core", "een onderwerp kan niet onder zichzelf staan."),
                member=fmt.LISTS,
                field=f"{where}.parent",
                value=parent,
            )
    for n, entry in enumerate(lists["organisation"].values()):
        level = entry.get("level")
        if not isinstance(level, str) or level not in GOVERNMENT_LEVELS:
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP(
                    "core", "onbekend bestuursniveau (kies uit {government_levels})."
                ).format(government_levels=", ".join(GOVERNMENT_LEVELS)),
                member=fmt.LISTS,
                field=f"organisation[{n}].level",
                value=entry.get("level"),
            )
    for n, entry in enumerate(lists["referral"].values()):
        if not isinstance(entry.get("kind"), str) or entry.get("kind") not in REFERRAL_KINDS:
            raise RefusedFile(
                file,
                QT_TRANSLATE_NOOP("core", "onbekende soort (kies uit {referral_kinds}).").format(
                    referral_kinds=", ".join(sorted(REFERRAL_KINDS))
                ),
                member=fmt.LISTS,
                field=f"referral[{n}].kind",
                value=entry.get("kind"),
            )
        ref("organisation", f"referral[{n}].organisation", entry.get("organisation"), optional=True)
