"""Alt+letter on the Registreren form, from wherever the focus is: it picks the help or the
channel chip and never types into a field (the tester's defect: Alt+N, Alt+S, Alt+L stored a
note "sl" and kept the old help and channel). Keys go to the focused widget as an X keyboard
delivers them (a ShortcutOverride first, then the key press with its text "s")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ido_desk.desk import Desk
from tests.db_helpers import rows
from tests.form_keys import SAVE, press
from tests.test_form_journey import key, open_window
from ui.log_panel import LogPanel

SAVED = (
    "SELECT c.code, h.code, v.note FROM visit v JOIN channel c ON c.id = v.channel_id "
    "JOIN question q ON q.visit_id = v.id LEFT JOIN help_kind h ON h.id = q.help_id "
    "ORDER BY v.created_at"
)


@pytest.fixture
def panel(qtbot, desk: Desk, clock) -> LogPanel:
    """The Registreren tab of the real window, shown and active."""
    return open_window(qtbot, desk).log_panel


def test_help_and_channel_keys_from_the_note_pick_chips_and_type_nothing(
    qtbot, panel, desk
) -> None:
    press(qtbot, panel, "Escape", "1", "Alt+N")
    assert panel.note.hasFocus()
    press(qtbot, panel, key(panel, "help", "samen"), key(panel, "channel", "telefoon"))
    assert panel.note.text() == ""
    assert panel.note.hasFocus()  # the keys chose; the focus stays where it was
    assert panel.preview.text().startswith("Wordt opgeslagen: DigiD · Telefonisch · Samen gedaan")
    press(qtbot, panel, *"kort", key(panel, "help", "informatie"), SAVE)
    assert rows(desk, SAVED) == [("telefoon", "informatie", "kort")]


def test_alt_letters_in_the_time_and_the_search_box_stay_out_of_them(qtbot, panel, desk):
    press(qtbot, panel, "2", "Alt+E")  # back-dating: the focus in the time field
    assert panel.when.time.hasFocus()
    press(qtbot, panel, key(panel, "help", "samen"))
    assert panel.when.time.text() == "10:30"
    press(qtbot, panel, "Escape", *"huur")  # a search for a topic under way
    finder = panel.editors[0].finder.box
    assert finder.hasFocus() and finder.text() == "huur"
    press(qtbot, panel, key(panel, "help", "informatie"), key(panel, "channel", "telefoon"))
    assert finder.text() == "huur"
    assert panel.editors[0].help.value() == "informatie"
    assert panel.channel.value() == "telefoon"


def test_ctrl_alt_still_types_as_altgr_does_on_windows(qtbot, panel) -> None:
    press(qtbot, panel, "1", "Alt+N")
    qtbot.keyClick(
        panel.note,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert panel.note.text() == "e"
    assert QApplication.focusWidget() is panel.note
