"""The front desk hears "de gegevens" ("the data"), not "database", when the program starts on
a lost or too new file and when a backup is put back (the CLI's restore lines), in Dutch and
in English; only messages about a database server keep the word (see test_error_messages)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ido_desk.backup import make_backup
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.conftest import CliResult
from tests.db_helpers import connect
from tests.test_cli import ok, refused

Cli = Callable[..., CliResult]
DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)


Told = Callable[[CliResult], str]


@pytest.fixture
def told(paths: Paths) -> Told:
    """All a command printed (without the "ido-desk: " of an error), the test's own folder
    (whose name is the test's) written "<map>"."""

    def said(result: CliResult) -> str:
        text = (result.stdout + result.stderr).removeprefix("ido-desk: ")
        return text.replace(str(paths.data_dir.parent), "<map>")

    return said


def too_new_or_lost(result: CliResult) -> CliResult:
    refused(result, code=4)  # refused before anything is opened for writing
    return result


def no_database_word(text: str) -> str:
    assert "database" not in text.lower(), text
    return text


@pytest.mark.sqlite_only("an emptied SQLite file")
def test_an_emptied_file_is_told_as_the_data_then_put_back(
    cli: Cli, paths: Paths, desk: Desk, told: Told
) -> None:
    assert paths.database_file is not None
    record_visit(desk, DIGID)
    good = make_backup(desk)
    desk.close()
    paths.database_file.write_bytes(b"")
    dutch = no_database_word(told(too_new_or_lost(cli("log", "--topic", "digid"))))
    assert dutch.startswith("Het bestand met de gegevens (<map>/data/ido-desk.sqlite) is leeg,")
    assert good.path.name in dutch
    english = no_database_word(
        told(too_new_or_lost(cli("--lang", "en", "log", "--topic", "digid")))
    )
    assert english.startswith("The data file (<map>/data/ido-desk.sqlite) is empty, while")
    put_back = cli("--lang", "en", "restore", "--newest", "--yes")
    ok(put_back)
    lines = no_database_word(told(put_back))
    assert "The current data cannot be read; they are kept as they are and replaced by" in lines
    assert f"Restored: <map>/data/backups/{good.path.name}" in lines


@pytest.mark.sqlite_only("restoring a file backup (a server's is the owner's)")
def test_a_restore_says_which_visits_leave_the_data(
    cli: Cli, paths: Paths, desk: Desk, told: Told
) -> None:
    record_visit(desk, DIGID)
    backup = make_backup(desk)
    record_visit(desk, DIGID)
    desk.close()
    dutch = cli("restore", "--yes", str(backup.path))
    ok(dutch)
    lines = no_database_word(told(dutch))
    assert f"1 registratie(s) in de huidige gegevens staan niet in {backup.path.name} en " in lines
    assert "De vervangen gegevens zijn bewaard als <map>/data/backups/" in lines
    english = cli("--lang", "en", "restore", "--yes", str(backup.path))
    ok(english)
    assert "All visits are also in" in no_database_word(told(english))


def test_a_file_from_a_newer_version_is_told_as_the_data(
    cli: Cli, paths: Paths, told: Told
) -> None:
    ok(cli("lists"))  # creates and migrates it
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    dutch = no_database_word(told(too_new_or_lost(cli("log", "--topic", "digid"))))
    assert dutch.startswith("De gegevens zijn gemaakt met een nieuwere versie van IDO Desk")
    assert "er is niets aan de gegevens veranderd." in dutch
    english = no_database_word(
        told(too_new_or_lost(cli("--lang", "en", "log", "--topic", "digid")))
    )
    assert english.startswith("The data were made with a newer version of IDO Desk (schema 9999")
