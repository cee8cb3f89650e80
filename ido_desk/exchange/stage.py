"""Stage a verified file: read visits.jsonl once, hashing it on the way, check every line and
write it to the import's staging tables (db.queries.exchange_stage), all without the lock for
imports. The digest and the manifest's counts are compared before anything is applied."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from db.queries import exchange_stage as st
from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import CodePlan
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.line_blocks import BlockReader
from ido_desk.exchange.line_stream import CHUNK, blocks
from ido_desk.exchange.verify import ZIP_ERRORS, VerifiedFile, changed, damaged
from ido_desk.translatable import QT_TRANSLATE_NOOP

BATCH = 50_000  # staged rows per executemany
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Staged:
    lines: int
    tombstones: int
    questions: int


def stage_file(
    verified: VerifiedFile, plan: CodePlan, stage: st.Stage, progress: Progress | None
) -> Staged:
    """The file's lines into ``stage``; RefusedFile for the first bad line (the caller throws
    the stage away)."""
    manifest = verified.manifest
    name = verified.name
    reader = BlockReader(name, verified.lists, plan, manifest.period_start, manifest.period_end)
    digest = hashlib.sha256()
    count = 0
    visits: list[Any] = []
    try:
        with zipfile.ZipFile(verified.path) as archive, archive.open(fmt.VISITS) as stream:
            for first, text, block in blocks(name, stream, digest):
                visits += reader.read_block(first, text, block)
                if len(visits) >= BATCH:
                    count += len(visits)
                    stage.add(visits, reader.sets.take())
                    visits = []
                    if progress is not None:
                        progress(count, manifest.visits, name)
            count += len(visits)
            stage.add(visits, reader.sets.take())
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise damaged(name, fmt.VISITS, exc) from None
    staged = Staged(count, reader.tombstones, reader.questions)
    _check_totals(verified, digest.hexdigest(), staged)
    stage.staged()
    return staged


def check_visits(verified: VerifiedFile) -> None:
    """Read visits.jsonl once and compare its digest with the signed one, without staging it:
    for a file whose signed content was imported before. RefusedFile when it differs."""
    digest = hashlib.sha256()
    limit = fmt.MAX_MEMBER_SIZE[fmt.VISITS]
    read = 0
    try:
        with zipfile.ZipFile(verified.path) as archive, archive.open(fmt.VISITS) as stream:
            while chunk := stream.read(CHUNK):
                read += len(chunk)
                if read > limit:  # more than the header said: not the signed member
                    raise changed(verified.name, fmt.VISITS)
                digest.update(chunk)
    except RefusedFile:
        raise
    except ZIP_ERRORS as exc:
        raise damaged(verified.name, fmt.VISITS, exc) from None
    if digest.hexdigest() != verified.visits_sha256:
        raise changed(verified.name, fmt.VISITS)


def _check_totals(verified: VerifiedFile, digest: str, staged: Staged) -> None:
    name = verified.name
    if digest != verified.visits_sha256:
        raise changed(name, fmt.VISITS)
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
                QT_TRANSLATE_NOOP(
                    "core", "het manifest belooft {promised}, maar {visits} bevat er {found}."
                ).format(promised=promised, visits=fmt.VISITS, found=found),
                member=fmt.MANIFEST,
                field=f"counts.{field}",
                value=promised,
            )
