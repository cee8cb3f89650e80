"""The one way this program writes a file: complete or not at all, on Linux and on Windows.

``with replacing(target) as scratch:`` hands out a scratch file beside the target (hidden, in
the same folder, so the final move is a rename on one disk). The caller writes it by any means
(open, sqlite3, zipfile, ReportLab). When the block ends without an error the scratch file is
flushed to the disk and moved over the target; on any error it is removed. No scratch file is
ever left behind and no error names it: every error names the target.

Windows differs in three ways that are handled here:

- ``os.fsync`` needs a handle with write access (a file opened "rb" fails), so the file is
  reopened "r+b"; a folder cannot be fsynced at all, so that happens on POSIX only;
- replacing a file that another program has open (a report in Acrobat, a CSV in Excel), or
  that a virus scanner is reading, fails with a sharing violation: it is retried briefly, and
  then :class:`FileInUse` says which file to close."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.text import QT_TRANSLATE_NOOP

IS_WINDOWS = os.name == "nt"
# a sharing violation from a virus scanner or the search indexer passes within a second
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.5)
_SHARING_VIOLATION = 32  # ERROR_SHARING_VIOLATION
_ACCESS_DENIED = 5  # ERROR_ACCESS_DENIED: also what a file open without FILE_SHARE_DELETE gives


class FileInUse(OSError):
    """The target is held open by another program (Windows); the message says which file."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            errno.EBUSY,
            QT_TRANSLATE_NOOP(
                "core",
                "Het bestand '{target}' is geopend in een ander programma (of "
                "alleen-lezen). Sluit het bestand en probeer opnieuw, of kies een andere "
                "naam.",
            ).format(target=target),
            str(target),
        )
        self.message = self.strerror


@contextmanager
def replacing(target: Path, *, mode: int = 0o666) -> Iterator[Path]:
    """A scratch path to write; on success it becomes ``target`` (see the module text).
    ``mode`` is the new file's (0o600: readable by its owner only, as for a backup)."""
    target = Path(target)
    scratch = _reserve(target, mode)
    try:
        try:
            yield scratch
            sync_file(scratch)
            replace(scratch, target)
        except OSError as exc:
            raise _naming_target(exc, scratch, target) from exc
    finally:
        scratch.unlink(missing_ok=True)
    sync_folder(target.parent)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2+suffix``, ``stem-3`` ... when that is taken."""
    target = folder / f"{stem}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}{suffix}"
    return target


def _reserve(target: Path, mode: int = 0o666) -> Path:
    """Create an empty, uniquely named scratch file beside ``target`` (mode as for any new file:
    the umask decides, as it would for the target itself)."""
    while True:
        scratch = target.with_name(f".{target.name}.{os.urandom(4).hex()}.part")  # (secrets'
        # token_hex, without loading hashlib and hmac on the window's way to "ready")
        try:
            os.close(os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            continue
        except OSError as exc:
            raise _naming_target(exc, scratch, target) from exc
        return scratch


def sync_file(path: Path) -> None:
    """Flush a written file to the disk, through a handle Windows accepts (write access)."""
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only: Windows cannot open a folder for this;
    NTFS journals the rename itself). File systems that cannot do it (FAT on a USB stick) are
    let be: the file itself is already on the disk."""
    if IS_WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace(source: Path, target: Path) -> None:
    """``os.replace``, retried on Windows while the target is briefly held by another program;
    FileInUse when it stays held."""
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not (IS_WINDOWS and _held_by_another(exc)):
                raise
            if delay is None:
                raise FileInUse(target) from exc
            time.sleep(delay)


def _held_by_another(exc: PermissionError) -> bool:
    winerror = getattr(exc, "winerror", None)
    return winerror in (_SHARING_VIOLATION, _ACCESS_DENIED) or (
        winerror is None and exc.errno == errno.EACCES
    )


def _naming_target(exc: OSError, scratch: Path, target: Path) -> OSError:
    """The same error, naming the target instead of the scratch file."""
    if isinstance(exc, FileInUse) or str(scratch) not in (exc.filename, exc.filename2):
        return exc
    return OSError(exc.errno, exc.strerror, str(target))  # OSError picks the subclass
