"""Where the data lives. One place for paths: the platform's user data folder by default,
``--data-dir`` or ``IDO_DESK_DATA_DIR`` to choose another, ``--database-url`` or
``IDO_DESK_DATABASE_URL`` for another database altogether (PostgreSQL at a coordinator hub).

Also decided here, before any database URL or URI is built: a SQLite file on a network share
is refused (:func:`network_location`), and whether the data folder is the machine-wide one
that every account of the PC shares (:attr:`Paths.machine_wide`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from db.errors import StorageError
from ido_desk.translatable import QT_TRANSLATE_NOOP

APP_NAME = "IDO Desk"
ENV_DATA_DIR = "IDO_DESK_DATA_DIR"
ENV_DATABASE_URL = "IDO_DESK_DATABASE_URL"
ENV_PIN = "IDO_DESK_PIN"  # the CLI's proof of the manager role (ido_desk.roles)
DATABASE_FILE = "ido-desk.sqlite"
SQLITE_PREFIX = "sqlite:///"
IS_WINDOWS = os.name == "nt"
MOUNTS = Path("/proc/mounts")
# file systems on which SQLite's locks and WAL shared memory are not safe
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "ceph", "glusterfs", "ncpfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


class NetworkFolder(StorageError):
    """The SQLite database would be on a network share, where it can be damaged."""


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    database_url: str
    network: str | None = None  # where on the network the SQLite file would be, if it would

    @property
    def window_lock(self) -> Path | None:
        """Held (a QLockFile) while a window is open on this SQLite file: beside it, so that
        two data folders naming one file share it. None for a database server (PostgreSQL),
        where several windows at once are the point."""
        file = self.database_file
        return None if file is None else file.with_name(f"{file.name}.lock")

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, when the database is the default one in the data folder."""
        if self.database_url.startswith(SQLITE_PREFIX):
            return Path(self.database_url[len(SQLITE_PREFIX) :])
        return None

    @property
    def machine_wide(self) -> bool:
        """The data folder is (inside) the one every account of this PC shares, e.g.
        ``C:\\ProgramData\\IDO Desk``: everyone who signs in to the PC can read it (the
        installer says so; docs/windows.md)."""
        return self.data_dir.is_relative_to(machine_data_dir())

    def require_local(self) -> None:
        """NetworkFolder when the SQLite file would be on a network share."""
        if self.network is None:
            return
        raise NetworkFolder(
            QT_TRANSLATE_NOOP(
                "core",
                "De database zou op {network} komen ('{data_dir}'). Daar kan hij "
                "beschadigd raken: de manier waarop IDO Desk elke registratie veilig "
                "bewaart (SQLite in WAL-modus) werkt niet op een netwerkschijf. Kies een "
                "map op deze pc zelf, met --data-dir of {env_data_dir}.",
            ).format(network=self.network, data_dir=self.data_dir, env_data_dir=ENV_DATA_DIR)
        )


def machine_data_dir() -> Path:
    """The machine-wide data folder: %ProgramData%\\IDO Desk on Windows."""
    from platformdirs import site_data_path  # only when asked: most commands never need it

    return site_data_path(APP_NAME, appauthor=False)


def resolve_paths(
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Paths:
    """Arguments win over the environment, the environment over the platform default."""
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(ENV_DATA_DIR) or _user_data_dir()
    folder = Path(chosen).expanduser().resolve()
    url = database_url or env.get(ENV_DATABASE_URL) or f"{SQLITE_PREFIX}{folder / DATABASE_FILE}"
    network = None
    if url.startswith(SQLITE_PREFIX):  # the text as given too: resolve() may hide a share
        given = database_url or env.get(ENV_DATABASE_URL)
        places: tuple[str, ...] = (
            (url[len(SQLITE_PREFIX) :],) if given else (os.fspath(chosen), os.fspath(folder))
        )
        network = next(filter(None, map(network_location, places)), None)
    return Paths(data_dir=folder, database_url=url, network=network)


def _user_data_dir() -> Path:
    from platformdirs import user_data_path  # not imported when the folder is given

    return user_data_path(APP_NAME, appauthor=False)


def network_location(where: str | os.PathLike[str], *, windows: bool = IS_WINDOWS) -> str | None:
    """How ``where`` is on the network ("de netwerkmap \\\\server\\share", "de netwerkschijf
    Z:", "een NFS-koppeling"), or None for a folder on this PC.

    A UNC path (which is also what ``resolve()`` makes of a mapped drive) on any platform; on
    Windows a drive letter the system calls remote; on Linux a mount of a network file system
    in /proc/mounts."""
    text = os.fspath(where)
    share = _unc_share(text.replace("/", "\\") if windows else text)
    if share is not None:
        return QT_TRANSLATE_NOOP("core", "de netwerkmap {share}").format(share=share)
    if windows:
        drive = PureWindowsPath(text).drive
        if len(drive) == 2 and drive[1] == ":" and _drive_type(drive) == DRIVE_REMOTE:
            return QT_TRANSLATE_NOOP("core", "de netwerkschijf {drive}").format(drive=drive.upper())
        return None
    kind = _mount_type(text)
    if kind in NETWORK_FILE_SYSTEMS:
        return QT_TRANSLATE_NOOP("core", "een netwerkkoppeling ({kind})").format(kind=kind)
    return None


def _unc_share(text: str) -> str | None:
    r"""``\\server\share`` for a UNC path (also ``\\?\UNC\server\share\...``), else None.
    ``\\?\C:\...`` and ``\\.\...`` are local."""
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif not text.startswith("\\\\") or text.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    parts = [p for p in text[2:].split("\\") if p]
    return "\\\\" + "\\".join(parts[:2]) if parts else None


def _drive_type(drive: str) -> int:
    """GetDriveTypeW of a drive root (Windows only)."""
    import ctypes

    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\"))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return 0


def _mount_type(text: str) -> str | None:
    """The file-system type of the mount that holds ``text`` (Linux: /proc/mounts)."""
    try:
        lines = MOUNTS.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    path = os.path.abspath(text)
    best, kind = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].encode().decode("unicode_escape")  # "\040" is a space
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind
