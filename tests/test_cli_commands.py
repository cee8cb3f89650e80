"""The commands that fix and tick off visits, driven in sequence as a person at the desk would:
edit, delete, undo, tally, national-form, region; and the command table itself."""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import ido_desk.cli
from ido_desk.cli.main import COMMANDS, build_parser
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.roles import set_pin
from ido_desk.visits import record_visit
from tests.conftest import CliResult, Clock, Terminal, cli_environment, run_in_process
from tests.db_helpers import rows_at
from tests.test_cli import SETUP, ok, refused

Cli = Callable[..., CliResult]


@pytest.fixture
def set_up(cli: Cli) -> Cli:
    ok(cli(*SETUP))
    return cli


def listed_ids(cli: Cli, *args: str) -> list[str]:
    """The short ids ``ido-desk visits`` prints, in its order."""
    return [line.split()[0] for line in ok(cli("visits", *args)).splitlines()[1:]]


def test_log_two_edit_one_delete_the_other_undo_and_list(set_up: Cli, paths: Paths) -> None:
    first = ok(set_up("log", "--topic", "digid_activeren", "--duration", "10")).strip()
    second = ok(set_up("log", "--topic", "toeslagen", "--channel", "telefoon")).strip()
    assert listed_ids(set_up) == [second[-8:], first[-8:]]  # newest first, short ids

    edited = ok(set_up("edit", first[-8:], "--duration", "25", "--help-given", "samen"))
    assert f"Bezoek {first[-8:]} gewijzigd (revisie 2)" in edited
    assert "verwijderd" in ok(set_up("delete", second, "--yes"))  # the whole id works too
    # the visit saved last is gone, and the one before it was changed: nothing to undo
    assert "bestaat niet (meer)" in refused(set_up("undo"))
    third = ok(set_up("log", "--topic", "belastingen")).strip()
    assert f"Bezoek {third[-8:]} ongedaan gemaakt" in ok(set_up("undo"))
    assert "geen registratie om ongedaan te maken" in refused(set_up("undo"), code=2)

    listing = ok(set_up("visits"))
    assert f"{date.today():%Y-%m-%d}: 1 bezoek, 1 vraag" in listing
    [line] = listing.splitlines()[1:]
    assert line.startswith(first[-8:]) and "DigiD > Activeren" in line
    assert "Samen gedaan" in line and "25 min" in line
    live = "SELECT id, revision, duration_min FROM visit WHERE deleted_at IS NULL"
    assert rows_at(paths, live) == [(first, 2, 25)]
    assert rows_at(paths, "SELECT id FROM visit WHERE deleted_at IS NOT NULL") == [(second,)]
    assert rows_at(
        paths, "SELECT action, entity_id FROM audit_log WHERE entity = 'visit' ORDER BY id"
    ) == [
        ("edit", first),
        ("delete", second),
        ("undo", third),
    ]


def test_edit_replaces_topics_and_keeps_what_is_not_given(set_up: Cli, paths: Paths) -> None:
    visit = ok(set_up("log", "--topic", "digid", "--help-given", "samen", "--duration", "5"))
    ok(set_up("edit", visit.strip()[-8:], "--topic", "huurtoeslag", "--topic", "belastingen"))
    assert rows_at(
        paths,
        "SELECT q.position, t.code, s.code, h.code, v.duration_min FROM question q "
        "JOIN visit v ON v.id = q.visit_id JOIN topic t ON t.id = q.topic_id "
        "LEFT JOIN topic s ON s.id = q.subtopic_id LEFT JOIN help_kind h ON h.id = q.help_id "
        "ORDER BY q.position",
    ) == [(1, "toeslagen", "huurtoeslag", "samen", 5), (2, "belastingen", None, None, 5)]


def test_edit_refuses_bad_input_and_changes_nothing(set_up: Cli, paths: Paths) -> None:
    visit = ok(set_up("log", "--topic", "digid", "--duration", "5")).strip()
    assert "Duur 0 min kan niet" in refused(set_up("edit", visit[-8:], "--duration", "0"))
    assert "geen tijdstip" in refused(set_up("edit", visit[-8:], "--at", "gisteren"))
    assert "Er is geen bezoek met id 'abcdef12'" in refused(set_up("edit", "abcdef12"))
    assert "geen id van een bezoek" in refused(set_up("delete", "DigiD", "--yes"))
    assert rows_at(paths, "SELECT revision, duration_min FROM visit") == [(1, 5)]


def test_edit_with_nothing_to_change_writes_nothing(set_up: Cli, paths: Paths) -> None:
    visit = ok(set_up("log", "--topic", "digid", "--duration", "5")).strip()
    for same in (("edit", visit[-8:]), ("edit", visit[-8:], "--duration", "5")):
        result = set_up(*same)
        assert result.returncode == 0, result.stderr
        assert f"Niets gewijzigd: bezoek {visit[-8:]} is al zo (revisie 1)" in result.stdout
    assert rows_at(paths, "SELECT revision FROM visit") == [(1,)]
    assert rows_at(paths, "SELECT count(*) FROM audit_log WHERE entity = 'visit'") == [(0,)]
    ok(set_up("edit", visit[-8:], "--duration", "6"))  # a real change still is one
    assert rows_at(paths, "SELECT revision, duration_min FROM visit") == [(2, 6)]


def test_delete_asks_for_yes_when_nobody_can_answer(set_up: Cli, paths: Paths) -> None:
    visit = ok(set_up("log", "--topic", "digid")).strip()
    assert "geef --yes" in refused(set_up("delete", visit[-8:]))
    assert rows_at(paths, "SELECT deleted_at IS NULL FROM visit") == [(1,)]


def test_delete_asks_a_person_at_a_terminal_first(set_up: Cli, paths: Paths) -> None:
    visit = ok(set_up("log", "--topic", "digid_activeren")).strip()
    env = cli_environment(paths)
    kept = run_in_process(("delete", visit[-8:]), env, stdin=Terminal("n\n"))
    assert "Niet verwijderd" in ok(kept) and "(digid_activeren) verwijderen? [j/N]" in kept.stdout
    assert rows_at(paths, "SELECT deleted_at IS NULL FROM visit") == [(1,)]
    ok(run_in_process(("delete", visit[-8:]), env, stdin=Terminal("j\n")))
    assert rows_at(paths, "SELECT deleted_at IS NULL FROM visit") == [(0,)]


def test_an_older_visit_is_changed_only_with_the_pin(
    desk: Desk, cli: Cli, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    yesterday = datetime.now().replace(microsecond=0) - timedelta(days=1)
    desk.clock = Clock(yesterday)
    visit = record_visit(desk, VisitDraft(questions=(QuestionDraft("digid"),), duration_min=5))
    desk.clock = Clock(datetime.now())
    set_pin(desk, "2468")
    for command in (("edit", visit[-8:], "--duration", "15"), ("delete", visit[-8:], "--yes")):
        assert "pincode van de beheerder" in refused(cli(*command), code=3)
    assert rows_at(paths, "SELECT revision FROM visit") == [(1,)]
    monkeypatch.setenv("IDO_DESK_PIN", "2468")
    ok(cli("edit", visit[-8:], "--duration", "15"))
    ok(cli("delete", visit[-8:], "--yes"))
    assert rows_at(paths, "SELECT revision, deleted_at IS NOT NULL FROM visit") == [(3, 1)]


def test_a_tally_sheet_is_counted_in_the_report(set_up: Cli, paths: Paths, tmp_path: Path) -> None:
    saved = ok(set_up("tally", "--count", "12", "--date", "2026-10-06", "--topic", "digid_app"))
    assert "12 x DigiD > App installeren op 06-10-2026 om 12:00" in saved  # the label
    ok(set_up("tally", "--count", "3", "--date", "2026-10-07", "--topic", "toeslagen"))
    assert len(listed_ids(set_up, "--date", "2026-10-06")) == 12
    assert "[turflijst]" in ok(set_up("visits", "--date", "2026-10-07"))
    # a tally sheet is not what Ctrl+Z takes back
    assert "turflijst maak je niet ongedaan" in refused(set_up("undo"))
    out = tmp_path / "oktober.csv"
    ok(set_up("report", "--period", "2026-10", "--out", str(out)))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert "Bezoeken;15;0;niet vergelijkbaar;0;niet vergelijkbaar" in lines
    assert "DigiD > App installeren;12;80,0" in lines
    assert rows_at(paths, "SELECT count(*), min(entry), max(entry) FROM visit") == [
        (15, "batch", "batch")
    ]


def test_a_tally_refuses_a_bad_count_and_stores_nothing(set_up: Cli, paths: Paths) -> None:
    message = refused(set_up("tally", "--count", "0", "--topic", "digid"))
    assert "Aantal 0 kan niet" in message
    assert "geen tijd" in refused(set_up("tally", "--count", "2", "--topic", "digid", "--at", "x"))
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]


def test_national_form_lists_then_marks_per_visit_and_per_day(set_up: Cli) -> None:
    first = ok(set_up("log", "--topic", "digid_activeren")).strip()
    second = ok(set_up("log", "--topic", "huurtoeslag", "--help-given", "samen")).strip()
    listing = ok(set_up("national-form", "list"))
    assert listing.startswith("Nog over te zetten: 2 bezoeken")
    assert listing.index(first[-8:]) < listing.index(second[-8:])  # oldest first
    assert "Vraag 1" in listing
    marked = ok(set_up("national-form", "mark", "--visit", first[-8:]))
    assert "1 bezoek gemarkeerd" in marked and "Nog over te zetten: 1" in marked
    assert first[-8:] not in ok(set_up("national-form", "list"))
    marked = ok(set_up("national-form", "mark", "--day", f"{date.today()}"))
    assert "1 bezoek van" in marked and "Nog over te zetten: 0" in marked
    assert "--visit" in refused(set_up("national-form", "mark"))  # one of the two is needed


def test_region_prints_the_overview_table(set_up: Cli) -> None:
    ok(set_up("tally", "--count", "4", "--date", "2026-10-06", "--topic", "digid"))
    table = ok(set_up("region", "--period", "2026-09-01..2026-10-31"))
    header, own = table.splitlines()[:2]
    assert "2026-09" in header and "2026-10" in header and "Totaal" in header
    # nothing logged in September: nothing received, as for any location (not a 0)
    assert own.startswith("Huis van de Stad (eigen)") and own.split()[-3:] == ["—", "4", "4"]
    assert "Rijswijk                 GM0603     1 locatie        4 bezoeken" in table
    assert "\n1 locatie, 4 bezoeken." in table
    assert "onbekend" in refused(set_up("region", "--period", "oktober"))


def test_every_command_module_is_in_the_table_under_its_name() -> None:
    modules = {m.name for m in pkgutil.iter_modules(ido_desk.cli.__path__)} - {"main"}
    assert modules == {entry.module for entry in COMMANDS.values()}
    for name in COMMANDS:
        [subparsers] = [a for a in build_parser(name)._actions if a.dest == "command"]
        chosen = subparsers.choices[name]  # type: ignore[index]
        assert chosen.add_help, name  # its own parser, as its module registers it
        stub = build_parser(None)._actions[-1].choices[name]  # type: ignore[index]
        assert stub._actions == []  # not imported: a name and its help only


def test_help_lists_every_command(cli: Cli) -> None:
    out = ok(cli("--help"))
    for name, entry in COMMANDS.items():
        assert f"    {name}" in out and entry.help.split()[0] in out


def test_the_cli_takes_this_desks_remembered_channel_not_the_last_visits(
    set_up: Cli, paths: Paths
) -> None:
    """A phone visit logged by hand does not make the next visit a phone visit: without
    --channel, log and tally take what this desk remembers (as the window does)."""
    from ido_desk.desk import open_desk
    from ido_desk.form_rules import Remembered, remember

    ok(set_up("log", "--topic", "belastingen", "--channel", "telefoon"))
    ok(set_up("log", "--topic", "digid"))
    ok(set_up("tally", "--count", "2", "--date", "2026-10-06", "--topic", "digid"))
    desk = open_desk(paths)
    try:
        remember(desk, Remembered(channel="afspraak"))
    finally:
        desk.close()
    ok(set_up("log", "--topic", "toeslagen"))
    stored = rows_at(
        paths,
        "SELECT c.code FROM visit v JOIN channel c ON c.id = v.channel_id ORDER BY v.id",
    )
    assert [code for (code,) in stored] == ["telefoon", "balie", "balie", "balie", "afspraak"]
