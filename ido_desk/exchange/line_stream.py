"""visits.jsonl as blocks of numbered lines: streamed in chunks, hashed on the way, each line
checked for length and UTF-8 before ``line_blocks.BlockReader`` reads it. Nothing here writes
to the database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any, NoReturn

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile
from ido_desk.translatable import QT_TRANSLATE_NOOP

CHUNK = 1024 * 1024


def blocks(file: str, stream: IO[bytes], digest: Any) -> Iterator[tuple[int, str, list[str]]]:
    """visits.jsonl a block at a time, streamed in chunks and hashed on the way: (the number
    of the block's first line, its text up to and with its last newline, its lines). A line
    may be at most MAX_LINE bytes and must be UTF-8."""
    number = 0
    rest = b""
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        data = rest + chunk
        cut = data.rfind(b"\n") + 1
        block, rest = data[:cut], data[cut:]
        if len(rest) > fmt.MAX_LINE:
            _too_long(file, number + block.count(b"\n") + 1)
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            for offset, raw in enumerate(block.split(b"\n"), start=number + 1):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise RefusedFile(
                        file,
                        QT_TRANSLATE_NOOP("core", "geen geldige UTF-8-tekst."),
                        member=fmt.VISITS,
                        line=offset,
                    ) from None
            raise
        parts = text.split("\n")
        parts.pop()  # after the last newline
        if parts and max(map(len, parts)) > fmt.MAX_LINE // 4:  # 4 bytes a character at most
            for offset, part in enumerate(parts, start=number + 1):
                if len(part) > fmt.MAX_LINE // 4 and len(part.encode("utf-8")) > fmt.MAX_LINE:
                    _too_long(file, offset)
        if parts:
            yield number + 1, text, parts
        number += len(parts)
    if rest:
        raise RefusedFile(
            file,
            QT_TRANSLATE_NOOP(
                "core", "de laatste regel eindigt niet op een regeleinde (afgekapt?)."
            ),
            member=fmt.VISITS,
            line=number + 1,
        )


def _too_long(file: str, line: int) -> NoReturn:
    raise RefusedFile(
        file,
        QT_TRANSLATE_NOOP("core", "regel langer dan {max_line} bytes.").format(
            max_line=fmt.MAX_LINE
        ),
        member=fmt.VISITS,
        line=line,
    )
