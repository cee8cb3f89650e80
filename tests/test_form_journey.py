"""Issue 9 on the real window: what a save stores is what the volunteer chose. Keys go to the
focused widget; a fresh sqlite3 connection says what was stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import rows
from tests.form_keys import SAVE, press
from tests.ui_helpers import click_message_button, live_visits, show_window, when_modal
from ui.app import build_main_window
from ui.log_panel import LogPanel
from ui.main_window import MainWindow

STORED = (
    "SELECT c.code, v.duration_min, v.started_at, v.entry, t.code, h.code, r.code "
    "FROM visit v JOIN channel c ON c.id = v.channel_id JOIN question q ON q.visit_id = v.id "
    "JOIN topic t ON t.id = q.topic_id LEFT JOIN help_kind h ON h.id = q.help_id "
    "LEFT JOIN referral_target r ON r.id = q.referral_id ORDER BY v.created_at, v.id, q.position"
)


def open_window(qtbot, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    return open_window(qtbot, desk)


@pytest.fixture
def panel(window: MainWindow) -> LogPanel:
    return window.log_panel


def key(panel: LogPanel, group: str, code: str) -> str:
    chips = panel.channel if group == "channel" else panel.editors[-1].help
    found = chips.key_of(code)
    assert found
    return found


def topic_key(panel: LogPanel, code: str) -> str:
    found = panel.editors[-1].topics.key_of(code)
    assert found
    return found


def restart(qtbot, window: MainWindow, desk: Desk) -> MainWindow:
    window.close()
    return open_window(qtbot, desk)


# -- 1 and 2: what carries over -----------------------------------------------------------


def test_a_referral_is_never_carried_to_the_next_visitor(qtbot, window, panel, desk) -> None:
    press(qtbot, window, "1", key(panel, "help", "samen"), SAVE)
    aow = topic_key(panel, "aow_pensioen")
    press(qtbot, window, aow, key(panel, "help", "doorverwezen"))  # AOW: sent to the SVB
    assert panel.editors[0].referral.hasFocus()  # where to: the next choice, right there
    press(qtbot, window, "d", "i", "g", "i", SAVE)  # typed: Digisterker instead
    press(qtbot, window, "1", SAVE)  # the next visitor: DigiD

    stored = [(r[4], r[5], r[6]) for r in rows(desk, STORED)]
    assert stored == [
        ("digid", "samen", None),
        ("aow_pensioen", "doorverwezen", "digisterker"),
        ("digid", "samen", None),  # the help before the referral, no referral
    ]
    assert panel.preview.text().startswith("Kies een onderwerp")
    assert panel.bar.carried.text() == (
        "Overgenomen van het vorige bezoek: Aan de balie / inloop · Samen gedaan"
    )


def test_what_is_remembered_is_shown_and_survives_a_restart(qtbot, window, panel, desk, clock):
    press(qtbot, window, key(panel, "channel", "telefoon"), "1", key(panel, "help", "samen"))
    assert panel.preview.text() == (
        "Wordt opgeslagen: DigiD · Telefonisch · Samen gedaan · duur onbekend"
        " (korter dan 2 min gemeten)"
    )
    clock.now += timedelta(minutes=10)
    press(qtbot, window, SAVE)
    assert panel.status.text() == "Opgeslagen 10:30 — DigiD · Telefonisch · Samen gedaan · 10 min"

    # the CLI (or an import) logs a visit meanwhile: this desk's memory is its own
    record_visit(desk, VisitDraft((QuestionDraft("wonen", help="informatie"),), channel="online"))
    window = restart(qtbot, window, desk)
    panel = window.log_panel
    assert panel.channel.value() == "telefoon"
    assert panel.editors[0].help.value() == "samen"
    assert "Telefonisch · Samen gedaan" in panel.bar.carried.text()
    press(qtbot, window, "2", SAVE)
    assert rows(desk, STORED)[-1][:1] + rows(desk, STORED)[-1][4:6] == (
        "telefoon",
        "belastingen",
        "samen",
    )


# -- 3: durations ---------------------------------------------------------------------------


def test_durations_follow_the_visit(qtbot, window, panel, desk, clock) -> None:
    press(qtbot, window, "1", SAVE)  # at once: no measurement
    clock.now += timedelta(minutes=1)
    press(qtbot, window, "2")  # the visit starts here, 10:31
    clock.now += timedelta(minutes=5, seconds=20)
    qtbot.waitUntil(lambda: panel.preview.text().endswith("· 6 min"))  # the next tick
    press(qtbot, window, SAVE)
    press(qtbot, window, "3", "F7")  # a chip wins over the timer
    clock.now += timedelta(minutes=25)
    press(qtbot, window, SAVE)

    assert [(r[1], r[2][:16], r[3]) for r in rows(desk, STORED)] == [
        (None, "2026-11-03 10:30", "live"),
        (6, "2026-11-03 10:31", "live"),
        (10, "2026-11-03 10:36", "live"),  # started 25 min before saving: still live
    ]


def test_the_timer_resets_when_the_form_is_emptied(qtbot, window, panel, desk, clock) -> None:
    press(qtbot, window, "1")
    assert panel.timer_label.started is not None
    qtbot.mouseClick(panel.editors[0].topics.button("digid"), Qt.MouseButton.LeftButton)
    assert panel.timer_label.started is None  # the choice taken back: no visit yet
    clock.now += timedelta(minutes=8)
    press(qtbot, window, "1")
    press(qtbot, window, "Escape")
    assert panel.timer_label.text() == "00:00"
    clock.now += timedelta(minutes=3)
    press(qtbot, window, "4")
    clock.now += timedelta(minutes=4)
    press(qtbot, window, SAVE)
    assert [(r[1], r[2][:16]) for r in rows(desk, STORED)] == [(4, "2026-11-03 10:41")]


# -- 4: the double-save guard ---------------------------------------------------------------


def test_same_as_last_and_save_four_times_saves_four(qtbot, window, panel, desk) -> None:
    press(qtbot, window, "1", SAVE)
    for _ in range(4):
        press(qtbot, window, "F5", SAVE)
    assert len(live_visits(desk)) == 5
    press(qtbot, window, SAVE)  # the same (empty) form again at once: said, not saved
    assert len(live_visits(desk)) == 5
    assert "niet opnieuw opgeslagen" in panel.status.text()


def test_a_save_that_fails_says_so_and_keeps_the_form(qtbot, window, panel, desk) -> None:
    press(qtbot, window, SAVE)
    assert panel.form_error.text() == "Kies een onderwerp."
    press(qtbot, window, "1", "Alt+N", "b", "s", "n", " ", *"123456782", SAVE)
    assert live_visits(desk) == []
    assert "BSN" in panel.note_error.text()
    assert panel.editors[0].topics.value() == "digid"


# -- 5: Escape, closing, a key pressed twice -----------------------------------------------


def test_escape_empties_the_form_and_ctrl_z_puts_it_back(qtbot, window, panel, desk) -> None:
    press(qtbot, window, "2", key(panel, "help", "informatie"), "F8", "Insert", "3")
    assert len(panel.editors) == 2
    press(qtbot, window, "Escape")
    assert panel.is_blank()
    assert len(panel.editors) == 1
    assert panel.status.text() == "Formulier leeggemaakt. Ctrl+Z zet het terug."
    press(qtbot, window, "Ctrl+Z")
    assert [e.topics.value() for e in panel.editors] == ["belastingen", "toeslagen"]
    press(qtbot, window, SAVE)
    assert [(r[1], r[4], r[5]) for r in rows(desk, STORED)] == [
        (15, "belastingen", "informatie"),
        (15, "toeslagen", "informatie"),
    ]


def test_pressing_a_chosen_topics_key_again_keeps_it(qtbot, window, panel, desk) -> None:
    press(qtbot, window, "1", "1", key(panel, "help", "samen"), key(panel, "help", "samen"))
    assert panel.editors[0].topics.value() == "digid"
    assert panel.editors[0].help.value() == "samen"
    press(qtbot, window, "F6", "F6", SAVE)
    assert [(r[1], r[4], r[5]) for r in rows(desk, STORED)] == [(5, "digid", "samen")]


def test_closing_with_a_half_filled_visit_asks_first(qtbot, window, panel, desk) -> None:
    press(qtbot, window, "1")
    when_modal(click_message_button("Terug naar het formulier"))
    window.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.isVisible()
    window.activateWindow()  # back from the question
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert panel.editors[0].topics.value() == "digid"

    press(qtbot, window, SAVE)  # saved: nothing to ask
    press(qtbot, window, "2")
    when_modal(click_message_button("Afsluiten zonder opslaan"))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(live_visits(desk)) == 1


def test_an_empty_form_closes_without_a_question(qtbot, window, panel) -> None:
    press(qtbot, window, key(panel, "channel", "telefoon"))  # only the channel: no visit yet
    window.close()
    assert not window.isVisible()


# -- 6: the form fits ----------------------------------------------------------------------------


def inside_window(window: MainWindow, widget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (
        widget.isVisible()
        and top_left.y() >= 0
        and top_left.y() + widget.height() <= window.height()
        and top_left.x() + widget.width() <= window.width()
    )


def in_view(panel: LogPanel, widget) -> bool:
    viewport = panel.questions_area.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return top >= 0 and top < viewport.height()


@pytest.mark.parametrize(("width", "height"), [(1366, 700), (910, 470)])  # 470: 768 at 1.5x
def test_save_stays_in_view_and_the_form_scrolls_to_a_new_question(
    qtbot, window, panel, desk, width, height
) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.height() == height)
    press(qtbot, window, "1", "Insert", "3", "Insert")
    assert len(panel.editors) == 3
    qtbot.waitUntil(lambda: in_view(panel, panel.editors[2].title))
    assert inside_window(window, panel.save_button)
    assert inside_window(window, panel.preview)
    press(qtbot, window, "0")  # "Meer ..." of question 3
    qtbot.waitUntil(lambda: in_view(panel, panel.editors[2].topics.button("wonen")))
    press(qtbot, window, "won", "Return", SAVE)
    assert inside_window(window, panel.status)
    assert [r[4] for r in rows(desk, STORED)] == ["digid", "toeslagen", "wonen"]


# -- 12: the note screen on the form ------------------------------------------------------------


def test_a_note_with_a_name_or_street_is_refused_and_says_which(qtbot, window, panel, desk):
    press(qtbot, window, "1", "Alt+N")
    qtbot.keyClicks(panel.note, "mevrouw De Vries, Dorpsstraat 5")
    press(qtbot, window, SAVE)
    assert live_visits(desk) == []
    assert "naam met aanhef" in panel.note_error.text()
    assert "straat met huisnummer" in panel.note_error.text()
    panel.note.clear()
    qtbot.keyClicks(panel.note, "Hulp bij DigiD app op telefoon, komt 12 maart terug")
    press(qtbot, window, SAVE)
    assert [row[3] for row in live_visits(desk)] == [
        "Hulp bij DigiD app op telefoon, komt 12 maart terug"
    ]
