"""``ido-desk list ...`` in a subprocess, against a real database file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from ido_desk.config import Paths
from tests.db_helpers import rows_at

Cli = Callable[..., CompletedProcess[str]]


def database(paths: Paths) -> Path:
    assert paths.database_file is not None
    return paths.database_file


def test_add_rename_move_retire_and_restore_a_topic(cli: Cli, paths: Paths) -> None:
    added = cli(
        *["list", "add", "topic", "energietoeslag", "--label", "Energietoeslag"],
        *("--label-en", "Energy allowance", "--organisation", "gemeente"),
    )
    assert added.returncode == 0, added.stderr
    assert "energietoeslag" in added.stdout

    assert cli("list", "rename", "topic", "energietoeslag", "--label", "Energie").returncode == 0
    assert cli("list", "move", "topic", "energietoeslag", "--to", "1").returncode == 0
    assert rows_at(
        paths,
        "SELECT t.label_nl, t.label_en, t.sort_order, o.code FROM topic t "
        "JOIN organisation o ON o.id = t.organisation_id WHERE t.code = 'energietoeslag'",
    ) == [("Energie", "Energy allowance", 1, "gemeente")]

    assert cli("list", "retire", "topic", "energietoeslag").returncode == 0
    listed = cli("lists", "--all").stdout
    assert "energietoeslag           Energie — voorgestelde organisatie: Gemeente  [vervallen]" in (
        listed
    )
    assert "energietoeslag" not in cli("lists").stdout
    refused = cli("log", "--topic", "energietoeslag")
    assert refused.returncode != 0

    assert cli("list", "restore", "topic", "energietoeslag").returncode == 0
    assert "energietoeslag           Energie — voorgestelde organisatie: Gemeente\n" in (
        cli("lists").stdout
    )
    assert rows_at(paths, "SELECT count(*) FROM audit_log WHERE action = 'list-edit'") == [(5,)]


def test_add_a_sub_topic_and_an_organisation(cli: Cli, paths: Paths) -> None:
    sub = cli("list", "add", "topic", "digid_sms", "--label", "Sms-controle", "--parent", "digid")
    org = cli("list", "add", "organisation", "nvwa", "--label", "NVWA", "--level", "zbo")
    assert (sub.returncode, org.returncode) == (0, 0), sub.stderr + org.stderr
    assert sub.stdout.startswith("Toegevoegd aan de lijst onderwerpen: digid_sms")
    assert org.stdout.startswith("Toegevoegd aan de lijst organisaties: nvwa")
    listed = cli("lists").stdout
    assert "    digid_sms              Sms-controle\n" in listed  # beneath DigiD, after its own
    assert listed.index("digid_machtigen") < listed.index("digid_sms") < listed.index("belastingen")
    assert "nvwa                     NVWA  (zelfstandig bestuursorgaan)" in listed
    assert "nvwa                     NVWA  (organisatie)" in listed  # also a referral target


def test_bad_input_says_what_and_where_and_changes_nothing(cli: Cli, paths: Paths) -> None:
    bad_code = cli("list", "add", "help", "Uitleg Gegeven", "--label", "Uitleg")
    assert bad_code.returncode == 2
    assert "Code 'Uitleg Gegeven' kan niet" in bad_code.stderr
    assert "uitleg_gegeven" in bad_code.stderr  # the suggestion
    assert "Traceback" not in bad_code.stderr

    unknown = cli("list", "retire", "channel", "fax")
    assert unknown.returncode == 2
    assert "geen kanaal met code 'fax'" in unknown.stderr

    last = [cli("list", "retire", "channel", c) for c in ("balie", "afspraak", "telefoon")]
    assert [r.returncode for r in last] == [0, 0, 0]
    kept = cli("list", "move", "channel", "online", "--to", "9")
    assert kept.returncode == 2
    assert "Positie 9 kan niet: kies 1 tot en met 5" in kept.stderr

    assert rows_at(paths, "SELECT count(*) FROM help_kind") == [(5,)]
