"""The Registreren screen at a front-desk size (1366x768): today's list shows several visits,
the form starts at the top for each visitor, a row of chips that goes away leaves no blank
band, and the title names the program once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ido_desk.config import APP_NAME
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.ui_helpers import live_visits, show_window
from ui.app import build_main_window
from ui.log_panel import LIST_ROWS
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    for n in range(8):  # a busy morning
        record_visit(
            desk,
            VisitDraft(
                (QuestionDraft("digid"),),
                channel="balie",
                duration_min=5,
                started_at=clock.now - timedelta(minutes=10 * (n + 1)),
            ),
        )
    window = build_main_window(desk)
    window.resize(1366, 768)
    show_window(qtbot, window)
    return window


def top_of(widget: QWidget, inside: QWidget) -> int:
    return widget.mapTo(inside, QPoint(0, 0)).y()


def test_todays_list_shows_several_visits_at_1366x768(qtbot, window: MainWindow) -> None:
    panel = window.log_panel
    table = panel.day_list.view
    row = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: table.model().rowCount() == 8)
    qtbot.waitUntil(lambda: table.viewport().height() >= LIST_ROWS * row)  # was 1-3 rows
    assert table.viewport().height() < (LIST_ROWS + 1) * row  # the form keeps the rest
    assert panel.questions_area.height() > panel.day_list.height()  # the form still leads


def test_the_form_is_at_the_top_again_after_a_save(qtbot, window: MainWindow, desk) -> None:
    """Large text on the front-desk screen (1366x768 at 1.5): a second question scrolls the
    form; after the save it is back at the top (at 1x the form holds three questions)."""
    window.resize(round(1366 / 1.5), round(768 / 1.5))
    panel = window.log_panel
    form = panel.questions_area
    bar = form.verticalScrollBar()
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    qtbot.waitUntil(lambda: bar.value() > 0)  # question 2 in view, the channel row is not
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(live_visits(desk)) == 9)
    qtbot.waitUntil(lambda: bar.value() == 0)
    qtbot.wait(50)  # the scrolls the focus asked for have run: still at the top
    assert bar.value() == 0
    assert form.channel.visibleRegion().boundingRect().height() == form.channel.height()


def test_rows_that_go_away_leave_no_blank_band(qtbot, window: MainWindow) -> None:
    panel = window.log_panel
    form = panel.questions_area
    editor = form.editors[0]
    start = top_of(editor.organisation, form.inner)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_0):  # DigiD, Belastingen,
        qtbot.keyClick(panel, key)  # then "Meer ..." opened and closed
    qtbot.waitUntil(lambda: top_of(editor.organisation, form.inner) == start)
    qtbot.keyClick(panel, Qt.Key.Key_1)  # DigiD's sub-topics, then saved: the form is empty
    qtbot.waitUntil(lambda: top_of(editor.organisation, form.inner) > start)
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: top_of(editor.organisation, form.inner) == start)


def test_the_title_names_the_program_once(window: MainWindow) -> None:
    """Qt adds the application's display name to every window title on X11 and Windows;
    the title already starts with the name, so no display name is set."""
    app = QApplication.instance()
    assert window.windowTitle() == f"{APP_NAME} — Bibliotheek Rijswijk, Huis van de Stad"
    name = app.applicationName()
    app.setApplicationName("probe")
    try:
        assert app.applicationDisplayName() == "probe"  # none of its own
    finally:
        app.setApplicationName(name)


def fully_seen(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect().size() == widget.size()


def test_large_text_on_a_low_screen_shows_save_and_todays_visits(qtbot, window: MainWindow):
    """QT_SCALE_FACTOR 1.5 on 1366x768 leaves 911x512 (logical) pixels: Save, the channel,
    the duration, Tijdstip (beside Duur) and the first topics are in view, and so are three
    of today's visits (the tester saw only the list's counts line: what was just logged could
    not be seen or double-clicked); the rest of the form scrolls. The list is back at full
    size on a larger window."""
    window.resize(round(1366 / 1.5), round(768 / 1.5))
    panel = window.log_panel
    form = panel.questions_area
    table = panel.day_list.view
    row = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(  # once the divider has moved
        lambda: table.viewport().height() >= 3 * row and fully_seen(form.duration),
        timeout=2000,
    )
    assert form.verticalScrollBar().value() == 0
    for seen in (panel.save_button, form.channel, form.duration, form.when.earlier):
        assert fully_seen(seen), seen.accessibleName()
    assert fully_seen(form.editors[0].topics.button("digid"))
    assert top_of(form.when, form.inner) == top_of(form.duration, form.inner)  # one line
    assert fully_seen(panel.day_list.counts)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: table.viewport().height() >= LIST_ROWS * row and fully_seen(form.note))
    assert fully_seen(form.editors[0].topics) and fully_seen(form.editors[0].help)


def test_a_refused_note_shows_why_in_view_at_1366x768(qtbot, window: MainWindow) -> None:
    """The reason a note is refused stands under the note, low in the form: the form
    scrolls it into view and the focus is in the note again, to put it right."""
    from tests.form_keys import SAVE, press

    panel = window.log_panel
    press(qtbot, window, "2", "Alt+N")
    assert QApplication.focusWidget() is panel.note
    qtbot.keyClicks(panel.note, "mail naar jan@example.nl")
    press(qtbot, window, SAVE)
    assert panel.note_error.isVisible()
    qtbot.waitUntil(lambda: fully_seen(panel.note_error), timeout=2000)
    assert fully_seen(panel.note)
    assert QApplication.focusWidget() is panel.note
    assert len(live_visits(panel.desk)) == 8  # the busy morning's: nothing saved
