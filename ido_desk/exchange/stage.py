"""Stage a verified file: read visits.jsonl once, hashing it on the way, check every line and
write it to a staging database (db.queries.exchange_stage), all without the live database's
write lock. The digest and the manifest's counts are compared before anything is applied."""

from __future__ import annotations

import hashlib
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.queries import exchange_stage as st
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import CodePlan
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.lines import LineReader, lines
from ido_desk.exchange.verify import ZIP_ERRORS, VerifiedFile, damaged

BATCH = 5000
STAGE_PREFIX = ".ido-import-"
STALE_AFTER_S = 24 * 3600  # no import runs this long: its staging file was left by a kill
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Staged:
    path: Path  # the staging database
    lines: int
    tombstones: int
    questions: int


def stage_path(folder: Path) -> Path:
    """A new staging file; any left by an import that was killed long ago is removed."""
    for stale in folder.glob(f"{STAGE_PREFIX}*.sqlite"):
        try:
            if time.time() - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()
        except OSError:
            pass
    return folder / f"{STAGE_PREFIX}{uuid.uuid4().hex}.sqlite"


def stage_file(
    verified: VerifiedFile, plan: CodePlan, folder: Path, progress: Progress | None
) -> Staged:
    """The staged file; RefusedFile (and no staging file left) for the first bad line."""
    manifest = verified.manifest
    name = verified.name
    path = stage_path(folder)
    reader = LineReader(name, verified.lists, plan, manifest.period_start, manifest.period_end)
    digest = hashlib.sha256()
    count = tombstones = asked = 0
    visits: list[Any] = []
    questions: list[Any] = []
    connection = st.open_stage(path)
    try:
        with zipfile.ZipFile(verified.path) as archive, archive.open(fmt.VISITS) as stream:
            for number, text in lines(name, stream, digest):
                visit, asks = reader.read(number, text)
                visits.append(visit)
                tombstones += visit.deleted
                questions.extend(
                    (visit.id, position, *ids) for position, ids in enumerate(asks, start=1)
                )
                if len(visits) >= BATCH:
                    count += len(visits)
                    asked += len(questions)
                    st.stage_rows(connection, visits, questions)
                    visits.clear()
                    questions.clear()
                    if progress is not None:
                        progress(count, manifest.visits, name)
            count += len(visits)
            asked += len(questions)
            st.stage_rows(connection, visits, questions)
        st.close_stage(connection)
    except RefusedFile:
        _discard(connection, path)
        raise
    except ZIP_ERRORS as exc:
        _discard(connection, path)
        raise damaged(name, fmt.VISITS, exc) from None
    except BaseException:
        _discard(connection, path)
        raise
    staged = Staged(path, count, tombstones, asked)
    try:
        _check_totals(verified, digest.hexdigest(), staged)
    except RefusedFile:
        path.unlink(missing_ok=True)
        raise
    return staged


def _discard(connection: Any, path: Path) -> None:
    connection.close()
    path.unlink(missing_ok=True)


def _check_totals(verified: VerifiedFile, digest: str, staged: Staged) -> None:
    name = verified.name
    if digest != verified.visits_sha256:
        raise RefusedFile(
            name,
            "de controlesom klopt niet: dit onderdeel is na het ondertekenen gewijzigd of "
            "beschadigd.",
            member=fmt.VISITS,
        )
    manifest = verified.manifest
    for field, found in (
        ("visits", staged.lines),
        ("tombstones", staged.tombstones),
        ("questions", staged.questions),
    ):
        promised = getattr(manifest, field)
        if promised != found:
            raise RefusedFile(
                name,
                f"het manifest belooft {promised}, maar {fmt.VISITS} bevat er {found}.",
                member=fmt.MANIFEST,
                field=f"counts.{field}",
                value=promised,
            )
