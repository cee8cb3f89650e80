"""The CLI in English: ``--lang en`` (or ``IDO_DESK_LANG=en``) gives a command's lines and its
errors in English, from the same Dutch source (the core's marked texts and the compiled .qm);
Dutch stays the default, and the English costs the CLI no Qt."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from db.errors import MESSAGES, DatabaseLocked
from ido_desk.config import DATABASE_FILE, Paths, resolve_paths
from ido_desk.exchange.keys import own_key
from ido_desk.qm_file import translations
from ido_desk.translatable import QT_TRANSLATE_NOOP, in_language
from tests.conftest import CliResult, cli_environment, run_in_process
from tests.exchange_helpers import edit_line, rebuild
from tests.test_cli import SETUP, VALID_BSN, ok, refused
from tests.test_cli_entry import imported
from tests.test_exchange_cli import at

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
    assert "At the desk / walk-in" in listed and "Aan de balie" not in listed  # list labels
    overview = ok(english(cli, "region"))
    assert overview.startswith("Location ") and "Municipality" in overview
    assert "(own)" in overview and "Totaal" not in overview and "(eigen)" not in overview
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
    assert in_language(locked, "en").startswith("The data is in use by another program")


def test_an_exchange_between_branch_and_coordinator_in_english(cli: Cli, tmp_path: Path) -> None:
    """Export at a branch, then at the coordinator: a file that is no export, an unknown key,
    a trusted import, the same file again, a crafted line, the history and an undo; every line
    and every refusal in English, with the place in the file said in English too."""
    branch = str(tmp_path / "branch")
    ok(english(cli, *at(branch), "setup", "--location-name", "DOK Centrum",
                "--municipality", "Delft", "--cbs-code", "GM0503"))  # fmt: skip
    for day in ("01", "02"):
        ok(english(cli, *at(branch), "log", "--topic", "digid", "--at", f"2026-10-{day} 10:15"))
    out = tmp_path / "delft.zip"
    assert "Say with --out where the export file should go." in no_dutch(
        refused(english(cli, *at(branch), "export", "--period", "2026-10"))
    )
    assert "Give both --from and --to." in refused(
        english(cli, *at(branch), "export", "--from", "2026-10-01", "--out", str(out))
    )
    exported = no_dutch(ok(english(cli, *at(branch), "export", "--period", "2026-10",
                                   "--out", str(out))))  # fmt: skip
    assert exported.startswith(f"Exported to {out}\n  location ")
    assert "01-10-2026 to 31-10-2026\n  2 visits (0 of them deleted), 2 questions\n" in exported
    assert "\n  signed with the identification code with check code " in exported
    shown_key = no_dutch(ok(english(cli, *at(branch), "export", "--show-key")))
    assert shown_key.startswith("Check code of this branch's identification code: ")
    key_file = tmp_path / "delft.key"
    written = ok(english(cli, *at(branch), "export", "--key-out", str(key_file)))
    assert written.startswith(f"Identification file written to {key_file} (check code ")
    dutch_key = ok(cli(*at(branch), "export", "--show-key"))
    assert dutch_key.startswith("Controlecode van de herkenningscode van deze vestiging: ")
    for said in (exported, shown_key, written):  # the window's two words, not a third
        assert "fingerprint" not in said and " key" not in said, said
    again = refused(english(cli, *at(branch), "export", "--period", "2026-10", "--out", str(out)))
    assert "already exists; it is not overwritten without asking. Give --overwrite" in again

    nowhere = tmp_path / "nowhere" / "delft.key"
    assert f"The folder or file '{nowhere}' does not exist." in no_dutch(
        refused(english(cli, *at(branch), "export", "--key-out", str(nowhere)), code=4)
    )

    junk = tmp_path / "junk.zip"
    junk.write_text("geen zip")
    told = no_dutch(refused(english(cli, "import", str(junk)), code=3))
    assert told == (
        "ido-desk: refused, nothing was changed: junk.zip: this is not an IDO Desk "
        "export file (not a zip archive).\n"
    )
    unknown = no_dutch(refused(english(cli, "import", str(out)), code=3))
    assert "delft.zip, signature.json: the identification code of location " in unknown
    assert (
        "is not trusted yet. Check code: " in unknown
        and "(on the command line with --yes)" in unknown
    )
    imported_now = no_dutch(ok(english(cli, "import", "--yes", str(out))))
    assert "(DOK Centrum, Delft): check code " in imported_now
    assert imported_now.startswith("New identification code for ") and " - trusted (--yes)\n" in (
        imported_now
    )
    assert "delft.zip: " in imported_now
    assert ", 2 new, 0 updated, 0 deleted, 0 unchanged.\n" in imported_now
    assert "already imported on " in no_dutch(ok(english(cli, "import", str(out))))

    key = own_key(resolve_paths(branch, environ={}))
    crafted = rebuild(out, tmp_path / "line.zip", key, edit_line(2, lambda row: row.update(
        duration_min=9999)))  # fmt: skip
    told = no_dutch(refused(english(cli, "import", str(crafted)), code=3))
    assert "line.zip, visits.jsonl, line 2, field 'duration_min', value 9999: the duration is" in (
        told
    )
    history = no_dutch(ok(english(cli, "import", "--history")))
    assert "delft.zip  new 2, updated 0, deleted 0, unchanged 0\n" in history
    first = history.split()[0]
    assert ok(english(cli, "import", "--undo", first)) == (
        f"Import {first} undone: 2 visits removed, 0 restored.\n"
    )
    assert "[undone " in ok(english(cli, "import", "--history"))
    assert f"Import {first} was already undone on " in refused(
        english(cli, "import", "--undo", first)
    )


def test_reports_and_storage_refuse_in_english(cli: Cli, tmp_path: Path) -> None:
    """A report's user errors and its line, the backups and the delivery listed, a database
    URL of an unknown kind, an unreachable server and a database of a newer version: English
    with --lang en, Dutch without."""
    ok(cli(*SETUP))
    pdf = str(tmp_path / "r.pdf")
    errors = {
        ("report", "--period", "2099-01", "--out", pdf): (
            f"Period January 2099 is in the future (today is {date.today().day} "
        ),
        ("report", "--period", "2026-10", "--out", str(tmp_path / "r.txt")): (
            "'r.txt': the format follows from the extension; use .pdf, .csv or .xlsx."
        ),
        ("report", "--format", "long", "--out", pdf): "--format long writes .csv or .xlsx",
        ("report", "--out", str(tmp_path / "nowhere" / "r.pdf")): "The folder '",
        ("report", "--location", "nope", "--out", pdf): "Unknown location 'nope'. Known: ",
        ("report", "--municipality", "GM9999", "--out", pdf): "Unknown municipality 'GM9999'",
    }
    for argv, expected in errors.items():
        assert expected in no_dutch(refused(english(cli, *argv))), argv
    assert "Periode januari 2099 ligt in de toekomst" in refused(
        cli("report", "--period", "2099-01", "--out", pdf)
    )
    csv = (tmp_path / "q3.csv").resolve()
    written = ok(english(cli, "report", "--period", "2026-Q3", "--out", str(csv)))
    assert written == f"Quarterly report quarter 3 of 2026 written to {csv}\n"
    ok(english(cli, "backup"))
    assert " kB  by hand " in no_dutch(ok(english(cli, "backup", "--list")))
    assert "No ended month to deliver yet." in ok(english(cli, "delivery", "--status"))
    url = ("--database-url", "mysql://someone@server/ido")
    told = no_dutch(refused(english(cli, *url, "visits"), code=4))
    assert "begins with 'mysql://', a kind of database IDO Desk does not know. A shared" in told
    assert "in the database URL (--database-url or IDO_DESK_DATABASE_URL)." in told
    nobody = ("--database-url", "postgresql+psycopg://someone@127.0.0.1:1/ido")
    told = no_dutch(refused(english(cli, *nobody, "visits"), code=4))
    assert "The database server cannot be reached (127.0.0.1, port 1). Check that" in told
    newer = tmp_path / "newer"
    newer.mkdir()
    with sqlite3.connect(newer / DATABASE_FILE) as con:
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    told = no_dutch(refused(english(cli, *at(str(newer)), "visits"), code=4))
    assert "The data were made with a newer version of IDO Desk (schema 9999_future)" in told


def test_the_lists_in_english(cli: Cli) -> None:
    out = no_dutch(ok(english(cli, "lists")))
    for heading in ("Channels [channel]", "Topics [topic]", "Help given [help]"):
        assert f"\n{heading}\n" in f"\n{out}", heading
    lines = out.splitlines()
    digid = next(line for line in lines if line.startswith("  digid "))
    assert "DigiD — suggested organisation: Logius (DigiD)" in digid, digid
    app = next(line for line in lines if line.startswith("    digid_app "))
    assert app.endswith(" Install the app"), app  # a sub-topic, beneath DigiD
    assert "  belastingdienst          Tax and Customs Administration  (organisation)" in lines
    uwv = next(line for line in lines if line.startswith("  uwv "))
    assert uwv.endswith("  (independent administrative body)"), uwv
    assert "Belastingdienst" not in out and "Toeslagen" not in out


def test_list_refusals_in_english(cli: Cli) -> None:
    """A taken code names the item that holds it (read before its session closed), and the
    label that is missing is called English or Dutch in English."""
    taken = no_dutch(refused(english(cli, "list", "add", "topic", "digid", "--label", "Dup")))
    assert "Code 'digid' exists in the list already (topic 'DigiD')" in taken
    blank = refused(english(cli, "list", "add", "topic", "x1", "--label", "  "))
    assert "Fill in the Dutch name." in blank


def test_how_a_visit_was_entered_reads_in_english(cli: Cli) -> None:
    """A tally sheet's visits are marked in the list in the CLI's language."""
    ok(english(cli, *SETUP))
    ok(english(cli, "tally", "--count", "2", "--topic", "digid", "--at", "00:01"))
    listed = no_dutch(ok(english(cli, "visits")))
    assert listed.count("[tally sheet]") == 2, listed
    assert "turflijst" not in listed
    dutch = ok(cli("visits"))
    assert dutch.count("[turflijst]") == 2, dutch
