"""The import reads visits.jsonl a block at a time (ido_desk.exchange.line_blocks): a block of
lines in the layout IDO Desk writes is checked a column at a time, anything else line by line.
Property: for any block, crafted or corrupted, the block reader stages exactly what the line
by line reader stages, and refuses exactly when and where (line, field, message) it does."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ido_desk.exchange import format as fmt
from ido_desk.exchange.codes import plan_codes
from ido_desk.exchange.format import RefusedFile
from ido_desk.exchange.line_blocks import BlockReader
from ido_desk.exchange.lines import LineReader, tombstone_text
from ido_desk.exchange.verify import VerifiedFile, verify_file
from ido_desk.visits import delete_visit
from tests.exchange_helpers import DELFT, RIJSWIJK, export, log, open_branch

pytestmark = pytest.mark.sqlite_only("the reading of a file; no database is written")

# what corrupts a line of the canonical layout into something else that may still be valid
PIECES = st.sampled_from(
    [
        "0",
        "1",
        "480",
        "481",
        "9999999999",
        "null",
        "true",
        '"',
        ",",
        "{",
        "}",
        "[",
        "]",
        " ",
        "\r",
        "\n",
        "a",
        "A",
        "-",
        "T",
        "\u0663",
        "é",
        '"x":1',
        '"deleted":true',
        "balie",
        "backdated",
        "zzz",
        "digid",
        "2026-10-31T23",
        "2026-11-01T00",
        "2026-09-30T23",
        "2026-02-30T10",
    ]
)


@pytest.fixture(scope="module", name="sample")
def sample_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    """A real export (ten visits in October, two of them deleted) and a coordinator's plan."""
    folder = tmp_path_factory.mktemp("blocks")
    branch = open_branch(folder / "branch", RIJSWIJK)
    ids = [
        log(branch, datetime(2026, 10, day, 9 + day % 8, 0), "digid_activeren", "belastingen")
        if day % 3
        else log(branch, datetime(2026, 10, day, 11, 0), "toeslagen", channel="telefoon")
        for day in range(1, 11)
    ]
    for visit_id in ids[2:4]:
        delete_visit(branch, visit_id)
    path = export(branch, folder / "rijswijk.zip").path
    branch.close()
    coordinator = open_branch(folder / "coordinator", DELFT)
    verified = verify_file(path)
    with coordinator.db.session() as session:
        plan = plan_codes(session, verified.name, verified.lists)
    coordinator.close()
    with zipfile.ZipFile(path) as archive:
        text = archive.read(fmt.VISITS).decode()
    assert text.count('"deleted":true') == 2
    yield (verified, plan), text


def _reader(kind: type[LineReader], sample: tuple[VerifiedFile, Any]) -> Any:
    verified, plan = sample
    m = verified.manifest
    return kind(verified.name, verified.lists, plan, m.period_start, m.period_end)


def _resolved(reader: LineReader, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows with each question set (the column before the number of questions) replaced by
    the questions in it (the numbering of the sets may differ between the two readers)."""
    sets: dict[int, list[tuple[Any, ...]]] = {}
    for row in reader.sets.take():
        sets.setdefault(row[0], []).append(row[1:])
    return [(*row[:-2], None if row[-2] is None else tuple(sets[row[-2]]), row[-1]) for row in rows]


def _outcome(reader: LineReader, read: Any) -> Any:
    try:
        rows = [tuple(row) for row in read()]
    except RefusedFile as exc:
        return ("refused", exc.line, exc.field_name, exc.problem, exc.message)
    return ("read", _resolved(reader, rows), reader.questions, reader.tombstones)


def both(sample: tuple[VerifiedFile, Any], text: str, cut: int = 0) -> tuple[Any, Any]:
    """What each reader makes of ``text``, read as two blocks (the first ``cut`` lines, then
    the rest) by one reader."""
    lines = text.split("\n")[:-1]
    blocks = [(1, lines[:cut]), (cut + 1, lines[cut:])]
    by_line = _reader(LineReader, sample)
    by_block = _reader(BlockReader, sample)

    def line_by_line() -> list[Any]:
        return [by_line.read(n, t) for first, part in blocks for n, t in enumerate(part, first)]

    def block_by_block() -> list[Any]:
        return [
            row
            for first, part in blocks
            if part
            for row in by_block.read_block(first, "".join(t + "\n" for t in part), part)
        ]

    return _outcome(by_line, line_by_line), _outcome(by_block, block_by_block)


def test_a_block_as_written_takes_the_column_path_and_reads_the_same(sample: Any) -> None:
    plan, text = sample
    one, other = both(plan, text)
    assert one[0] == "read" and one == other
    assert one[3] == 2  # the tombstones, counted
    reader = _reader(BlockReader, plan)
    assert reader._all_fine(1, reader_rows(text)) is not None


def reader_rows(text: str) -> list[tuple[str, ...]]:
    from ido_desk.exchange.line_blocks import LINE

    rows = LINE.findall(text)
    assert len(rows) == text.count("\n")
    return rows


def test_a_tombstone_as_written_matches_the_pattern() -> None:
    line = tombstone_text("019a0000-0000-7000-8000-000000000000", 3, "2026-10-01T10") + "\n"
    assert reader_rows(line)[0][-1] == "true"


UUIDS = (
    '"019a0000-0000-7000-8000-000000000000"',  # before every id of the file
    '"ffffffff-ffff-ffff-ffff-ffffffffffff"',  # after every id
    '"019A0000-0000-7000-8000-000000000000"',
    '"019a0000-0000-7000-8000-00000000000"',
    '"019a0000-0000-7000-8000-0000000000000"',
)
HOURS = ("2026-10-31T23", "2026-11-01T00", "2026-09-30T23", "2026-02-30T10", "2026-10-01T24")
VALUES = {  # per field: values in the same layout, good and bad
    "id": UUIDS,
    "revision": ("0", "1", "2", "999999999", "2147483647", "2147483648", "9999999999", '"1"'),
    "started": (*(f'"{hour}"' for hour in HOURS), '"2026-10-01 10"', "null"),
    "duration_min": ("0", "1", "9", "480", "481", "999", "1000", "null", '"10"', "10.0", "true"),
    "channel": ('"balie"', '"telefoon"', '"zzz"', '"BALIE"', '"balie "', "null", "1"),
    "entry": ('"live"', '"batch"', '"backdated"', '"Live"', '"zzz"', "null"),
    "questions": ("[]", "[{}]", "null", '[{"domain":"digitale_overheid","topic":"digid"}]'),
    "deleted": ("true", "false", "null", "1"),
}


def _set_value(line: str, field: str, value: str) -> str:
    """``line`` with ``field``'s value replaced, in the same compact layout."""
    head, found, tail = line.partition(f'"{field}":')
    if not found:
        return line
    if tail.startswith("["):  # the questions array runs to the line's last "]"
        return head + found + value + tail[tail.rindex("]") + 1 :]
    end = min((tail.find(c) for c in ",}" if tail.find(c) >= 0), default=len(tail))
    return head + found + value + tail[end:]


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_every_value_in_the_layout_as_written_reads_or_is_refused_as_line_by_line(
    sample: Any,
) -> None:
    """Each field of each line set to each value of VALUES in turn, the block cut in two
    before that line (so that the order of ids is checked across blocks too) or not."""
    plan, text = sample
    lines = text.split("\n")[:-1]
    asked = {line[line.index('"questions":') + 12 : -1] for line in lines if "questions" in line}
    one, two = sorted({part for array in asked for part in array[2:-2].split("},{")})[:2]
    assert one.startswith('"domain":') and one.endswith("null") and "{" not in one
    arrays = (  # new arrays of questions seen before, good and bad
        f"[{{{one}}}]",
        f"[{{{two}}},{{{one}}}]",
        f"[{{{one}}}, {{{two}}}]",
        f"[{{{one}}},{{{one}}}]",
        "[" + ",".join([f"{{{one}}}"] * (fmt.MAX_QUESTIONS + 1)) + "]",
        f"[{{{one}}},{{}}]",
    )
    tried = differ = 0
    for n, line in enumerate(lines):
        for field, values in (*VALUES.items(), ("questions", arrays)):
            for value in values:
                changed = _set_value(line, field, value)
                if changed == line:
                    continue
                block = "".join(t + "\n" for t in (*lines[:n], changed, *lines[n + 1 :]))
                for cut in (0, n):
                    one, other = both(plan, block, cut)
                    tried += 1
                    differ += one != other
                    assert one == other, (n, field, value, cut)
    assert tried > 500 and not differ


@SETTINGS
@given(data=st.data())
def test_any_corrupted_block_reads_or_is_refused_as_line_by_line(sample: Any, data: Any) -> None:
    plan, text = sample
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text) - 1))
        cut = data.draw(st.integers(0, 12))
        text = text[:at] + data.draw(PIECES) + text[at + cut :]
    if data.draw(st.booleans()):  # two lines swapped: ids out of order
        lines = text.split("\n")
        a, b = data.draw(st.integers(0, len(lines) - 1)), data.draw(st.integers(0, len(lines) - 1))
        lines[a], lines[b] = lines[b], lines[a]
        text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"  # the stream hands out whole lines only
    one, other = both(plan, text, cut=data.draw(st.integers(0, text.count("\n"))))
    assert one == other
