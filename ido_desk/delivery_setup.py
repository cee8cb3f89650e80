"""Whether and where the monthly loop delivers: its two folder settings, read without the
delivery machinery (``ido_desk.delivery``), because the start of every command asks."""

from __future__ import annotations

from pathlib import Path

from ido_desk.desk import Desk
from ido_desk.settings import get_setting

FOLDER_SETTING = "delivery_folder"
REPORTS_SETTING = "delivery_reports_folder"
REPORTS_SUBFOLDER = "IDO Desk rapporten"


def delivery_folder(desk: Desk) -> Path | None:
    text = get_setting(desk, FOLDER_SETTING, "")
    return Path(text) if text else None


def reports_folder(desk: Desk) -> Path:
    """Where the monthly PDFs go: the setting, or the user's Documents/IDO Desk rapporten."""
    text = get_setting(desk, REPORTS_SETTING, "")
    if text:
        return Path(text)
    from platformdirs import user_documents_path  # not at every start: only without a setting

    return user_documents_path() / REPORTS_SUBFOLDER


def loop_is_set_up(desk: Desk) -> bool:
    """A delivery folder or a reports folder is set: only then is there work at a start."""
    return delivery_folder(desk) is not None or bool(get_setting(desk, REPORTS_SETTING, ""))
