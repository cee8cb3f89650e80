"""The manager's settings of the monthly loop: the delivery folder and the reports folder
(each change in the audit log), and at the coordinator the days after a month's end from
which a location counts as late. Read by the loop itself in ``ido_desk.delivery``."""

from __future__ import annotations

from pathlib import Path

from ido_desk.audit import write_audit
from ido_desk.days_setting import DaysSetting
from ido_desk.delivery_setup import FOLDER_SETTING, REPORTS_SETTING
from ido_desk.desk import Desk
from ido_desk.roles import require_manager
from ido_desk.settings import get_setting, set_setting
from ido_desk.translatable import QT_TRANSLATE_NOOP

SINCE_SETTING = "delivery_since"  # the month the loop was set up in, "2026-10"


# -- the folders ----------------------------------------------------------------------------


def set_delivery_folder(desk: Desk, folder: str | Path | None) -> Path | None:
    """Set (or with None / "" clear) the delivery folder; manager only. The folder need not be
    there now (a USB stick): the months wait until it is."""
    return _set_folder(
        desk, FOLDER_SETTING, folder, QT_TRANSLATE_NOOP("core", "De bezorgmap instellen")
    )


def set_reports_folder(desk: Desk, folder: str | Path | None) -> Path | None:
    return _set_folder(
        desk,
        REPORTS_SETTING,
        folder,
        QT_TRANSLATE_NOOP("core", "De map voor de maandrapporten instellen"),
    )


def _set_folder(desk: Desk, key: str, folder: str | Path | None, action: str) -> Path | None:
    require_manager(desk, action)
    text = str(folder or "").strip()
    chosen = Path(text).expanduser().absolute() if text else None
    before = get_setting(desk, key, "")
    after = str(chosen) if chosen else ""
    set_setting(desk, key, after)
    if chosen is not None and not get_setting(desk, SINCE_SETTING, ""):
        set_setting(desk, SINCE_SETTING, f"{desk.clock():%Y-%m}")
    with desk.db.session() as session:
        write_audit(session, desk, "edit", "setting", key, {"map": before}, {"map": after})
    return chosen


# -- at the coordinator ---------------------------------------------------------------------

LATE = DaysSetting("delivery_late_after_days", "late_days", default=10, minimum=0, maximum=120)


def late_days(desk: Desk) -> int:
    """A location whose last month has not arrived this many days after its end is late."""
    return LATE.read(desk)


def set_late_days(desk: Desk, days: int) -> None:
    before = LATE.check(
        desk,
        days,
        QT_TRANSLATE_NOOP("core", "De termijn voor te late levering instellen"),
        QT_TRANSLATE_NOOP(
            "core", "{days} dagen kan niet: kies {MIN_LATE_DAYS} tot {MAX_LATE_DAYS} dagen."
        ).format(days=days, MIN_LATE_DAYS=LATE.minimum, MAX_LATE_DAYS=LATE.maximum),
    )
    with desk.db.session() as session:
        LATE.write(session, desk, before, days)
