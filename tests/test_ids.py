"""Visit ids: UUIDv7 layout, unique, and strictly increasing within one process."""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ido_desk.ids import HourIds, IdGenerator, hour_id, id_timestamp_ms, new_visit_id


def assert_uuid7(visit_id: str) -> uuid.UUID:
    value = uuid.UUID(visit_id)
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert str(value) == visit_id  # canonical: 36 characters, lower case
    assert len(visit_id) == 36
    return value


def test_ids_are_uuid_version_7() -> None:
    for _ in range(100):
        assert_uuid7(new_visit_id())


def test_ids_carry_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    visit_id = new_visit_id()
    after = time.time_ns() // 1_000_000
    assert before <= id_timestamp_ms(visit_id) <= after + 1


def test_ids_in_a_tight_loop_are_unique_and_strictly_increasing() -> None:
    ids = [new_visit_id() for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    assert all(a < b for a, b in pairwise(ids))
    assert all(uuid.UUID(a).int < uuid.UUID(b).int for a, b in pairwise(ids))


@given(st.integers(0, 2**48 - 1))
def test_given_timestamp_comes_back(now_ms: int) -> None:
    visit_id = new_visit_id(now_ms)
    assert_uuid7(visit_id)
    assert id_timestamp_ms(visit_id) == now_ms


def test_given_timestamps_are_unique_within_one_millisecond() -> None:
    ids = {new_visit_id(1_700_000_000_000) for _ in range(10_000)}
    assert len(ids) == 10_000


@pytest.mark.parametrize("now_ms", [-1, 2**48])
def test_timestamp_out_of_range_is_refused(now_ms: int) -> None:
    with pytest.raises(ValueError, match="48-bit"):
        new_visit_id(now_ms)


def test_ids_from_many_threads_are_unique() -> None:
    def make(_: int) -> list[str]:
        return [new_visit_id() for _ in range(2_000)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        batches = list(pool.map(make, range(8)))
    all_ids = [visit_id for batch in batches for visit_id in batch]
    assert len(set(all_ids)) == len(all_ids) == 16_000
    for batch in batches:
        assert all(a < b for a, b in pairwise(batch))


def test_clock_stepping_back_never_takes_ids_back() -> None:
    readings = iter([1_000, 1_000, 999, 500, 1_000, 1_001, 1_001])
    generator = IdGenerator(clock_ms=lambda: next(readings))
    ids = [generator.new_id() for _ in range(7)]
    assert all(a < b for a, b in pairwise(ids))
    assert [id_timestamp_ms(i) for i in ids] == [1_000, 1_000, 1_000, 1_000, 1_000, 1_001, 1_001]


def test_counter_running_out_borrows_the_next_millisecond() -> None:
    generator = IdGenerator(clock_ms=lambda: 5_000)
    first = generator.new_id()
    generator._counter = (1 << 30) - 1  # as if a billion ids were made in this millisecond
    second = generator.new_id()
    assert first < second
    assert id_timestamp_ms(second) == 5_001


@pytest.mark.parametrize(
    "not_v7",
    [
        str(uuid.uuid4()),
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-7fff-ffff-ffffffffffff",
    ],
)
def test_timestamp_of_something_else_is_refused(not_v7: str) -> None:
    with pytest.raises(ValueError):
        id_timestamp_ms(not_v7)


def test_timestamp_of_garbage_is_refused() -> None:
    with pytest.raises(ValueError):
        id_timestamp_ms("not-an-id")


ms_48 = st.integers(min_value=0, max_value=(1 << 48) - 1)


@given(ms_48)
def test_an_hour_id_is_the_same_for_the_same_visit(now_ms: int) -> None:
    visit_id = new_visit_id(now_ms)
    assert hour_id(visit_id) == hour_id(visit_id)
    assert hour_id(hour_id(visit_id)) == hour_id(visit_id)  # already cut: unchanged


@given(ms_48)
def test_an_hour_id_carries_the_hour_only(now_ms: int) -> None:
    cut = hour_id(new_visit_id(now_ms))
    assert_uuid7(cut)
    assert id_timestamp_ms(cut) == now_ms - now_ms % 3_600_000


@given(ms_48)
def test_an_hour_id_keeps_every_other_bit(now_ms: int) -> None:
    visit_id = new_visit_id(now_ms)
    rest = (1 << 80) - 1  # version, counter, variant, random bits
    assert uuid.UUID(hour_id(visit_id)).int & rest == uuid.UUID(visit_id).int & rest


def test_an_hour_id_of_another_spelling_is_canonical() -> None:
    visit_id = new_visit_id(1_700_000_123_456)
    assert hour_id(visit_id.upper()) == hour_id(visit_id)
    assert hour_id("{" + visit_id + "}") == hour_id(visit_id)


near_hours = st.integers(min_value=0, max_value=3 * 3_600_000).map(
    lambda offset: 1_700_000_000_000 + offset
)  # three hours and their edges, so that runs of one hour and hour changes both happen


@given(st.lists(st.one_of(ms_48, near_hours, st.sampled_from([(1 << 48) - 1, 0])), max_size=60))
def test_hour_ids_of_a_run_of_ids_are_each_ids_own(stamps: list[int]) -> None:
    """HourIds remembers the last hour (an export's ids come in order): every id still gets
    exactly what hour_id gives it, in order or not, spelled another way or not."""
    ids = [new_visit_id(ms) for ms in stamps]
    spelled = [v.upper() if n % 7 == 3 else v for n, v in enumerate(ids)]
    for run in (sorted(ids), spelled):
        cut = HourIds()
        assert [cut(visit_id) for visit_id in run] == [hour_id(visit_id) for visit_id in run]


def test_an_hour_id_needs_a_version_7_uuid() -> None:
    with pytest.raises(ValueError, match="version 7"):
        hour_id(str(uuid.uuid4()))
    with pytest.raises(ValueError):
        hour_id("not-an-id")
