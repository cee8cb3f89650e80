"""The questions of an import's visits, staged as sets: every visit with the same checked
questions (most share one of a few combinations) points at one set, whose rows are staged
once (db.queries.exchange_stage.STAGED_SET_COLUMNS). Nothing here writes to the database."""

from __future__ import annotations

from typing import Any, NamedTuple

MAX_REMEMBERED = 50_000  # sets remembered by their questions (bounds the memory)


class QuestionIds(NamedTuple):
    """A checked question: the coordinator's list ids (a new code: its provisional id)."""

    domain: int
    topic: int
    subtopic: int | None
    organisation: int | None
    help: int | None
    referral: int | None


class QuestionSets:
    """Hands out the set number for a visit's questions; the rows of the sets made since the
    last ``take`` wait in ``take``. When more than MAX_REMEMBERED sets were made, the
    remembered ones are forgotten: a combination seen again then gets a second set, which
    stages the same questions."""

    def __init__(self) -> None:
        self._known: dict[tuple[QuestionIds, ...], int] = {}
        self._rows: list[tuple[Any, ...]] = []
        self._made = 0

    def key(self, questions: tuple[QuestionIds, ...]) -> int:
        known = self._known.get(questions)
        if known is None:
            if len(self._known) >= MAX_REMEMBERED:
                self._known.clear()
            self._made += 1
            known = self._known[questions] = self._made
            self._rows.extend((known, n, *ids) for n, ids in enumerate(questions, start=1))
        return known

    def take(self) -> list[tuple[Any, ...]]:
        """The rows of the sets made since the last call."""
        rows, self._rows = self._rows, []
        return rows
