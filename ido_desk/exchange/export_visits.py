"""Write an export's visits.jsonl: stream the location's visits of the period (one row per
visit from db.queries.exchange_export), hash what is written, and keep the lines in the order
of their hour ids.

A visit's questions arrive as one text of list ids (``question_keys``); the JSON of a
questions array depends on that text only, so each distinct one is rendered once and a line
is then one string format (a million visits in a few seconds)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import IO

from db.queries import exchange_export as q
from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.lines import (
    QUESTION_FIELDS,
    QUESTION_KIND,
    question_text,
    tombstone_text,
    visit_text,
)
from ido_desk.ids import HourIds
from ido_desk.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int, str], None]
REMEMBERED = 100_000  # questions arrays remembered by their text (bounds the memory)


class HashingWriter:
    """Writes to a zip member and hashes what it writes."""

    def __init__(self, member: IO[bytes]) -> None:
        self.member = member
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        self.size += len(data)
        self.member.write(data)


class _HourSorter:
    """Puts the lines of visits.jsonl in the order of their hour ids before writing them.

    The rows come ordered by the visits' own ids; cutting the timestamps down to the hour keeps
    the hours in order but may swap two visits of one hour, so each hour's lines are sorted
    (a line starts with its id) once the next hour begins."""

    def __init__(self, out: HashingWriter) -> None:
        self.out = out
        self.written = 0
        self._hour = ""  # the timestamp part of the ids in _open
        self._open: list[str] = []  # lines of the current hour
        self._done: list[str] = []  # sorted lines waiting to be written

    def add(self, text: str) -> None:
        hour = text[7:20]  # '{"id":"' and then the 13 characters of the timestamp
        if hour != self._hour:
            self._done += sorted(self._open)
            self._hour, self._open = hour, []
        self._open.append(text)

    def write(self, everything: bool = False) -> None:
        if everything:
            self._done += sorted(self._open)
            self._open = []
        if self._done:
            self.out.write(("\n".join(self._done) + "\n").encode("utf-8"))
            self.written += len(self._done)
            self._done = []


class _Questions:
    """The JSON of a visit's questions from its ``question_keys`` text; each distinct question
    is rendered once, and so is each distinct array while there are at most REMEMBERED.
    Remembers which list ids were used (for lists.json)."""

    def __init__(self, codes: dict[str, dict[int, str]]) -> None:
        self.codes = codes
        self.arrays: dict[str, tuple[str, int]] = {}
        self.questions: dict[str, str] = {}
        self.used: dict[str, set[int]] = {kind: set() for kind in fmt.LIST_KINDS}

    def text(self, keys: str) -> tuple[str, int]:
        """(the questions' JSON objects joined by ",", how many questions)."""
        known = self.arrays.get(keys)
        if known is None:
            parts = keys.split(";") if keys else []
            known = (",".join([self._question(part) for part in parts]), len(parts))
            if len(self.arrays) < REMEMBERED:
                self.arrays[keys] = known
        return known

    def _question(self, key: str) -> str:
        text = self.questions.get(key)
        if text is None:
            codes: dict[str, str | None] = {}
            for name, value in zip(QUESTION_FIELDS, key.split(","), strict=True):
                kind = QUESTION_KIND[name]
                if value:
                    self.used[kind].add(int(value))
                    codes[name] = self.codes[kind][int(value)]
                else:
                    codes[name] = None
            text = self.questions[key] = question_text(codes)
        return text


def write_visits(
    desk: Desk,
    location_id: int,
    start: datetime,
    end: datetime,
    out: HashingWriter,
    progress: Progress | None,
) -> tuple[dict[str, int], dict[str, set[int]]]:
    """Stream visits.jsonl; returns the counts and the ids of the list items used."""
    codes = {
        kind: {item.id: item.code for item in items}
        for kind, items in desk.catalogue.by_kind().items()
    }
    arrays = _Questions(codes)
    channels: dict[int, str] = {}
    tombstones = questions = 0
    hour_id = HourIds()  # the rows come in the order of their ids
    with desk.db.session() as session:
        total = q.count_period(session, location_id, start, end)
        hours = _HourSorter(out)
        for batch in q.export_rows(session, location_id, start, end):
            for visit_id, revision, hour, duration, channel_id, entry, deleted, keys in batch:
                visit_id = hour_id(visit_id)  # date and hour only, the id too
                if deleted:
                    tombstones += 1
                    hours.add(tombstone_text(visit_id, revision, hour))
                    continue
                channel = channels.get(channel_id)
                if channel is None:
                    channel = channels[channel_id] = codes["channel"][channel_id]
                inner, asked = arrays.text(keys or "")
                questions += asked
                hours.add(visit_text(visit_id, revision, hour, duration, channel, entry, inner))
            hours.write()
            if progress is not None:
                progress(hours.written, total, QT_TRANSLATE_NOOP("core", "Exporteren"))
        hours.write(everything=True)
    used = arrays.used
    used["channel"] = set(channels)
    counts = {"visits": hours.written, "tombstones": tombstones, "questions": questions}
    if progress is not None:
        progress(hours.written, total, QT_TRANSLATE_NOOP("core", "Exporteren"))
    return counts, used
