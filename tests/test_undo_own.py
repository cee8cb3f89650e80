"""Undo on a database several people share takes back the caller's own last visit (the name
given on the PC, who.py), never another's; with none of one's own it says so. Both backends."""

from __future__ import annotations

from typing import Any

from tests.db_helpers import rows_at

LOG = ("log", "--topic", "digid_activeren", "--channel", "balie", "--duration", "10")


def test_undo_takes_back_only_the_callers_own_last_visit(cli: Any, desk: Any, paths: Any) -> None:
    anna = cli("--name", "Anna", *LOG)
    bert = cli("--name", "Bert", *LOG)
    assert anna.returncode == 0 and bert.returncode == 0, anna.stderr + bert.stderr
    undone = cli("--name", "Anna", "undo")
    assert undone.returncode == 0, undone.stderr
    assert rows_at(paths, "SELECT saved_by FROM visit") == [("Bert",)]  # Bert's is still there
    again = cli("--name", "Anna", "undo")
    assert again.returncode != 0
    assert "Er is geen registratie van Anna om ongedaan te maken" in again.stderr, again.stderr
    assert cli("--name", "Bert", "undo").returncode == 0  # his own, after Anna's undo
    assert rows_at(paths, "SELECT count(*) FROM visit") == [(0,)]
