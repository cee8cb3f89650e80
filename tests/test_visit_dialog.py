"""Opening a logged visit from the list, changing it and deleting it: all audited."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.exceptions import TimeoutError as NotYet

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.roles import set_pin, sign_out
from ido_desk.visits import record_visit
from tests.db_helpers import rows
from tests.ui_helpers import click_message_button, live_visits, show_window, when_modal
from ui.day_list import DayList
from ui.pin_dialog import PinDialog
from ui.visit_dialog import VisitDialog


@pytest.fixture
def visit_id(desk: Desk, clock) -> str:
    return record_visit(
        desk,
        VisitDraft(
            (QuestionDraft("digid", "digid_aanvragen", help="informatie"),),
            channel="balie",
            duration_min=10,
            started_at=datetime(2026, 11, 3, 10, 15),
        ),
    )


@pytest.fixture
def opened(qtbot, desk: Desk, visit_id: str) -> tuple[DayList, VisitDialog]:
    day_list = DayList(desk)
    show_window(qtbot, day_list)
    day_list.view.setFocus()
    day_list.view.selectRow(0)
    qtbot.keyClick(day_list.view, Qt.Key.Key_Return)
    dialog = day_list.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return day_list, dialog


def test_enter_opens_the_visit_as_it_was_logged(opened) -> None:
    _day_list, dialog = opened
    assert dialog.channel.currentData() == "balie"
    assert dialog.duration.value() == 10
    assert dialog.started_at.dateTime().toString("HH:mm") == "10:15"
    assert [e.draft() for e in dialog.editors] == [
        QuestionDraft("digid", "digid_aanvragen", "logius", "informatie")
    ]


def test_an_edit_changes_the_visit_and_is_audited(qtbot, opened, desk: Desk, visit_id) -> None:
    day_list, dialog = opened
    editor = dialog.editors[0]
    qtbot.mouseClick(editor.subtopics.button("digid_activeren"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.help.button("samen"), Qt.MouseButton.LeftButton)
    dialog.duration.setValue(25)
    with qtbot.waitSignal(day_list.visits_changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert rows(
        desk,
        "SELECT v.duration_min, v.revision, t.code, h.code FROM visit v "
        "JOIN question q ON q.visit_id = v.id JOIN topic t ON t.id = q.subtopic_id "
        "JOIN help_kind h ON h.id = q.help_id",
    ) == [(25, 2, "digid_activeren", "samen")]
    [(action, entity_id, before, after)] = rows(
        desk, "SELECT action, entity_id, before, after FROM audit_log WHERE entity = 'visit'"
    )
    assert (action, entity_id) == ("edit", visit_id)
    assert json.loads(before)["duration_min"] == 10
    assert json.loads(after)["duration_min"] == 25
    assert day_list.model.index(0, 2).data() == "DigiD > Activeren"
    assert day_list.model.index(0, 4).data() == "25 min"


def test_a_bsn_in_the_note_is_refused_in_the_dialog(qtbot, opened, desk: Desk) -> None:
    _day_list, dialog = opened
    qtbot.keyClicks(dialog.note, "BSN 1234.56.782")
    dialog.duration.setValue(40)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.note_error.isVisible()
    assert "BSN" in dialog.note_error.text()
    error = dialog.note_error  # in view (the dialog scrolls on a low screen), focus in the note
    qtbot.waitUntil(lambda: error.visibleRegion().boundingRect().size() == error.size())
    assert QApplication.focusWidget() is dialog.note
    assert dialog.note.text() == "BSN 1234.56.782"
    assert dialog.duration.value() == 40
    assert rows(desk, "SELECT duration_min, revision, note FROM visit") == [(10, 1, None)]
    assert rows(desk, "SELECT count(*) FROM audit_log WHERE entity = 'visit'") == [(0,)]


def test_delete_from_the_dialog_after_confirmation(qtbot, opened, desk: Desk, visit_id) -> None:
    day_list, dialog = opened
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())  # which visit: more may share its minute
        click_message_button("Verwijderen")(box)

    with qtbot.waitSignal(day_list.visits_changed):
        when_modal(answer)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "03-11-2026 10:15  DigiD > Aanvragen · Aan de balie / inloop · Informatie gegeven · 10 min"
    ]
    assert dialog.deleted
    assert live_visits(desk) == []
    assert rows(desk, "SELECT action FROM audit_log WHERE entity_id = ?", visit_id) == [("delete",)]
    assert day_list.model.rowCount() == 0


@pytest.fixture
def yesterdays_visit(desk: Desk, clock) -> str:
    """A visit entered yesterday, with a manager PIN set and nobody signed in."""
    set_pin(desk, "2468")
    sign_out(desk)
    clock.now = datetime(2026, 11, 2, 15, 0)
    visit_id = record_visit(
        desk, VisitDraft((QuestionDraft("belastingen"),), channel="balie", duration_min=10)
    )
    clock.now = datetime(2026, 11, 3, 10, 30)
    return visit_id


def test_an_older_visit_asks_the_pin_then_saves(qtbot, desk: Desk, yesterdays_visit) -> None:
    dialog = VisitDialog(desk, yesterdays_visit)
    show_window(qtbot, dialog)
    dialog.duration.setValue(25)
    asked: list[str] = []

    def give_pin(pin_dialog) -> None:
        assert isinstance(pin_dialog, PinDialog)
        asked.append(pin_dialog.windowTitle())
        pin_dialog.pin.setText("2468")
        pin_dialog.ok.click()

    when_modal(give_pin)
    dialog.save()
    assert asked == ["Pincode beheerder"]
    assert rows(desk, "SELECT duration_min, revision FROM visit") == [(25, 2)]


def test_without_the_pin_an_older_visit_stays_as_it_was(
    qtbot, desk: Desk, yesterdays_visit
) -> None:
    dialog = VisitDialog(desk, yesterdays_visit)
    show_window(qtbot, dialog)
    dialog.duration.setValue(25)
    when_modal(lambda pin_dialog: pin_dialog.reject())
    dialog.save()
    assert dialog.isVisible()  # the form stays open with what was typed
    assert dialog.duration.value() == 25
    assert "pincode van de beheerder" in dialog.form_error.text()
    assert rows(desk, "SELECT duration_min, revision FROM visit") == [(10, 1)]
    when_modal(click_message_button("Weggooien"))  # Escape asks: the change is not saved
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def press_on_focus(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_help_has_keys_and_a_stray_digit_leaves_the_topic(qtbot, opened, desk: Desk) -> None:
    _day_list, dialog = opened
    editor = dialog.editors[0]
    assert dialog.summary.text() == "Nog niets gewijzigd."
    press_on_focus(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Samen gedaan
    assert editor.help.value() == "samen"
    dialog.cancel_button.setFocus()  # the focus is not in the question (nor the duration)
    press_on_focus(qtbot, Qt.Key.Key_2)
    assert editor.topics.value() == "digid"  # not Belastingen
    dialog.duration.setFocus()
    dialog.duration.selectAll()
    press_on_focus(qtbot, Qt.Key.Key_2)
    press_on_focus(qtbot, Qt.Key.Key_5)
    assert dialog.duration.value() == 25
    assert editor.topics.value() == "digid"
    assert dialog.summary.text() == (
        "Wordt gewijzigd: duur 10 min → 25 min; vraag 1: hulp Informatie gegeven → Samen gedaan"
    )
    press_on_focus(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(
        desk,
        "SELECT v.duration_min, t.code, h.code FROM visit v JOIN question q ON q.visit_id = v.id "
        "JOIN topic t ON t.id = q.topic_id JOIN help_kind h ON h.id = q.help_id",
    ) == [(25, "digid", "samen")]


def test_with_two_questions_the_dialog_fits_the_screen_and_scrolls(qtbot, opened) -> None:
    _day_list, dialog = opened
    bar = dialog.scroll_area.verticalScrollBar()
    # questions added until the screen is full (the tests' screen is 2560x1440): the dialog
    # grows as far as the screen lets it; the rest scrolls
    for added in range(1, 8):
        press_on_focus(qtbot, Qt.Key.Key_Insert)
        press_on_focus(qtbot, Qt.Key.Key_3)  # Toeslagen: its sub-topics make a question taller
        qtbot.waitUntil(lambda n=added: dialog.editors[n].topics.value() == "toeslagen")
        try:  # the layout settles: scrolling now, or room for another question
            qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=300)
            break
        except NotYet:
            continue
    assert bar.maximum() > 0
    room = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.width() <= room.width()
    save = dialog.save_button.mapTo(dialog, dialog.save_button.rect().bottomRight())
    assert dialog.rect().contains(save)
    assert ("1 vraag erbij" if added == 1 else f"{added} vragen erbij") in dialog.summary.text()


def test_a_dialog_placed_too_low_moves_up_until_its_buttons_show(qtbot, opened) -> None:
    """Centred on a window with a banner above the tabs, it could reach past the screen."""
    _day_list, dialog = opened
    room = dialog.screen().availableGeometry()
    dialog.move(dialog.x(), room.bottom() - 40)  # its buttons far below the screen's edge
    dialog.fit_height()
    assert room.contains(dialog.frameGeometry())


def test_the_status_line_says_what_an_edit_did_and_save_unchanged_writes_nothing(
    qtbot, desk: Desk, visit_id: str
) -> None:
    """Save with nothing changed closes the dialog with no new revision and no audit line;
    after each edit the front desk's status line says what was done, not the last save."""
    from ui.app import build_main_window

    window = build_main_window(desk)
    show_window(qtbot, window)
    panel = window.log_panel
    panel.status.setText("Opgeslagen 10:15 — DigiD")  # the save before
    view = panel.day_list.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)

    def open_first() -> VisitDialog:
        view.setFocus()
        view.selectRow(0)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        dialog = panel.day_list.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        return dialog

    dialog = open_first()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(desk, "SELECT revision FROM visit") == [(1,)]
    assert rows(desk, "SELECT count(*) FROM audit_log WHERE entity = 'visit'") == [(0,)]
    assert panel.status.text() == "Niets gewijzigd aan bezoek 10:15: niet opnieuw opgeslagen."
    dialog = open_first()
    dialog.duration.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(desk, "SELECT revision, duration_min FROM visit") == [(2, 25)]
    assert panel.status.text() == "Gewijzigd: bezoek 10:15 — duur 10 min → 25 min"


def in_view(dialog: VisitDialog, widget) -> bool:
    viewport = dialog.scroll_area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return top_left.y() >= 0 and bottom <= viewport.height()


def test_each_question_added_is_scrolled_into_view(qtbot, opened) -> None:
    """Ins 3 Ins 6 Ins 8 ...: after Ins and after its topic digit the new question shows."""
    _day_list, dialog = opened
    dialog.setMaximumHeight(700)  # as on a 1366x768 screen
    bar = dialog.scroll_area.verticalScrollBar()
    for added, key in enumerate((Qt.Key.Key_3, Qt.Key.Key_6, Qt.Key.Key_8, Qt.Key.Key_3) * 2, 1):
        press_on_focus(qtbot, Qt.Key.Key_Insert)
        new = dialog.editors[added]
        qtbot.wait(50)  # the layout places the new question
        assert in_view(dialog, new.topics), added
        press_on_focus(qtbot, key)
        assert new.topics.value() is not None
        qtbot.wait(50)  # its sub-topics make it taller
        assert in_view(dialog, new), added
    assert bar.maximum() > 0 and bar.value() > 0  # it did scroll, the screen was full
    assert f"{added} vragen erbij" in dialog.summary.text()


def test_escape_asks_before_throwing_changes_away(qtbot, opened, desk: Desk) -> None:
    """Without changes Escape closes at once; with changes it asks, and keeping the
    changes (the default: Enter) goes back to editing them."""
    day_list, dialog = opened
    press_on_focus(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # nothing changed: no question
    day_list.view.setFocus()
    qtbot.keyClick(day_list.view, Qt.Key.Key_Return)
    dialog = day_list.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press_on_focus(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Samen gedaan
    asked: list[str] = []

    def enter_on_the_default(box) -> None:
        asked.append(box.text())
        asked.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(enter_on_the_default, QMessageBox)
    press_on_focus(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked == ["Wijzigingen weggooien?", "Verder bewerken"]
    qtbot.wait(20)
    assert dialog.isVisible() and dialog.editors[0].help.value() == "samen"
    when_modal(click_message_button("Weggooien"), QMessageBox)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert rows(desk, "SELECT h.code FROM question q JOIN help_kind h ON h.id = q.help_id") == [
        ("informatie",)
    ]
