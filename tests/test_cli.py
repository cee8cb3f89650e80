"""``ido-desk`` (``main(argv)`` in this process): set up, log, list, refuse."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from ido_desk.config import Paths
from tests.conftest import CliResult
from tests.db_helpers import connect, rows_at, rows_in

Cli = Callable[..., CliResult]

SETUP = (
    "setup",
    "--location-name",
    "Huis van de Stad",
    "--municipality",
    "Rijswijk",
    "--cbs-code",
    "GM0603",
    "--province",
    "Zuid-Holland",
    "--organisation",
    "Bibliotheek Rijswijk",
)
VALID_BSN = "111222333"  # passes the 11-test
NOT_A_BSN = "111222334"  # the same digits failing it


def database(paths: Paths) -> Path:
    assert paths.database_file is not None
    return paths.database_file


def ok(result: CliResult | subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result: CliResult | subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr


@pytest.fixture
def set_up(cli: Cli) -> Cli:
    ok(cli(*SETUP))
    return cli


def test_log_before_setup_says_how_to_set_the_location(cli: Cli, paths: Paths) -> None:
    message = refused(cli("log", "--topic", "digid_activeren"))
    assert "ido-desk setup --location-name" in message
    assert "--cbs-code" in message
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]


def test_setup_then_log_prints_an_id_that_visits_lists(set_up: Cli, paths: Paths) -> None:
    out = ok(set_up("log", "--topic", "digid_activeren", "--channel", "balie", "--duration", "10"))
    visit_id = out.strip()
    assert len(visit_id) == 36 and visit_id[14] == "7"  # a UUIDv7
    listed = ok(set_up("visits"))
    assert f"{date.today():%Y-%m-%d}: 1 bezoek, 1 vraag" in listed
    [line] = [line for line in listed.splitlines() if line.startswith(visit_id[-8:])]
    assert "DigiD > Activeren" in line and "Aan de balie" in line and "10 min" in line
    assert "[achteraf]" not in line
    assert rows_at(paths, "SELECT duration_min, entry FROM visit") == [(10, "live")]


def test_at_back_dates_and_the_list_shows_it(set_up: Cli, paths: Paths) -> None:
    yesterday = date.today() - timedelta(days=1)
    visit_id = ok(set_up("log", "--topic", "toeslagen", "--at", f"{yesterday} 10:15")).strip()
    listed = ok(set_up("visits", "--date", f"{yesterday}"))
    [line] = [line for line in listed.splitlines() if line.startswith(visit_id[-8:])]
    assert line.split()[1] == "10:15" and line.endswith("[achteraf]")
    assert rows_at(paths, "SELECT started_at, entry FROM visit") == [
        (f"{yesterday} 10:15:00.000000", "backdated")
    ]
    assert "0 bezoeken" in ok(set_up("visits"))  # not on today's list


def test_several_topics_make_several_questions(set_up: Cli, paths: Paths) -> None:
    ok(set_up("log", "--topic", "digid_app", "--topic", "huurtoeslag", "--topic", "belastingen"))
    assert rows_at(
        paths,
        "SELECT q.position, t.code, s.code FROM question q JOIN topic t ON t.id = q.topic_id "
        "LEFT JOIN topic s ON s.id = q.subtopic_id ORDER BY q.position",
    ) == [(1, "digid", "digid_app"), (2, "toeslagen", "huurtoeslag"), (3, "belastingen", None)]


def test_a_note_with_a_bsn_is_refused_and_nothing_is_stored(set_up: Cli, paths: Paths) -> None:
    message = refused(
        set_up("log", "--topic", "digid_activeren", "--note", f"bsn {VALID_BSN} gebeld"), code=3
    )
    assert "BSN" in message and VALID_BSN in message
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]
    assert rows_at(paths, "SELECT count(*) FROM question") == [(0,)]
    ok(set_up("log", "--topic", "digid_activeren", "--note", f"nummer {NOT_A_BSN} klopt niet"))
    assert rows_at(paths, "SELECT note FROM visit") == [(f"nummer {NOT_A_BSN} klopt niet",)]


def test_a_phone_number_with_spaced_separators_is_refused_an_ordinary_range_is_kept(
    set_up: Cli, paths: Paths
) -> None:
    message = refused(set_up("log", "--topic", "digid", "--note", "tel: 070 - 123 45 67"), code=3)
    assert "070 - 123 45 67" in message
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]
    ok(set_up("log", "--topic", "digid", "--note", "duurde 10 - 15 min, aangifte 2025 - 2026"))
    assert rows_at(paths, "SELECT note FROM visit") == [
        ("duurde 10 - 15 min, aangifte 2025 - 2026",)
    ]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--topic", "digidd"), "Onbekend onderwerp 'digidd' bij vraag 1"),
        (("--topic", "digid", "--topic", "nope"), "Onbekend onderwerp 'nope' bij vraag 2"),
        (("--topic", "digid", "--channel", "fax"), "Onbekend kanaal 'fax'. Kies uit: balie"),
        (("--topic", "digid", "--at", "gisteren"), '--at "gisteren" is geen tijdstip'),
        (("--topic", "digid", "--at", "2026-13-01 10:00"), "JJJJ-MM-DD UU:MM"),
        (("--topic", "digid", "--duration", "0"), "Duur 0 min kan niet"),
    ],
)
def test_bad_codes_and_times_get_a_clear_message(
    set_up: Cli, paths: Paths, args: tuple[str, ...], expected: str
) -> None:
    assert expected in refused(set_up("log", *args))
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]


def test_a_time_in_the_future_is_refused(set_up: Cli) -> None:
    tomorrow = datetime.now() + timedelta(days=1)
    message = refused(set_up("log", "--topic", "digid", "--at", f"{tomorrow:%Y-%m-%d %H:%M}"))
    assert "ligt in de toekomst" in message


def test_lists_prints_the_codes_of_every_list(cli: Cli) -> None:
    out = ok(cli("lists"))
    for heading in (
        "Kanalen [channel]",
        "Domeinen [domain]",
        "Organisaties [organisation]",
        "Onderwerpen [topic]",
        "Soorten hulp [help]",
        "Doorverwijzingen [referral]",
    ):
        assert f"\n{heading}\n" in f"\n{out}", heading
    for code in ("balie", "digid_activeren", "huurtoeslag", "logius", "samen", "digisterker"):
        assert f" {code} " in out
    lines = out.splitlines()
    lines = lines[lines.index("Onderwerpen [topic]") :]  # (codes recur in other lists)

    def beneath(code: str) -> list[str]:
        """The codes indented under a topic's line, up to the next topic."""
        at = lines.index(next(line for line in lines if line.startswith(f"  {code} ")))
        subs = []
        for line in lines[at + 1 :]:
            if not line.startswith("    "):
                break
            subs.append(line.split()[0])
        return subs

    # each topic with its own sub-topics beneath it, indented; never another topic's
    digid = [f"digid_{s}" for s in ("aanvragen", "activeren", "app", "inloggen", "machtigen")]
    assert beneath("digid") == digid
    toeslagen = ["zorgtoeslag", "huurtoeslag", "kinderopvangtoeslag", "kindgebonden_budget"]
    assert beneath("toeslagen") == toeslagen
    assert beneath("belastingen") == []
    # the suggested organisation, the government level and the kind of referral in words
    everything = out.splitlines()
    assert "  digid                    DigiD — voorgestelde organisatie: Logius (DigiD)" in lines
    assert "  uwv                      UWV  (zelfstandig bestuursorgaan)" in everything
    assert "  belastingdienst          Belastingdienst  (organisatie)" in everything
    assert "  digisterker              Digisterker  (cursus)" in everything
    assert "(organisation)" not in out and "sub-onderwerp" not in out


@pytest.mark.sqlite_only("chooses the SQLite file by the data folder")
def test_data_dir_option_and_environment_choose_the_file(
    cli: Cli, cli_process: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    chosen = tmp_path / "elsewhere"
    ok(cli("--data-dir", str(chosen), *SETUP))
    ok(cli("--data-dir", str(chosen), "log", "--topic", "digid"))
    assert rows_in(chosen / "ido-desk.sqlite", "SELECT count(*) FROM visit") == [(1,)]
    # the fixture's IDO_DESK_DATA_DIR was not used: no location there, so log refuses
    assert "ido-desk setup" in refused(cli("log", "--topic", "digid"))
    env_dir = tmp_path / "from-env"
    ok(cli_process(*SETUP, module=True, env={**os.environ, "IDO_DESK_DATA_DIR": str(env_dir)}))
    assert rows_in(env_dir / "ido-desk.sqlite", "SELECT municipality FROM location") == [
        ("Rijswijk",)
    ]


@pytest.mark.sqlite_only("a SQLite URL")
def test_database_url_takes_any_sqlite_file(cli: Cli, tmp_path: Path, paths: Paths) -> None:
    target = tmp_path / "other.db"
    url = f"sqlite:///{target}"
    ok(cli("--database-url", url, *SETUP))
    ok(cli("--database-url", url, "log", "--topic", "digid_inloggen", "--duration", "5"))
    assert rows_in(target, "SELECT duration_min FROM visit") == [(5,)]
    assert not database(paths).exists()


def test_a_database_from_a_newer_version_is_refused_clearly(cli: Cli, paths: Paths) -> None:
    ok(cli("lists"))  # creates and migrates the file
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    message = refused(cli("log", "--topic", "digid"), code=4)
    assert "nieuwere versie van IDO Desk" in message and "9999_future" in message
    assert message.count("\n") <= 2
    assert rows_at(paths, "SELECT version_num FROM alembic_version") == [("9999_future",)]
