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
from tests.ui_helpers import click_message_button, when_modal
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


# -- after Alt+D: the keyboard is on the referral list ------------------------------------------


def doorverwezen_from_telefoon(qtbot, panel: LogPanel) -> None:
    """A first visit by phone (this desk remembers the channel), then a referral chosen."""
    press(qtbot, panel, key(panel, "channel", "telefoon"), "1", SAVE)
    press(qtbot, panel, "2", key(panel, "help", "doorverwezen"))
    assert panel.editors[0].referral.hasFocus()


def test_help_and_channel_keys_act_from_the_referral_list(qtbot, panel, desk) -> None:
    doorverwezen_from_telefoon(qtbot, panel)
    press(qtbot, panel, key(panel, "channel", "balie"), key(panel, "help", "informatie"), "F8")
    assert panel.channel.value() == "balie"
    assert panel.editors[0].help.value() == "informatie"
    # off the list Alt+I closed, onto the help chosen (Qt would go on to the note): a digit
    # picks a topic
    assert QApplication.focusWidget() is panel.editors[0].help.button("informatie")
    press(qtbot, panel, "3", SAVE)
    assert rows(desk, SAVED)[-1] == ("balie", "informatie", None)


def test_a_referral_typed_by_name_then_the_channel(qtbot, panel, desk) -> None:
    press(qtbot, panel, key(panel, "channel", "telefoon"), "1", SAVE)
    press(qtbot, panel, "3", *"huur", "Return", key(panel, "help", "doorverwezen"), *"dienst")
    referral = panel.editors[0].referral
    assert referral.currentText() == "Dienst Toeslagen"
    press(qtbot, panel, key(panel, "channel", "balie"), "F6")
    assert referral.currentText() == "Dienst Toeslagen"  # the Alt key searched nothing
    press(qtbot, panel, SAVE)
    assert rows(desk, SAVED)[-1] == ("balie", "doorverwezen", None)


def test_tab_from_the_referral_list_to_the_note_then_alt_letters(qtbot, panel, desk) -> None:
    doorverwezen_from_telefoon(qtbot, panel)
    press(qtbot, panel, "Tab")
    assert panel.note.hasFocus()
    press(qtbot, panel, key(panel, "help", "informatie"), key(panel, "channel", "balie"))
    assert panel.note.text() == ""
    press(qtbot, panel, SAVE)
    assert rows(desk, SAVED)[-1] == ("balie", "informatie", None)


def test_the_suggested_referral_is_in_the_line_before_saving(qtbot, panel, desk) -> None:
    """Doorverwezen fills in the topic's organisation (README: a referral to it is "2" Alt+D
    Ctrl+Enter); what a save will store says so before anything is saved."""
    press(qtbot, panel, "2", key(panel, "help", "doorverwezen"))  # Belastingen
    assert panel.preview.text() == (
        "Wordt opgeslagen: Belastingen · Aan de balie / inloop · Doorverwezen: Belastingdienst"
        " · duur onbekend (korter dan 2 min gemeten)"
    )


def test_in_the_edit_dialog_the_note_takes_no_alt_letter(qtbot, panel, desk) -> None:
    """The dialog opened from today's list is in the window: its help keys (Alt+letter,
    as on the form) act from its note too."""
    press(qtbot, panel, "1", SAVE)
    view = panel.day_list.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    view.setFocus()
    view.selectRow(0)
    press(qtbot, panel, "Return")
    dialog = panel.day_list.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.note.setFocus()
    assert QApplication.focusWidget() is dialog.note
    press(qtbot, dialog, *"kort", key(panel, "help", "samen"))
    assert dialog.note.text() == "kort"
    assert dialog.editors[0].help.value() == "samen"
    when_modal(click_message_button("Weggooien"))  # closing asks: the change is not saved
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
