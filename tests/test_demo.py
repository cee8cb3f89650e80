"""The demo generator: realistic synthetic visits, the same for the same seed."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from ido_desk.config import Paths, resolve_paths
from ido_desk.demo import DemoSpec, make_demo
from ido_desk.demo_figures import MUNICIPALITIES, closed_days, easter
from ido_desk.desk import Desk, open_desk
from ido_desk.errors import ValidationError
from ido_desk.ids import id_timestamp_ms
from ido_desk.location import LocationInput, set_location
from tests.conftest import RIJSWIJK
from tests.db_helpers import rows_at_url

NOW = datetime(2026, 11, 3, 10, 30)  # a Tuesday
Cli = Callable[..., subprocess.CompletedProcess[str]]


def fresh_desk(folder: Path, location: LocationInput | None = RIJSWIJK) -> Desk:
    desk = open_desk(resolve_paths(folder, environ={}), clock=lambda: NOW)
    if location is not None:
        set_location(desk, location)
    return desk


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database of 3,000 visits over 4 locations, shared by the read-only tests."""
    desk = fresh_desk(tmp_path_factory.mktemp("demo"))
    make_demo(desk, DemoSpec(visits=3000, locations=4, seed=11, months=24))
    path = desk.db.path
    desk.close()
    assert path is not None
    return path


def query(where: Path | str, sql: str) -> list[tuple]:
    """Rows from a SQLite file, or from the database at a URL (either pass)."""
    if isinstance(where, str):
        return rows_at_url(where, sql)
    with sqlite3.connect(where) as connection:
        return connection.execute(sql).fetchall()


def content(path: Path) -> list[tuple]:
    """Every visit with its questions, without the random bits of the ids."""
    return sorted(
        query(
            path,
            """
            SELECT substr(v.id, 1, 13), l.cbs_code, v.started_at, v.duration_min, v.channel_id,
                   v.entry, v.created_at, q.position, q.topic_id, q.subtopic_id,
                   q.organisation_id, q.help_id, q.referral_id
            FROM visit v JOIN location l ON l.id = v.location_id
            JOIN question q ON q.visit_id = v.id
            """,
        )
    )


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    runs = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        desk = fresh_desk(tmp_path / name)
        result = make_demo(desk, DemoSpec(visits=400, locations=3, seed=seed, months=6))
        assert (result.visits, result.first_day.isoformat()) == (400, "2026-05-03")
        assert desk.db.path is not None
        runs.append(content(desk.db.path))
        desk.close()
    assert len(runs[0]) >= 400
    assert runs[0] == runs[1]
    assert runs[0] != runs[2]


def test_counts_add_up_and_nothing_has_a_note(demo_db: Path) -> None:
    assert query(demo_db, "SELECT count(*), count(note), count(deleted_at) FROM visit") == [
        (3000, 0, 0)
    ]
    orphans = "SELECT count(*) FROM visit WHERE id NOT IN (SELECT visit_id FROM question)"
    assert query(demo_db, orphans) == [(0,)]


def test_digid_is_the_most_frequent_topic_at_about_forty_percent(demo_db: Path) -> None:
    rows = query(
        demo_db,
        """
        SELECT t.code, count(*) * 1.0 / (SELECT count(*) FROM question)
        FROM question q JOIN topic t ON t.id = q.topic_id
        GROUP BY t.code ORDER BY count(*) DESC
        """,
    )
    assert rows[0][0] == "digid"
    assert 0.33 < rows[0][1] < 0.47
    assert {code for code, _share in rows[1:3]} <= {"toeslagen", "belastingen"}
    assert len(rows) >= 12  # the long tail is there too


def test_digid_questions_have_digid_sub_topics_and_logius(demo_db: Path) -> None:
    rows = query(
        demo_db,
        """
        SELECT s.code, o.code, count(*) FROM question q
        JOIN topic t ON t.id = q.topic_id
        LEFT JOIN topic s ON s.id = q.subtopic_id
        LEFT JOIN organisation o ON o.id = q.organisation_id
        WHERE t.code = 'digid' GROUP BY 1, 2
        """,
    )
    subtopics = {s for s, _o, _n in rows if s}
    assert subtopics == {
        "digid_aanvragen",
        "digid_activeren",
        "digid_app",
        "digid_inloggen",
        "digid_machtigen",
    }
    total = sum(n for *_key, n in rows)
    logius = sum(n for _s, o, n in rows if o == "logius")
    assert logius / total > 0.8  # mostly the suggested organisation


def test_opening_hours_no_sunday_no_night_mostly_ten_to_five(demo_db: Path) -> None:
    weekdays = dict(
        query(demo_db, "SELECT strftime('%w', started_at), count(*) FROM visit GROUP BY 1")
    )
    assert "0" not in weekdays  # Sunday
    assert weekdays["1"] > weekdays["3"] > weekdays["6"]  # Monday busy, Saturday quiet
    hours = dict(
        query(
            demo_db,
            "SELECT CAST(strftime('%H', started_at) AS int), count(*) FROM visit GROUP BY 1",
        )
    )
    assert min(hours) >= 9 and max(hours) <= 19
    assert sum(n for h, n in hours.items() if 10 <= h < 17) / 3000 > 0.85


def test_no_visits_on_public_holidays(demo_db: Path) -> None:
    holidays = {d.isoformat() for year in (2024, 2025, 2026) for d in closed_days(year)}
    days = {row[0] for row in query(demo_db, "SELECT DISTINCT date(started_at) FROM visit")}
    assert "2025-12-25" in holidays and "2026-04-06" in holidays  # Easter Monday 2026
    assert not days & holidays
    assert easter(2025).isoformat() == "2025-04-20"


def test_seasons_tax_in_spring_benefits_in_autumn_quiet_summer(demo_db: Path) -> None:
    def share(topic: str, months: str) -> float:
        [(part, whole)] = query(
            demo_db,
            f"""
            SELECT sum(t.code = '{topic}'), count(*) FROM question q
            JOIN visit v ON v.id = q.visit_id JOIN topic t ON t.id = q.topic_id
            WHERE strftime('%m', v.started_at) IN ({months})
            """,
        )
        return part / whole

    spring, autumn = "'03','04','05'", "'09','10','11'"
    assert share("belastingen", spring) > 2 * share("belastingen", autumn)
    assert share("toeslagen", autumn) > 1.3 * share("toeslagen", spring)
    months = dict(
        query(demo_db, "SELECT strftime('%m', started_at), count(*) FROM visit GROUP BY 1")
    )
    assert months["08"] < 0.7 * months["04"]


def test_about_a_fifth_of_visits_have_several_questions(demo_db: Path) -> None:
    [(several,)] = query(
        demo_db,
        "SELECT count(*) FROM (SELECT visit_id FROM question GROUP BY 1 HAVING count(*) > 1)",
    )
    assert 0.15 < several / 3000 < 0.26


def test_help_channels_durations_referrals(demo_db: Path) -> None:
    helps = dict(
        query(
            demo_db,
            "SELECT h.code, count(*) FROM question q "
            "JOIN help_kind h ON h.id = q.help_id GROUP BY 1",
        )
    )
    assert max(helps, key=helps.__getitem__) == "samen"
    questions = sum(helps.values())
    assert 0.06 < helps["doorverwezen"] / questions < 0.14
    [(referred_without_target,)] = query(
        demo_db,
        "SELECT count(*) FROM question q JOIN help_kind h ON h.id = q.help_id "
        "WHERE h.code IN ('doorverwezen', 'cursus') AND q.referral_id IS NULL",
    )
    assert referred_without_target == 0
    channels = dict(
        query(
            demo_db,
            "SELECT c.code, count(*) FROM visit v JOIN channel c ON c.id = v.channel_id GROUP BY 1",
        )
    )
    assert channels["balie"] / 3000 > 0.6
    [(low, high, median_ish)] = query(
        demo_db,
        "SELECT min(duration_min), max(duration_min), "
        "(SELECT duration_min FROM visit ORDER BY duration_min LIMIT 1 OFFSET 1500) FROM visit",
    )
    assert (low, high) == (5, 45)
    assert median_ish <= 15  # skewed to the short end


def test_locations_in_different_municipalities_own_first(demo_db: Path) -> None:
    rows = query(
        demo_db,
        "SELECT l.id, l.cbs_code, l.is_own, count(v.id) FROM location l "
        "LEFT JOIN visit v ON v.location_id = l.id GROUP BY l.id ORDER BY l.id",
    )
    assert len(rows) == 4
    assert rows[0][1:3] == ("GM0603", 1)  # the desk's own location, Rijswijk
    assert len({cbs for _id, cbs, _own, _n in rows}) == 4
    assert all(n > 0 for *_rest, n in rows)
    known = {m.cbs_code: m.name for m in MUNICIPALITIES}
    names = dict(query(demo_db, "SELECT cbs_code, municipality FROM location"))
    assert all(known[cbs] == name for cbs, name in names.items())
    counts = sorted(n for *_rest, n in rows)
    assert counts[-1] > 1.5 * counts[0]  # busy branches and quiet ones


def test_ids_are_time_ordered_with_the_start_times(demo_db: Path) -> None:
    rows = query(demo_db, "SELECT id, started_at FROM visit ORDER BY id")
    starts = [started for _id, started in rows]
    assert starts == sorted(starts)
    first_id, first_start = rows[0]
    stamp = datetime.fromtimestamp(id_timestamp_ms(first_id) / 1000)
    assert stamp.replace(second=0, microsecond=0) == datetime.fromisoformat(first_start)


def test_without_a_location_the_demo_sets_one_up_as_own(tmp_path: Path) -> None:
    desk = fresh_desk(tmp_path, location=None)
    done: list[tuple[int, int]] = []
    result = make_demo(
        desk, DemoSpec(visits=120, locations=2, seed=3, months=1), progress=_collect(done)
    )
    assert done[-1] == (120, 120)
    own = query(desk.db.url, "SELECT id, cbs_code, municipality FROM location WHERE is_own = 1")
    assert len(own) == 1 and own[0][0] == 1
    assert own[0][2] in result.summary()
    assert "120 bezoeken" in result.summary()
    visits = query(desk.db.url, "SELECT max(started_at) FROM visit")
    assert visits[0][0] < NOW.isoformat(sep=" ")  # nothing in the future
    desk.close()


def _collect(into: list[tuple[int, int]]) -> Callable[[int, int], None]:
    return lambda done, total: into.append((done, total))


def test_a_demo_twice_adds_visits(tmp_path: Path) -> None:
    desk = fresh_desk(tmp_path)
    make_demo(desk, DemoSpec(visits=50, locations=2, seed=1, months=2))
    make_demo(desk, DemoSpec(visits=50, locations=2, seed=1, months=2))
    assert desk.db.path is not None
    assert query(desk.db.url, "SELECT count(*) FROM visit") == [(100,)]
    assert query(desk.db.url, "SELECT count(*) FROM location") == [(2,)]
    desk.close()


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        (DemoSpec(visits=0), "visits"),
        (DemoSpec(visits=10, locations=0), "locations"),
        (DemoSpec(visits=10, locations=500), "locations"),
        (DemoSpec(visits=10, months=0), "months"),
    ],
)
def test_bad_specs_are_refused_before_anything_is_written(
    desk: Desk, spec: DemoSpec, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        make_demo(desk, spec)
    assert refused.value.field == field
    assert str(spec.locations if field == "locations" else getattr(spec, field)) in (
        refused.value.message
    )
    assert query(desk.db.url, "SELECT count(*) FROM visit") == [(0,)]
    assert query(desk.db.url, "SELECT count(*) FROM location") == [(1,)]


def test_demo_through_the_cli(cli: Cli, paths: Paths) -> None:
    result = cli("demo", "--visits", "300", "--locations", "3", "--seed", "4", "--months", "3")
    assert result.returncode == 0, result.stderr
    assert "300 bezoeken" in result.stdout
    database = paths.database_url
    assert query(database, "SELECT count(*) FROM visit") == [(300,)]
    assert query(
        database, "SELECT count(DISTINCT cbs_code), sum(CASE WHEN is_own THEN 1 END) FROM location"
    ) == [(3, 1)]
    english = cli("--lang", "en", "demo", "--visits", "20", "--locations", "1", "--seed", "5")
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("Demo: 20 visits with "), english.stdout
    assert "Locations (1, the first is the own location):" in english.stdout
    assert "bezoeken" not in english.stdout and "Locaties" not in english.stdout


def test_cli_refuses_a_bad_demo_clearly(cli: Cli) -> None:
    result = cli("demo", "--visits", "0")
    assert result.returncode == 2
    assert "--visits 0" in result.stderr
    assert "Traceback" not in result.stderr
