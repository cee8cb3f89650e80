"""The CLI in English: ``--lang en`` (or ``IDO_DESK_LANG=en``) gives a command's lines and its
errors in English, from the same Dutch source (the core's marked texts and the compiled .qm);
Dutch stays the default, and the English costs the CLI no Qt."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest

from db.errors import MESSAGES, DatabaseLocked
from ido_desk.config import Paths
from ido_desk.qm_file import translations
from ido_desk.translatable import QT_TRANSLATE_NOOP, in_language
from tests.conftest import CliResult, cli_environment, run_in_process
from tests.test_cli import SETUP, VALID_BSN, ok, refused
from tests.test_cli_entry import imported

Cli = Callable[..., CliResult]
DUTCH_WORDS = ("bezoek", "vraag", "geen", "kan niet", "gebruik", "Onbekend", "Kies", "ingesteld")


def english(cli: Cli, *args: str) -> CliResult:
    return cli("--lang", "en", *args)


def no_dutch(text: str) -> str:
    assert not [w for w in DUTCH_WORDS if w in text], text
    return text


def test_a_day_at_the_desk_in_english(cli: Cli, paths: Paths) -> None:
    """Before the location is set, then set up, log, refuse, list, undo: every line English."""
    told = no_dutch(refused(english(cli, "log", "--topic", "digid")))
    assert "No location has been set yet" in told and "--cbs-code" in told
    assert ok(english(cli, *SETUP)).startswith("Location set: Bibliotheek Rijswijk, Huis van de")
    visit_id = ok(english(cli, "log", "--topic", "digid_activeren", "--duration", "10")).strip()
    errors = {
        ("log", "--topic", "digid", "--at", "gisteren"): '--at "gisteren" is not a time: use',
        ("log", "--topic", "belastingdienst"): "Unknown topic 'belastingdienst' at",
        ("log", "--topic", "digid", "--channel", "fax"): "Unknown channel 'fax'. Choose from:",
        ("log", "--topic", "digid", "--duration", "900"): "A duration of 900 min is not possible",
        ("visits", "--date", "3-11-2026"): "--date '3-11-2026' is not a date: use YYYY-MM-DD.",
        ("edit", "zzzz", "--duration", "5"): "'zzzz' is not the id of a visit.",
        ("retention", "--days", "400"): "A retention period of 400 days is not possible",
    }
    for argv, expected in errors.items():
        assert expected in no_dutch(refused(english(cli, *argv))), argv
    note = refused(english(cli, "log", "--topic", "digid", "--note", f"bsn {VALID_BSN}"), code=3)
    assert "The note holds what looks like personal data: BSN (citizen service number)" in note
    assert "Leave out names, numbers and addresses." in note
    pin = run_in_process(
        ("--lang", "en", "pin", "set", "--new-pin-stdin"),
        cli_environment(paths),
        stdin=io.StringIO("4321\n"),
    )
    assert ok(pin).startswith("PIN set.")
    changing = no_dutch(refused(english(cli, "retention", "--days", "20"), code=3))
    assert changing.startswith("ido-desk: Changing how long notes are kept needs the manager's")
    listed = no_dutch(ok(english(cli, "visits")))
    assert listed.startswith(f"{date.today():%Y-%m-%d}: 1 visit, 1 question")
    assert visit_id[-8:] in listed
    assert ok(english(cli, "undo")) == f"Visit {visit_id[-8:]} undone.\n"
    assert "There is no visit to undo" in no_dutch(refused(english(cli, "undo"), code=2))
    assert ok(english(cli, "visits")).startswith(f"{date.today():%Y-%m-%d}: 0 visits, 0 questions")


def test_the_variable_asks_for_english_and_dutch_is_the_default(cli: Cli, paths: Paths) -> None:
    ok(cli(*SETUP))
    by_variable = run_in_process(
        ("log", "--topic", "digid", "--duration", "900"),
        {**cli_environment(paths), "IDO_DESK_LANG": "en"},
    )
    assert "A duration of 900 min is not possible" in refused(by_variable)
    dutch = refused(cli("log", "--topic", "digid", "--duration", "900"))
    assert "Duur 900 min kan niet: kies 1 tot" in dutch
    option_first = run_in_process(
        ("--lang", "nl", "visits"), {**cli_environment(paths), "IDO_DESK_LANG": "en"}
    )
    assert "0 bezoeken, 0 vragen" in ok(option_first)


@pytest.mark.parametrize(
    "argv",
    [
        ("log", "--topic", "digid", "--duration", "900"),  # an error in English
        ("visits",),  # lines in English
    ],
    ids=["error", "visits"],
)
def test_english_reads_the_compiled_file_without_qt(
    cli: Cli, paths: Paths, argv: tuple[str, ...]
) -> None:
    ok(cli(*SETUP))
    told = imported(paths, ["--lang", "en", *argv], {"PySide6", "shiboken6"}, ())
    assert "HEAVY []" in told, told
    assert "bezoek" not in told and "Duur" not in told


def test_every_marked_core_text_reads_back_in_english() -> None:
    """The reader of the .qm finds what lupdate collected (the same file the window loads),
    and puts the values back in, themselves in English."""
    found = translations("en")
    core = {source: text for (context, source), text in found.items() if context == "core"}
    assert len(core) > 150
    assert core["geen hulp"] == "no help"
    nested = QT_TRANSLATE_NOOP("core", "In de map: {count}.").format(
        count=QT_TRANSLATE_NOOP("core", "back-ups")
    )
    assert nested == "In de map: back-ups."
    assert in_language(nested, "en") == "In the folder: backups."
    assert in_language("niet gemarkeerd", "en") == "niet gemarkeerd"
    locked = MESSAGES[DatabaseLocked]  # the storage layer's messages are marked too
    assert in_language(locked, "en").startswith("The database is busy in another program.")
