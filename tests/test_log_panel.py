"""The Registreren screen, driven like a volunteer drives it: keys and clicks on the real
window, then a fresh sqlite3 connection says what was stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import rows
from tests.ui_helpers import live_visits, show_window
from ui.app import build_main_window
from ui.log_panel import LogPanel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


@pytest.fixture
def panel(window: MainWindow) -> LogPanel:
    return window.log_panel


def save_with_keys(qtbot, panel: LogPanel) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_title_shows_the_location(window: MainWindow) -> None:
    assert window.windowTitle() == "IDO Desk — Bibliotheek Rijswijk, Huis van de Stad"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Registreren",
        "Overzicht",
        "Rapporten",
        "Landelijk formulier",
        "Uitwisseling",
        "Regio",
        "Instellingen",
    ]


def test_one_then_ctrl_enter_logs_a_digid_visit(qtbot, panel: LogPanel, desk: Desk, clock):
    qtbot.keyClick(panel, Qt.Key.Key_1)
    clock.now += timedelta(minutes=3, seconds=10)  # the timer runs from the first key
    save_with_keys(qtbot, panel)

    [(visit_id, entry, duration, note)] = live_visits(desk)
    assert (entry, duration, note) == ("live", 4, None)  # 3:10 rounded up
    topic = rows(
        desk,
        "SELECT t.code, o.code FROM question q JOIN topic t ON t.id = q.topic_id "
        "LEFT JOIN organisation o ON o.id = q.organisation_id WHERE q.visit_id = ?",
        visit_id,
    )
    assert topic == [("digid", "logius")]  # the organisation suggested by the topic
    # stored under the start of the visit (the first key), with what was stored
    assert (
        panel.status.text()
        == "Opgeslagen 10:30 — DigiD · Aan de balie / inloop · geen hulp · 4 min"
    )
    assert panel.undo_button.isVisible()
    assert panel.day_list.counts.text() == "Vandaag 1 bezoek, 1 vraag"
    assert panel.day_list.model.rowCount() == 1
    assert panel.editors[0].topics.value() is None  # ready for the next visitor


def test_clicks_log_subtopic_help_channel_and_duration_chip(qtbot, panel: LogPanel, desk):
    editor = panel.editors[0]
    qtbot.mouseClick(panel.channel.button("telefoon"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.topics.button("toeslagen"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.subtopics.button("huurtoeslag"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.help.button("doorverwezen"), Qt.MouseButton.LeftButton)
    assert editor.referral.isEnabled()
    assert editor.referral.currentData() == "toeslagen"  # suggested from the organisation
    qtbot.mouseClick(panel.duration.button("15"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    assert rows(
        desk,
        "SELECT c.code, v.duration_min, t.code, h.code, r.code FROM visit v "
        "JOIN channel c ON c.id = v.channel_id JOIN question q ON q.visit_id = v.id "
        "JOIN topic t ON t.id = q.subtopic_id JOIN help_kind h ON h.id = q.help_id "
        "JOIN referral_target r ON r.id = q.referral_id",
    ) == [("telefoon", 15, "huurtoeslag", "doorverwezen", "toeslagen")]
    # the channel is remembered for the next visitor; a referral (and its help) never is
    assert panel.channel.value() == "telefoon"
    assert panel.editors[0].help.value() is None
    assert panel.editors[0].referral.currentData() is None
    assert panel.duration.value() is None


def test_undo_removes_the_visit(qtbot, panel: LogPanel, desk: Desk) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_2)
    save_with_keys(qtbot, panel)
    assert len(live_visits(desk)) == 1

    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    assert rows(desk, "SELECT action FROM audit_log WHERE entity = 'visit'") == [("undo",)]
    assert not panel.undo_button.isVisible()
    assert panel.status.text() == "Ongedaan gemaakt: Belastingen"
    assert panel.editors[0].topics.value() == "belastingen"  # back in the form to fix
    assert panel.day_list.model.rowCount() == 0


def test_undo_button_hides_after_a_while(qtbot, panel: LogPanel) -> None:
    panel._undo_timer.setInterval(50)
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.undo_button.isVisible()
    qtbot.waitUntil(lambda: not panel.undo_button.isVisible())
    assert not panel.undo_action.isEnabled()


def test_the_same_form_pressed_twice_is_saved_once_and_says_so(qtbot, panel: LogPanel, desk):
    panel.editors[0].topics.choose("digid")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # a double click

    assert len(live_visits(desk)) == 1
    assert not panel.form_error.isVisible()
    assert panel.status.text().endswith("(nogmaals gedrukt: niet opnieuw opgeslagen)")

    panel.editors[0].topics.choose("digid")  # a new visit at once is a new visit
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert len(live_visits(desk)) == 2
    assert not panel.status.text().endswith("opgeslagen)")


def test_nothing_chosen_says_so_by_the_form(qtbot, panel: LogPanel, desk: Desk) -> None:
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.form_error.isVisible()
    assert panel.form_error.text() == "Kies een onderwerp."
    assert live_visits(desk) == []


def test_a_note_with_a_bsn_is_refused_and_the_form_is_kept(qtbot, panel: LogPanel, desk):
    qtbot.keyClick(panel, Qt.Key.Key_1)
    panel.editors[0].subtopics.choose("digid_activeren")
    qtbot.keyClicks(panel.note, "bsn 123456782 genoemd")
    save_with_keys(qtbot, panel)

    assert live_visits(desk) == []
    assert panel.note_error.isVisible()
    assert "BSN" in panel.note_error.text()
    assert panel.note.text() == "bsn 123456782 genoemd"
    assert panel.editors[0].topics.value() == "digid"
    assert panel.editors[0].subtopics.value() == "digid_activeren"


def test_the_same_digits_failing_the_11_test_are_accepted(qtbot, panel: LogPanel, desk):
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClicks(panel.note, "nummer 123456783 werkte niet")
    save_with_keys(qtbot, panel)

    [(_id, _entry, _duration, note)] = live_visits(desk)
    assert note == "nummer 123456783 werkte niet"
    assert not panel.note_error.isVisible()
    assert panel.note.text() == ""


def test_insert_adds_a_second_question_to_the_same_visit(qtbot, panel: LogPanel, desk):
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_Insert)
    assert len(panel.editors) == 2
    qtbot.keyClick(panel, Qt.Key.Key_3)  # goes to the new question
    save_with_keys(qtbot, panel)

    assert len(live_visits(desk)) == 1
    assert rows(
        desk,
        "SELECT q.position, t.code FROM question q JOIN topic t ON t.id = q.topic_id "
        "ORDER BY q.position",
    ) == [(1, "digid"), (2, "toeslagen")]
    assert len(panel.editors) == 1
    assert panel.day_list.counts.text() == "Vandaag 1 bezoek, 2 vragen"


def test_same_as_last_fills_the_form(qtbot, panel: LogPanel, desk: Desk) -> None:
    record_visit(
        desk,
        VisitDraft(
            (
                QuestionDraft("digid", "digid_machtigen", help="samen"),
                QuestionDraft("aow_pensioen", help="informatie"),
            ),
            channel="afspraak",
            duration_min=30,
        ),
    )
    qtbot.keyClick(panel, Qt.Key.Key_F5)

    assert panel.channel.value() == "afspraak"
    assert panel.duration.value() == "30"
    assert [e.draft() for e in panel.editors] == [
        QuestionDraft("digid", "digid_machtigen", "logius", "samen"),
        QuestionDraft("aow_pensioen", None, "svb", "informatie"),
    ]
    save_with_keys(qtbot, panel)
    assert rows(desk, "SELECT count(*), sum(duration_min) FROM visit") == [(2, 60)]


def test_a_topic_behind_more_is_reachable(qtbot, panel: LogPanel, desk: Desk) -> None:
    editor = panel.editors[0]
    assert editor.topics.button("wonen").isHidden()
    qtbot.keyClick(panel, Qt.Key.Key_0)
    assert not editor.topics.button("wonen").isHidden()
    qtbot.mouseClick(editor.topics.button("wonen"), Qt.MouseButton.LeftButton)
    save_with_keys(qtbot, panel)
    assert rows(desk, "SELECT t.code FROM question q JOIN topic t ON t.id = q.topic_id") == [
        ("wonen",)
    ]


def test_earlier_logs_a_backdated_visit_marked_in_the_list(qtbot, panel: LogPanel, desk, clock):
    qtbot.keyClick(panel, Qt.Key.Key_4)
    qtbot.mouseClick(panel.earlier, Qt.MouseButton.LeftButton)
    assert panel.when.time.isVisible()
    assert panel.when.time.hasFocus()
    qtbot.keyClicks(panel.when.time, "0830")
    save_with_keys(qtbot, panel)

    assert rows(desk, "SELECT entry, started_at FROM visit") == [
        ("backdated", "2026-11-03 08:30:00.000000")
    ]
    assert panel.day_list.model.index(0, 0).data() == "08:30 (achteraf)"
    assert not panel.earlier.isChecked()


def test_undo_puts_a_backdated_visit_back_with_its_time(qtbot, panel: LogPanel, desk, clock):
    qtbot.keyClick(panel, Qt.Key.Key_4)
    qtbot.mouseClick(panel.earlier, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.when.time, "8:30")
    save_with_keys(qtbot, panel)
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(desk, "SELECT count(*) FROM visit") == [(0,)]
    assert panel.earlier.isChecked()
    save_with_keys(qtbot, panel)  # saved again as it was: still back-dated, same time
    assert rows(desk, "SELECT entry, started_at FROM visit") == [
        ("backdated", "2026-11-03 08:30:00.000000")
    ]


def test_undo_keeps_the_timed_duration(qtbot, panel: LogPanel, desk, clock) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_1)
    clock.now += timedelta(minutes=12)
    save_with_keys(qtbot, panel)
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    save_with_keys(qtbot, panel)
    assert rows(desk, "SELECT duration_min FROM visit") == [(12,)]


def test_tally_sheet_of_twelve(qtbot, panel: LogPanel, desk: Desk) -> None:
    qtbot.keyClick(panel, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.batch_dialog
    qtbot.waitExposed(dialog)
    dialog.count.setValue(12)
    dialog.question.topics.choose("digid")
    dialog.question.subtopics.choose("digid_activeren")
    assert dialog.summary.text() == "12 x DigiD > Activeren op dinsdag 3 november 2026"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()

    assert rows(
        desk,
        "SELECT count(*), min(entry), max(entry), min(started_at) FROM visit",
    ) == [(12, "batch", "batch", "2026-11-03 10:30:00.000000")]  # not in the future
    assert panel.day_list.counts.text() == "Vandaag 12 bezoeken, 12 vragen"
    assert panel.day_list.model.index(0, 0).data() == "10:30 (turflijst)"
    assert panel.status.text().startswith("Turflijst opgeslagen: 12 x DigiD > Activeren")
