"""manifest.json: what a file promises (location, period, counts), each field checked."""

from __future__ import annotations

from datetime import date
from typing import Any

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import Manifest, ManifestLocation, RefusedFile
from ido_desk.translatable import QT_TRANSLATE_NOOP

TEXT_FIELDS = ("name", "organisation", "municipality", "province", "setup")


def parse_manifest(name: str, raw: dict[str, Any], version: int) -> Manifest:
    """The manifest's fields, each checked; version 1 is the only layout so far."""

    def refuse(problem: str, path: str, value: Any = None) -> RefusedFile:
        return RefusedFile(name, problem, member=fmt.MANIFEST, field=path, value=value)

    def field(path: str, kind: type) -> Any:
        value: Any = raw
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise refuse(
                QT_TRANSLATE_NOOP("core", "ontbreekt of heeft het verkeerde type."), path, value
            )
        return value

    def text(path: str) -> str:
        value: str = field(path, str)
        problem = fmt.text_problem(value)
        if problem is None and len(value) > fmt.MAX_TEXT:
            problem = QT_TRANSLATE_NOOP("core", "hoogstens {max_text} tekens.").format(
                max_text=fmt.MAX_TEXT
            )
        if problem is not None:
            raise refuse(problem, path, value)
        return value

    def pattern(path: str, regex: Any, problem: str) -> str:
        value: str = field(path, str)
        if not regex.fullmatch(value):
            raise refuse(problem, path, value)
        return value

    def day(path: str) -> date:
        value = field(path, str)
        try:
            moment = fmt.parse_day(value)
        except ValueError:
            raise refuse(
                QT_TRANSLATE_NOOP("core", "geen datum (JJJJ-MM-DD)."), path, value
            ) from None
        if not fmt.FIRST_DAY <= moment <= fmt.LAST_DAY:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "core", "geen datum tussen {first_day:%d-%m-%Y} en {last_day:%d-%m-%Y}."
                ).format(first_day=fmt.FIRST_DAY, last_day=fmt.LAST_DAY),
                path,
                value,
            )
        return moment

    def count(path: str) -> int:
        value = field(path, int)
        if not 0 <= value <= fmt.MAX_COUNT:
            raise refuse(QT_TRANSLATE_NOOP("core", "een aantal van 0 tot 2147483647."), path, value)
        return int(value)

    code = pattern(
        "location.code", fmt.LOCATION_CODE, QT_TRANSLATE_NOOP("core", "ongeldige locatiecode.")
    )
    cbs = pattern(
        "location.cbs_code",
        fmt.CBS_CODE,
        QT_TRANSLATE_NOOP("core", "ongeldige CBS-gemeentecode (GM en vier cijfers)."),
    )
    start, end = day("period.start"), day("period.end")
    if end <= start:
        raise refuse(
            QT_TRANSLATE_NOOP("core", "het einde van de periode ligt niet na het begin."),
            "period.end",
            str(end),
        )
    if (end - start).days > fmt.MAX_PERIOD_DAYS:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "core", "een periode van meer dan {max_period_days} dagen wordt niet aangenomen."
            ).format(max_period_days=fmt.MAX_PERIOD_DAYS),
            "period.end",
            str(end),
        )
    created = field("created_at", str)
    try:
        created_at = fmt.parse_hour(created)
    except ValueError:
        raise refuse(
            QT_TRANSLATE_NOOP("core", "geen tijdstip (JJJJ-MM-DDTUU)."), "created_at", created
        ) from None
    texts = {part: text(f"location.{part}") for part in TEXT_FIELDS}
    return Manifest(
        format_version=version,
        location=ManifestLocation(code=code, cbs_code=cbs, **texts),
        period_start=start,
        period_end=end,
        visits=count("counts.visits"),
        tombstones=count("counts.tombstones"),
        questions=count("counts.questions"),
        created_at=created_at,
        program=text("program"),
        pending_months=_pending_months(name, raw),
    )


def _pending_months(name: str, raw: dict[str, Any]) -> tuple[str, ...] | None:
    """The optional list of months the branch still has to deliver ("2026-09", ...)."""
    if fmt.PENDING_MONTHS not in raw:
        return None
    value = raw[fmt.PENDING_MONTHS]
    if (
        not isinstance(value, list)
        or len(value) > fmt.MAX_PENDING_MONTHS
        or not all(isinstance(m, str) and fmt.MONTH.fullmatch(m) for m in value)
    ):
        raise RefusedFile(
            name,
            QT_TRANSLATE_NOOP(
                "core", "verwacht een lijst van hoogstens {max_pending_months} maanden (JJJJ-MM)."
            ).format(max_pending_months=fmt.MAX_PENDING_MONTHS),
            member=fmt.MANIFEST,
            field=fmt.PENDING_MONTHS,
            value=value,
        )
    return tuple(value)
