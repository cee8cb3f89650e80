"""The language this desk's window is shown in, as chosen in the settings: kept in the data
folder (``taal.json``), because it belongs to the PC and its users, not to the database (a
coordinators' shared database serves several PCs). It is read before the database is opened,
so the window's first frame is already in the chosen language.

``--lang`` and ``IDO_DESK_LANG`` still go first; with nothing chosen the system's language
decides (``ui.app.chosen_language``)."""

from __future__ import annotations

import json
import os

from ido_desk.config import Paths

LANGUAGES = ("nl", "en")
LANGUAGE_FILE = "taal.json"


def saved_language(paths: Paths) -> str | None:
    """The language chosen in the settings; None when none was (or the file is unreadable)."""
    try:
        data = json.loads((paths.data_dir / LANGUAGE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in LANGUAGES else None


def save_language(paths: Paths, language: str | None) -> None:
    """Keep the choice for the next start (None: follow the system again). Written whole,
    then moved into place; OSError (a folder that cannot be written) goes to the caller."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    path = paths.data_dir / LANGUAGE_FILE
    if language is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"language": language}), encoding="utf-8")
    os.replace(temporary, path)
