"""Property tests: whatever a branch logs comes out of the coordinator's import the same (to
the hour), and a corrupted file never changes the coordinator's data into anything else."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ido_desk.exchange.importer import import_files
from ido_desk.ids import hour_id
from ido_desk.visits import delete_visit
from tests.db_helpers import rows
from tests.exchange_helpers import RIJSWIJK, dump, export, log, open_branch, yes

TOPICS = ["digid", "digid_activeren", "belastingen", "toeslagen", "wonen", "overig"]
HELPS = [None, "informatie", "samen", "voorgedaan"]

visit = st.fixed_dictionaries(
    {
        "when": st.datetimes(datetime(2026, 10, 1), datetime(2026, 10, 31, 23, 59)),
        "topics": st.lists(st.sampled_from(TOPICS), min_size=1, max_size=3),
        "help": st.sampled_from(HELPS),
        "channel": st.sampled_from(["balie", "afspraak", "telefoon", "online", "buiten"]),
        "deleted": st.booleans(),
    }
)

SLOW = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

SHOWN = """SELECT v.id, substr(v.started_at, 1, 13), v.duration_min, c.code, v.entry, v.revision,
             v.deleted_at IS NOT NULL, q.position, t.code, s.code, h.code
           FROM visit v JOIN channel c ON c.id = v.channel_id
           LEFT JOIN question q ON q.visit_id = v.id AND v.deleted_at IS NULL
           LEFT JOIN topic t ON t.id = q.topic_id LEFT JOIN topic s ON s.id = q.subtopic_id
           LEFT JOIN help_kind h ON h.id = q.help_id
           ORDER BY v.id, q.position"""


def without_tombstone_channel(table: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """A tombstone carries no channel or entry: compare those of live visits only."""
    return [
        row if not row[6] else (row[0], row[1], None, None, None, row[5], 1, *row[7:])
        for row in table
    ]


@SLOW
@given(visits=st.lists(visit, min_size=0, max_size=12))
def test_export_import_round_trips(visits: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        branch = open_branch(tmp / "branch", RIJSWIJK)
        coordinator = open_branch(tmp / "coordinator", None)
        try:
            for v in visits:
                visit_id = log(
                    branch, v["when"], *v["topics"], help=v["help"], channel=v["channel"]
                )
                if v["deleted"]:
                    delete_visit(branch, visit_id)
            result = import_files(coordinator, [export(branch, tmp).path], confirm_key=yes)[0]
            assert result.ok, result.message
            assert result.new + result.unchanged == len(visits)
            sent = [(hour_id(row[0]), *row[1:]) for row in rows(branch, SHOWN)]
            assert without_tombstone_channel(rows(coordinator, SHOWN)) == without_tombstone_channel(
                sorted(sent, key=lambda row: (row[0], row[7] or 0))
            )
        finally:
            branch.close()
            coordinator.close()


_GOOD: dict[str, Any] = {}


def good_file() -> tuple[Path, dict[str, Any]]:
    """One export, and the coordinator's tables after importing it, made once."""
    if not _GOOD:
        tmp = Path(tempfile.mkdtemp(prefix="ido-exchange-"))
        branch = open_branch(tmp / "branch", RIJSWIJK)
        for n in range(6):
            log(branch, datetime(2026, 10, 1, 10) + timedelta(days=n, minutes=7 * n), "digid")
        path = export(branch, tmp / "good.zip", (date(2026, 10, 1), date(2026, 11, 1))).path
        branch.close()
        coordinator = open_branch(tmp / "reference", None)
        assert import_files(coordinator, [path], confirm_key=yes)[0].ok
        _GOOD.update(path=path, after=_comparable(dump(coordinator)))
        coordinator.close()
    return _GOOD["path"], _GOOD["after"]


def _comparable(tables: dict[str, list[tuple[Any, ...]]]) -> dict[str, Any]:
    """The tables without what differs between two coordinators anyway (row ids, key times)."""
    return {
        "visit": tables["visit"],
        "question": [row[1:] for row in tables["question"]],
        "location": [row[1:-2] for row in tables["location"]],
    }


@SLOW
@given(data=st.data())
def test_a_corrupted_file_is_refused_or_reads_the_same(data: st.DataObject) -> None:
    path, reference = good_file()
    content = bytearray(path.read_bytes())
    changes = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(content) - 1), st.integers(1, 255)),
            min_size=1,
            max_size=4,
        )
    )
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(content) - 1)))
    for position, xor in changes:
        content[position] ^= xor
    if cut is not None:
        del content[cut:]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        bad = tmp / "bad.zip"
        bad.write_bytes(bytes(content))
        coordinator = open_branch(tmp / "coordinator", None)
        try:
            before = dump(coordinator)
            result = import_files(coordinator, [bad], confirm_key=yes)[0]
            if result.ok:  # a flip in a part of the zip that carries no data (a timestamp)
                assert _comparable(dump(coordinator)) == reference
            else:
                assert "bad.zip" in result.message
                assert dump(coordinator) == before
        finally:
            coordinator.close()
