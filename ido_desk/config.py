"""Where the data lives. One place for paths: the platform's user data folder by default,
``--data-dir`` or ``IDO_DESK_DATA_DIR`` to choose another, ``--database-url`` or
``IDO_DESK_DATABASE_URL`` for another database altogether (PostgreSQL at a coordinator hub)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "IDO Desk"
ENV_DATA_DIR = "IDO_DESK_DATA_DIR"
ENV_DATABASE_URL = "IDO_DESK_DATABASE_URL"
DATABASE_FILE = "ido-desk.sqlite"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    database_url: str

    @property
    def window_lock(self) -> Path:
        """Held (a QLockFile) while a window is open on this data folder."""
        return self.data_dir / "ido-desk.lock"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, when the database is the default one in the data folder."""
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix):
            return Path(self.database_url[len(prefix) :])
        return None


def resolve_paths(
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Paths:
    """Arguments win over the environment, the environment over the platform default."""
    env = os.environ if environ is None else environ
    chosen = data_dir or env.get(ENV_DATA_DIR) or user_data_path(APP_NAME, appauthor=False)
    folder = Path(chosen).expanduser().resolve()
    url = database_url or env.get(ENV_DATABASE_URL) or f"sqlite:///{folder / DATABASE_FILE}"
    return Paths(data_dir=folder, database_url=url)
