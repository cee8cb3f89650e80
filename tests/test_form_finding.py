"""Issue 9 items 8 and 11 on the real window: back-dating by keyboard, finding a topic and a
referral by typing, and the keystrokes each journey of the README takes (counted here, the
README lists these numbers)."""

from __future__ import annotations

import pytest

from ido_desk.desk import Desk
from ido_desk.list_admin import NewItem, add_item
from tests.db_helpers import rows
from tests.form_keys import SAVE, press
from tests.test_form_journey import STORED, key, open_window, topic_key
from ui.log_panel import LogPanel
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, desk: Desk, clock) -> MainWindow:
    return open_window(qtbot, desk)


@pytest.fixture
def panel(window: MainWindow) -> LogPanel:
    return window.log_panel


def stored(desk: Desk) -> list[tuple]:
    return rows(desk, STORED)


# -- 8: back-dating ---------------------------------------------------------------------------


def test_yesterday_at_1430_by_keyboard(qtbot, window, panel, desk) -> None:
    count = press(qtbot, window, "1", "Alt+E", "Alt+G", *"1430", SAVE)
    [row] = stored(desk)
    assert (row[2][:16], row[3], row[1]) == ("2026-11-02 14:30", "backdated", None)
    assert panel.status.text().startswith("Opgeslagen gisteren 14:30 — DigiD")
    assert not panel.when.is_backdated()  # the next visitor is live again
    assert count == 8


def test_the_line_above_save_gives_the_back_dated_day_and_time(qtbot, window, panel, desk):
    """The README: the line always says what a save will store, so the day and time too."""
    press(qtbot, window, *"macht", "Return", "Alt+E", "Alt+G", *"1430", "Ins", "3", "F7")
    assert panel.preview.text().startswith(
        "Wordt opgeslagen: gisteren 14:30 — DigiD > Machtigen; Toeslagen · Aan de balie"
    )
    press(qtbot, window, "Alt+E", "Alt+E", *"0830")  # today, earlier: the day is said too
    assert panel.preview.text().startswith("Wordt opgeslagen: vandaag 08:30 — DigiD > ")
    press(qtbot, window, SAVE)
    assert panel.status.text().startswith("Opgeslagen 08:30 — DigiD > Machtigen; Toeslagen")
    press(qtbot, window, "1")
    assert panel.preview.text().startswith("Wordt opgeslagen: DigiD · ")  # live: no time


def test_the_day_steps_across_months_and_the_time_takes_a_colon(qtbot, window, panel, desk):
    press(qtbot, window, "2", "Alt+E", "Shift+Tab")  # from the time back to the day
    assert panel.when.day.hasFocus()
    press(qtbot, window, "Down", "Down", "Down")  # 3 November -> 31 October
    assert panel.when.day.text() == "31-10-2026"
    assert panel.when.day_name.text() == "zaterdag 31 oktober 2026"
    press(qtbot, window, "Up", "Up", "Up", "Up")  # never after today
    assert panel.when.day.text() == "03-11-2026"
    press(qtbot, window, "PgDown", "Tab")  # a week back, then to the time
    assert panel.when.time.hasFocus()
    press(qtbot, window, *"09:15", SAVE)
    assert [r[2][:16] for r in stored(desk)] == ["2026-10-27 09:15"]
    assert panel.status.text().startswith("Opgeslagen dinsdag 27 oktober 2026 09:15 — ")


def test_digits_in_the_day_and_time_fields_never_reach_the_topics(qtbot, window, panel, desk):
    press(qtbot, window, "4", "Alt+E")
    topic = panel.editors[0].topics.value()
    press(qtbot, window, *"0830999")  # more digits than fit
    assert panel.when.time.text() == "0830"  # the rest is refused by the field, not passed on
    assert panel.editors[0].topics.value() == topic
    press(qtbot, window, "Shift+Tab", "Ctrl+A", *"2-11")
    assert panel.when.day.text() == "2-11"
    assert panel.editors[0].topics.value() == topic
    press(qtbot, window, SAVE)
    assert [(r[2][:16], r[4]) for r in stored(desk)] == [("2026-11-02 08:30", topic)]


def test_a_time_that_is_no_time_is_said_and_nothing_is_saved(qtbot, window, panel, desk):
    press(qtbot, window, "1", "Alt+E", *"2575", SAVE)
    assert stored(desk) == []
    assert panel.form_error.text() == "De tijd '2575' ken ik niet: typ bijvoorbeeld 1430 of 14:30."
    assert panel.preview.text() == panel.form_error.text()


# -- 11: finding a topic and a referral ---------------------------------------------------------


def test_typing_part_of_a_name_finds_the_topic(qtbot, window, panel, desk) -> None:
    count = press(qtbot, window, "tablet", "Return", SAVE)
    assert [r[4] for r in stored(desk)] == ["computer"]
    assert count == 8
    press(qtbot, window, "huur")
    assert panel.editors[0].finder.match.text() == "Enter: Toeslagen > Huurtoeslag"
    press(qtbot, window, "Return", SAVE)
    assert rows(desk, "SELECT t.code FROM question q JOIN topic t ON t.id = q.subtopic_id") == [
        ("huurtoeslag",)
    ]


def test_a_new_topic_is_found_by_part_of_its_name(qtbot, desk: Desk, clock) -> None:
    add_item(desk, "topic", NewItem(code="juridisch", label_nl="Juridische vragen"))
    window = open_window(qtbot, desk)
    press(qtbot, window, "jur", "Return", SAVE)
    assert [r[4] for r in stored(desk)] == ["juridisch"]


def test_the_referral_list_is_sorted_and_grouped(panel: LogPanel) -> None:
    combo = panel.editors[0].referral
    texts = [combo.itemText(i) for i in range(combo.count())]
    headings = [t for t in texts if t.startswith("—")]
    assert headings == ["— Organisaties —", "— Cursussen en diensten —"]
    courses = texts[texts.index("— Cursussen en diensten —") + 1 :]
    assert courses == sorted(courses, key=str.casefold)
    assert "Digisterker" in courses and "Taalhuis" in courses
    organisations = texts[2 : texts.index("— Cursussen en diensten —")]
    assert organisations == sorted(organisations, key=str.casefold)


# -- the README's keystroke counts --------------------------------------------------------------


def test_keystrokes_one_visit(qtbot, window, desk) -> None:
    assert press(qtbot, window, "1", SAVE) == 2
    assert len(stored(desk)) == 1


def test_keystrokes_two_questions(qtbot, window, desk) -> None:
    assert press(qtbot, window, "1", "Insert", "3", SAVE) == 4
    assert [r[4] for r in stored(desk)] == ["digid", "toeslagen"]


def test_keystrokes_a_referral_to_another_organisation(qtbot, window, panel, desk) -> None:
    refer = key(panel, "help", "doorverwezen")
    count = press(qtbot, window, topic_key(panel, "aow_pensioen"), refer, "taal", SAVE)
    assert [(r[4], r[5], r[6]) for r in stored(desk)] == [
        ("aow_pensioen", "doorverwezen", "taalhuis")
    ]
    assert count == 7


def test_keystrokes_a_topic_behind_more(qtbot, window, panel, desk) -> None:
    assert panel.editors[0].topics.button("wonen").isHidden()
    assert press(qtbot, window, "won", "Return", SAVE) == 5
    assert [r[4] for r in stored(desk)] == ["wonen"]
    assert press(qtbot, window, "0", "Tab", "Tab") == 3  # or open "Meer ..." and walk to it
    assert not panel.editors[0].topics.button("wonen").isHidden()


def test_keystrokes_back_dated_today(qtbot, window, desk) -> None:
    assert press(qtbot, window, "1", "Alt+E", *"0830", SAVE) == 7
    assert [(r[2][:16], r[3]) for r in stored(desk)] == [("2026-11-03 08:30", "backdated")]
