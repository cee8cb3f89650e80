"""Who owns an import's stage file: the running import holds it (``hold``), so that a start
or another import can tell a running import from one that was killed (``owner_alive``). Plain
Python, without the ORM: every start asks."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

STAGE_PREFIX = ".ido-import-"


def hold(path: Path) -> Any:
    """An open handle on the stage file that says "this import is running": flock()ed on
    POSIX; on Windows the open stage file itself cannot be renamed (``owner_alive``)."""
    handle = open(path, "rb")  # noqa: SIM115 - held until the stage is closed
    if os.name == "posix":
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    return handle


def owner_alive(folder: Path, name: str) -> bool:
    """Whether the import whose stage file is ``folder / name`` still runs (its process holds
    the file). A missing file: it does not."""
    path = folder / name
    if not name.startswith(STAGE_PREFIX) or path.name != name or not path.exists():
        return False
    try:
        if os.name == "posix":
            import fcntl

            with open(path, "rb") as handle:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    return True
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            return False
        probe = path.with_name(name + ".probe")  # Windows: an open file cannot be renamed
        os.replace(path, probe)
        os.replace(probe, path)
    except PermissionError:
        return True
    except OSError:
        return False
    return False
