"""Helpers for the exchange tests: branch databases with visits, a coordinator, and reading
what is really in a database file."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from db.queries.exchange import QUESTION_COLUMNS
from ido_desk.config import resolve_paths
from ido_desk.desk import Desk, open_desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange import format as fmt
from ido_desk.exchange.export import ExportResult, export_period
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import b64, own_key, raw_public
from ido_desk.location import LocationInput, set_location
from ido_desk.visits import record_visit
from tests import pg_test_server
from tests.conftest import RIJSWIJK
from tests.db_helpers import rows

NOW = datetime(2026, 11, 3, 10, 30)
OCTOBER = (date(2026, 10, 1), date(2026, 11, 1))

DELFT = LocationInput(
    name="DOK Centrum", organisation="DOK Delft", municipality="Delft", cbs_code="GM0503"
)
DELFT_ZUID = LocationInput(
    name="DOK Zuid", organisation="DOK Delft", municipality="Delft", cbs_code="GM0503"
)


def open_branch(folder: Path, location: LocationInput | None) -> Desk:
    """A desk on its own data folder, its clock fixed at 3 November 2026, 10:30. A branch
    (``location`` given) keeps its SQLite file; a coordinator (None) is, on the PostgreSQL
    pass, a fresh database on the test server, the shared hub, dropped when it is closed."""
    if location is not None or not pg_test_server.on_postgres():
        desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: NOW)
        if location is not None:
            set_location(desk, location)
        return desk
    url = pg_test_server.fresh_database_url()
    desk = open_desk(resolve_paths(folder, database_url=url, environ={}), clock=lambda: NOW)
    close = desk.close

    def close_and_drop() -> None:
        close()
        pg_test_server.drop_database(url)

    desk.close = close_and_drop  # type: ignore[method-assign]
    return desk


def log(desk: Desk, when: datetime, *topics: str, note: str | None = None, **kw: Any) -> str:
    questions = tuple(QuestionDraft(t, help=kw.pop("help", None)) for t in topics or ("digid",))
    return record_visit(
        desk, VisitDraft(questions=questions, started_at=when, note=note, duration_min=10, **kw)
    )


def export(desk: Desk, folder: Path, period: tuple[date, date] = OCTOBER) -> ExportResult:
    return export_period(desk, period[0], period[1], folder, create_folder=True)


def three_visits(folder: Path, note: str | None = None) -> Desk:
    """The Rijswijk branch with three visits, 1 to 3 October 2026 at 10:00."""
    desk = open_branch(folder, RIJSWIJK)
    for day in (1, 2, 3):
        log(desk, datetime(2026, 10, day, 10, 0), "digid_activeren", note=note)
    return desk


@pytest.fixture(name="branch")
def branch_fixture(tmp_path: Path) -> Iterator[Desk]:
    """``three_visits`` in tmp_path/branch (tests/conftest.py loads this module as a plugin)."""
    desk = three_visits(tmp_path / "branch")
    yield desk
    desk.close()


@pytest.fixture(name="good")
def good_fixture(branch: Desk, tmp_path: Path) -> Path:
    """The branch's October file (with ``branch``)."""
    return export(branch, tmp_path / "good.zip").path


TABLES = (
    "visit",
    "question",
    "location",
    "trusted_key",
    "import_history",
    "import_change",
    "channel",
    "domain",
    "topic",
    "organisation",
    "help_kind",
    "referral_target",
)


# what a question is, without its own id: a surrogate key, that PostgreSQL's sequence never
# hands out twice (undo puts a question back under a new id there; SQLite reuses the old one)
QUESTION = ", ".join(QUESTION_COLUMNS)


def dump(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import may touch, to compare before and after."""
    return {
        table: sorted(
            rows(desk, f"SELECT {QUESTION if table == 'question' else '*'} FROM {table}"), key=repr
        )
        for table in TABLES
    }


def yes(_question: object) -> bool:
    return True


# -- crafted files ---------------------------------------------------------------------------


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(
    source: Path,
    target: Path,
    key: Ed25519PrivateKey | None,
    change: Callable[[dict[str, bytes]], None],
) -> Path:
    """A copy of ``source`` with its members changed, signed again with ``key`` (None: the old
    checksums and signature are kept)."""
    content = members(source)
    change(content)
    if key is not None:
        sums = "".join(
            f"{hashlib.sha256(content[m]).hexdigest()}  {m}\n" for m in fmt.SIGNED_MEMBERS
        ).encode()
        content[fmt.CHECKSUMS] = sums
        content[fmt.SIGNATURE] = json.dumps(
            {
                "algorithm": "ed25519",
                "signed_member": fmt.CHECKSUMS,
                "public_key": b64(raw_public(key)),
                "signature": b64(key.sign(sums)),
            }
        ).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    return target


def resigned(
    branch: Desk, source: Path, name: str, change: Callable[[dict[str, bytes]], None]
) -> Path:
    """A copy of ``source`` next to it, named ``name``, changed and signed again with the
    branch's own key (a trusted branch that sends a crafted file)."""
    return rebuild(source, source.parent / name, own_key(branch.paths), change)


def edit_json(member: str, edit: Callable[[Any], None]) -> Callable[[dict[str, bytes]], None]:
    def change(content: dict[str, bytes]) -> None:
        value = json.loads(content[member])
        edit(value)
        content[member] = json.dumps(value).encode()

    return change


def edit_line(number: int, edit: Callable[[dict[str, Any]], None]) -> Callable[[dict], None]:
    def change(content: dict[str, bytes]) -> None:
        lines = content[fmt.VISITS].decode().splitlines()
        row = json.loads(lines[number - 1])
        edit(row)
        lines[number - 1] = json.dumps(row)
        content[fmt.VISITS] = ("\n".join(lines) + "\n").encode()

    return change


def refused(coordinator: Desk, path: Path, *expected: str) -> str:
    """Import ``path``; assert it is refused with all of ``expected`` in the message and that
    nothing changed. Returns the message."""
    before = dump(coordinator)
    result = import_files(coordinator, [path], confirm_key=yes)[0]
    assert not result.ok, result.message
    for part in expected:
        assert part in result.message, result.message
    assert dump(coordinator) == before
    folder = coordinator.db.path.parent if coordinator.db.path else coordinator.paths.data_dir
    assert not list(folder.glob(".ido-import-*")), "staging file left"
    return result.message


def edit_text(number: int, old: str, new: str) -> Callable[[dict[str, bytes]], None]:
    """Replace text in one line, keeping the compact layout IDO Desk writes (so that the line
    takes the import's fast path)."""

    def change(content: dict[str, bytes]) -> None:
        lines = content[fmt.VISITS].decode().splitlines()
        assert old in lines[number - 1]
        lines[number - 1] = lines[number - 1].replace(old, new)
        content[fmt.VISITS] = ("\n".join(lines) + "\n").encode()

    return change
