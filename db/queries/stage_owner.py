"""Who owns an import's stage file: the running import holds it (``hold``), so that a start
or another import can tell a running import from one that was killed (``owner_alive``). Plain
Python, without the ORM: every start asks, and removes the stage files nobody holds
(``remove_dead``): an import killed while it staged leaves one, up to the size of its file."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

STAGE_PREFIX = ".ido-import-"
NAMING_S = 60  # a new stage file is named within this; older unnamed ones were left by a kill


def hold(path: Path) -> Any:
    """Make the stage file ``path`` (0600, like the database: it holds the visits) and
    return an open handle on it that says "this import is running": flock()ed on POSIX; on
    Windows the open stage file itself cannot be renamed (``owner_alive``). The file gets its
    name only once it is held, so ``remove_dead`` never sees it unheld."""
    fresh = path.with_name(path.name + ".new")  # not a stage file's name yet
    fd = os.open(fresh, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    handle = os.fdopen(fd, "rb")
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            os.replace(fresh, path)
        else:
            handle.close()  # Windows: rename a closed file, then hold it open
            os.replace(fresh, path)
            handle = open(path, "rb")  # noqa: SIM115 - held until the stage is closed
    except BaseException:
        handle.close()
        fresh.unlink(missing_ok=True)
        raise
    return handle


def remove_dead(folder: Path) -> list[Path]:
    """Remove the stage files in ``folder`` whose import no longer runs (it was killed, or
    the machine stopped); a running import's file is left alone. Returns what went."""
    removed = []
    for path in folder.glob(f"{STAGE_PREFIX}*.sqlite"):
        if owner_alive(folder, path.name):
            continue
        for side in ("", "-journal"):
            try:
                Path(f"{path}{side}").unlink(missing_ok=True)
            except OSError:
                continue  # Windows: in use after all; the next start tries again
        removed.append(path)
    for fresh in folder.glob(f"{STAGE_PREFIX}*.sqlite.new"):  # killed before it was named
        try:
            if time.time() - fresh.stat().st_mtime > NAMING_S:
                fresh.unlink()
                removed.append(fresh)
        except OSError:
            continue
    return removed


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
