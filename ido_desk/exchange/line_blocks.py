"""visits.jsonl a block of lines at a time: the lines of a block that are all in the layout
IDO Desk writes (``lines.visit_text``, ``lines.tombstone_text``) are split by one pattern in
one call, and their values checked and converted a column at a time (a set of the distinct
hours, channels and questions arrays, checked once each by ``LineReader``'s own checks, then
looked up for every line), so that a million lines take a few seconds.

Anything else about a block (a line in another layout, a value the lookups do not know, ids
out of order) sends the whole block through ``LineReader.read`` line by line, which refuses
at the first bad line and names it: this path only ever decides "every line is fine", never
why one is not, so it cannot accept what the line-by-line path refuses. Nothing here writes to
the database."""

from __future__ import annotations

import json
import re
from contextlib import suppress
from typing import Any

from ido_desk.exchange import format as fmt
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.lines import LineReader
from ido_desk.exchange.question_sets import QuestionIds

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# One whole line (MULTILINE: from a line's start to its newline; no group can hold a newline)
LINE = re.compile(
    rf'^\{{"id":"({_UUID})","revision":([1-9][0-9]{{0,8}}),'
    r'"started":"([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2})",'
    r'(?:"duration_min":(null|[1-9][0-9]{0,2}),"channel":"([a-z0-9][a-z0-9_.-]{0,39})",'
    r'"entry":"(live|backdated|batch)","questions":(\[[^\n]*\])|"deleted":(true))\}\n',
    re.ASCII | re.MULTILINE,
)
# the values a line may hold; "" is what a tombstone's line leaves in a visit's groups
DURATIONS: dict[str, int | None] = {
    "": None,
    "null": None,
    **{str(n): n for n in range(1, fmt.MAX_DURATION_MIN + 1)},
}
ENTRIES: dict[str, str | None] = {"": None, **{entry: entry for entry in fmt.ENTRIES}}
DELETED = {"": 0, "true": 1}
MAX_ARRAYS = 50_000  # questions arrays remembered by their text (bounds the memory)
MAX_PIECES = 20_000  # questions remembered by their text


class BlockReader(LineReader):
    """``LineReader`` with ``read_block``: the staged rows of a block of lines."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._channel_ids: dict[str, int | None] = {"": None, **self._channels}
        self._array_sets: dict[str, int | None] = {"": None}
        self._array_sizes: dict[str, int] = {"": 0}
        self._pieces: dict[str, QuestionIds] = {}  # a question's JSON text, without its braces

    def read_block(self, first: int, text: str, lines: list[str]) -> list[tuple[Any, ...]]:
        """The rows (STAGED_VISIT_COLUMNS) of ``lines`` (numbered from ``first``), which are
        ``text`` cut at its newlines; RefusedFile for the first bad line."""
        rows = LINE.findall(text)
        if len(rows) == len(lines):
            staged = self._all_fine(first, rows)
            if staged is not None:
                return staged
        return [self.read(number, line) for number, line in enumerate(lines, start=first)]

    def _all_fine(self, first: int, rows: list[tuple[str, ...]]) -> list[tuple[Any, ...]] | None:
        """The staged rows when every line is fine, else None (and nothing counted)."""
        ids, revisions, starts, durations, channels, entries, arrays, deleted = zip(
            *rows, strict=True
        )
        if ids[0] <= self._last_id or not all(map(str.__lt__, ids, ids[1:])):
            return None
        hours = self._hours
        for hour in set(starts).difference(hours):
            try:
                self._started(first, hour)  # remembered in hours when it is fine
            except RefusedFile:
                return None
        sets, sizes = self._array_sets, self._array_sizes
        new = set(arrays).difference(sets)
        if len(sets) + len(new) > MAX_ARRAYS:  # forget them (a block's own are looked up)
            sets = self._array_sets = {"": None}
            sizes = self._array_sizes = {"": 0}
        for array in new:
            try:
                questions = self._array(first, array)
            except RefusedFile:
                return None
            sets[array], sizes[array] = self.sets.key(questions), len(questions)
        try:
            staged = list(
                zip(
                    ids,
                    range(first, first + len(ids)),
                    map(int, revisions),
                    map(hours.__getitem__, starts),
                    map(DURATIONS.__getitem__, durations),
                    map(self._channel_ids.__getitem__, channels),
                    map(ENTRIES.__getitem__, entries),
                    map(DELETED.__getitem__, deleted),
                    map(sets.__getitem__, arrays),
                    map(sizes.__getitem__, arrays),
                    strict=True,
                )
            )
        except KeyError:  # a duration or channel that is not fine
            return None
        self._last_id = ids[-1]
        self.questions += sum(map(sizes.__getitem__, arrays))
        self.tombstones += deleted.count("true")
        return staged

    def _array(self, line: int, array: str) -> tuple[QuestionIds, ...]:
        """The checked questions of an array not seen before. Most are made of questions seen
        before in other arrays: an array that is "[{" + "},{".join(pieces) + "}]" of pieces
        each checked before as the whole JSON text of one question (no checked question's
        text holds "},{": its values are codes or null) is those questions; any other goes
        through the JSON parser and LineReader's checks, and its pieces are remembered."""
        pieces = array[2:-2].split("},{") if array[:2] == "[{" and array[-2:] == "}]" else []
        known = self._pieces
        if 0 < len(pieces) <= fmt.MAX_QUESTIONS:
            try:
                return tuple(map(known.__getitem__, pieces))
            except KeyError:
                pass
        parsed = self._json(line, array)
        questions = self._questions_of(line, parsed)
        if len(pieces) == len(questions) and len(known) < MAX_PIECES:
            for piece, question, checked in zip(pieces, parsed, questions, strict=True):
                with suppress(ValueError, RecursionError):
                    if json.loads("{" + piece + "}") == question:  # the piece is that question
                        known[piece] = checked
        return questions
