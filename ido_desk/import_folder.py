"""Where the window's file dialog for export files opens: the folder the last files were
chosen from, else the user's Downloads folder (where a mailed file lands), else Documents,
else the home folder; never the program's working folder."""

from __future__ import annotations

from pathlib import Path

from ido_desk.desk import Desk
from ido_desk.settings import get_setting, set_setting

LAST_IMPORT_FOLDER = "import.last_folder"


def import_folder(desk: Desk) -> Path:
    """The folder to open (one that exists on this PC)."""
    from platformdirs import user_documents_path, user_downloads_path  # only when asked

    last = get_setting(desk, LAST_IMPORT_FOLDER, "")
    for folder in (Path(last) if last else None, user_downloads_path(), user_documents_path()):
        if folder is not None and folder.is_dir():
            return folder
    return Path.home()


def remember_import_folder(desk: Desk, chosen: Path) -> None:
    """Keep the folder of a chosen file (or a chosen folder) for the next time."""
    folder = chosen if chosen.is_dir() else chosen.parent
    set_setting(desk, LAST_IMPORT_FOLDER, str(folder.resolve()))
