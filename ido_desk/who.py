"""Who works at this PC: a name given once and kept in the data folder (``naam.txt``), written
into the audit log beside the role (``audit.write_audit``), so that on a database several
coordinators share, each entry says whose it was.

Not a password system: anyone at the PC is taken for the name saved there, and the command
line may give another (``--name``). The window asks for the name once, when the database is
shared (a server such as PostgreSQL) and this PC has none yet; a front desk's SQLite file is
usually shared by several volunteers at one PC, so there it is only asked for when given."""

from __future__ import annotations

from pathlib import Path

from db.files import replacing
from ido_desk.config import Paths
from ido_desk.errors import ValidationError
from ido_desk.translatable import QT_TRANSLATE_NOOP

NAME_FILE = "naam.txt"  # in the data folder: this PC's own
NAME_MAX = 60  # audit_log.name


def name_file(paths: Paths) -> Path:
    return paths.data_dir / NAME_FILE


def clean_name(text: str) -> str:
    """The name as stored: one line, spaces squeezed; ValidationError when empty or long."""
    name = " ".join(text.split())
    if not name:
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("core", "Vul een naam in (bijvoorbeeld uw voornaam).")
        )
    if len(name) > NAME_MAX:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("core", "Een naam heeft hoogstens {NAME_MAX} tekens.").format(
                NAME_MAX=NAME_MAX
            ),
        )
    return name


def read_name(paths: Paths) -> str | None:
    """The name saved on this PC, or None (none saved, or a file that cannot be read)."""
    try:
        text = name_file(paths).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return clean_name(text)
    except ValidationError:
        return None


def save_name(paths: Paths, text: str) -> str:
    """Keep ``text`` as this PC's name (whole or not at all); returns it as stored."""
    name = clean_name(text)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    with replacing(name_file(paths)) as partial:
        partial.write_text(name + "\n", encoding="utf-8")
    return name


def name_wanted(paths: Paths) -> bool:
    """Whether the window should ask for a name: a shared database and no name on this PC."""
    return paths.database_file is None and read_name(paths) is None
