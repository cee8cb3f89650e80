"""The day list: the Qt model (checked by qtmodeltester), lazy paging, counts, delete."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import rows
from tests.ui_helpers import click_message_button, live_visits, show_window, when_modal
from ui.day_list import DayList
from ui.visits_model import CHANNEL, DURATION, HELP, TIME, TOPICS, VISIT_ID_ROLE, VisitsModel

DAY = date(2026, 11, 3)


def log(desk: Desk, minutes_ago: int, *questions: QuestionDraft, **fields) -> str:
    started = datetime(2026, 11, 3, 10, 30) - timedelta(minutes=minutes_ago)
    return record_visit(
        desk, VisitDraft(questions or (QuestionDraft("digid"),), started_at=started, **fields)
    )


def test_the_model_passes_the_model_tester(qtmodeltester, desk: Desk, clock) -> None:
    log(
        desk,
        5,
        QuestionDraft("toeslagen", "huurtoeslag", help="doorverwezen", referral="toeslagen"),
    )
    log(desk, 40, QuestionDraft("digid", help="samen"), QuestionDraft("belastingen"))
    log(desk, 60, channel="telefoon", duration_min=10)
    model = VisitsModel(desk, DAY, page_size=2)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_rows_show_what_the_desk_sees(desk: Desk, clock) -> None:
    log(
        desk,
        5,
        QuestionDraft("toeslagen", "huurtoeslag", help="doorverwezen", referral="toeslagen"),
        channel="telefoon",
        duration_min=5,
    )
    log(desk, 45)  # more than half an hour ago: back-dated
    model = VisitsModel(desk, DAY)
    first = [model.index(0, column).data() for column in (TIME, CHANNEL, TOPICS, HELP, DURATION)]
    assert first == [
        "10:25",
        "Telefonisch",
        "Toeslagen > Huurtoeslag",
        "Doorverwezen: Dienst Toeslagen",
        "5 min",
    ]
    assert model.index(1, TIME).data() == "09:45 (achteraf)"
    assert model.index(1, DURATION).data() == "–"
    assert model.headerData(TOPICS, Qt.Orientation.Horizontal) == "Onderwerp"


def test_rows_are_fetched_a_page_at_a_time(desk: Desk, clock) -> None:
    ids = [log(desk, minutes) for minutes in range(7)]
    model = VisitsModel(desk, DAY, page_size=3)
    assert model.rowCount() == 3
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 6
    model.fetchMore()
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    assert [model.index(n, 0).data(VISIT_ID_ROLE) for n in range(7)] == ids  # newest first
    model.refresh()
    assert model.rowCount() == 3


def test_the_view_fetches_more_as_it_scrolls(qtbot, desk: Desk, clock) -> None:
    for minutes in range(25):
        log(desk, minutes)
    day_list = DayList(desk)
    day_list.model.page_size = 10
    day_list.refresh()
    show_window(qtbot, day_list)
    day_list.resize(800, 300)
    assert day_list.model.rowCount() == 10
    day_list.view.scrollToBottom()
    qtbot.waitUntil(lambda: day_list.model.rowCount() > 10)
    assert day_list.counts.text() == "Vandaag 25 bezoeken, 25 vragen"


def test_delete_key_asks_and_leaves_a_tombstone(qtbot, desk: Desk, clock) -> None:
    keep = log(desk, 1)
    gone = log(desk, 0, QuestionDraft("belastingen"))
    day_list = DayList(desk)
    show_window(qtbot, day_list)
    day_list.view.setFocus()
    day_list.view.selectRow(0)

    when_modal(click_message_button("Niet verwijderen"))
    qtbot.keyClick(day_list.view, Qt.Key.Key_Delete)
    assert len(live_visits(desk)) == 2

    with qtbot.waitSignal(day_list.visits_changed):
        when_modal(click_message_button("Verwijderen"))
        qtbot.keyClick(day_list.view, Qt.Key.Key_Delete)
    assert [v[0] for v in live_visits(desk)] == [keep]
    assert rows(desk, "SELECT deleted_at IS NOT NULL, revision FROM visit WHERE id = ?", gone) == [
        (1, 2)
    ]
    assert rows(desk, "SELECT action, entity_id FROM audit_log WHERE entity = 'visit'") == [
        ("delete", gone)
    ]
    assert day_list.model.rowCount() == 1
    assert day_list.counts.text() == "Vandaag 1 bezoek, 1 vraag"


def test_the_overview_shows_any_day(qtbot, desk: Desk, clock) -> None:
    log(desk, 24 * 60)  # yesterday
    day_list = DayList(desk, pick_day=True)
    show_window(qtbot, day_list)
    assert day_list.model.rowCount() == 0
    assert day_list.counts.text() == "Vandaag 0 bezoeken, 0 vragen"
    day_list.set_day(date(2026, 11, 2))
    assert day_list.model.rowCount() == 1
    assert day_list.counts.text() == "Maandag 2 november 2026: 1 bezoek, 1 vraag"


def test_the_columns_fit_their_texts_in_large_text(qtbot, desk: Desk, clock) -> None:
    """The time (with its longest marker), channel, help and duration columns are as wide as
    what they show in the font in use: fixed pixel widths cut "Duur"/"Duration" and
    "14:28 (achteraf)" with large text."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from ido_desk.drafts import Entry
    from ui.visits_model import entry_marker

    normal = QApplication.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    QApplication.setFont(big)  # as a large system font would
    try:
        day_list = DayList(desk)
        qtbot.addWidget(day_list)
    finally:
        QApplication.setFont(normal)
    header = day_list.view.horizontalHeader()
    cells = QFontMetrics(day_list.view.font())
    for column in (TIME, CHANNEL, HELP, DURATION):
        title = str(day_list.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) > cells.horizontalAdvance(title), title
    longest_time = max(cells.horizontalAdvance(f"00:00 {entry_marker(e)}") for e in Entry)
    assert header.sectionSize(TIME) > longest_time
    assert header.sectionSize(DURATION) > cells.horizontalAdvance("999 min")
    longest_channel = max(cells.horizontalAdvance(c.label_nl) for c in desk.catalogue.channels)
    assert header.sectionSize(CHANNEL) > longest_channel


def test_the_help_column_takes_the_room_the_topics_do_not_need(qtbot, desk: Desk, clock) -> None:
    """At 1280x1024 with 1.5 scaling (853 points wide): short topics leave the help whole
    ("Doorverwezen: Dienst Toeslagen"); long topics get their share back; tooltips hold all."""
    from PySide6.QtGui import QFontMetrics

    log(desk, 5, QuestionDraft("digid", help="doorverwezen", referral="toeslagen"))
    log(desk, 3, QuestionDraft("digid", help="voorgedaan"))
    day_list = DayList(desk)
    show_window(qtbot, day_list)
    day_list.resize(853, 400)
    qtbot.wait(50)
    header = day_list.view.horizontalHeader()
    cells = QFontMetrics(day_list.view.font())
    model = day_list.model
    helps = [model.index(r, HELP).data() for r in range(model.rowCount())]
    assert "Doorverwezen: Dienst Toeslagen" in helps
    for r, text in enumerate(helps):
        assert header.sectionSize(HELP) > cells.horizontalAdvance(text), text
        assert model.index(r, HELP).data(Qt.ItemDataRole.ToolTipRole) == text
    topics = [model.index(r, TOPICS).data() for r in range(model.rowCount())]
    assert header.sectionSize(TOPICS) > max(cells.horizontalAdvance(t) for t in topics)
    many = [
        QuestionDraft(t) for t in ("toeslagen", "belastingen", "werk_uitkering", "aow_pensioen")
    ]
    log(desk, 1, *many)
    day_list.refresh()
    qtbot.wait(50)
    long_topics = model.index(0, TOPICS).data()
    assert cells.horizontalAdvance(long_topics) > header.sectionSize(TOPICS)  # too long now:
    assert header.sectionSize(TOPICS) >= header.sectionSize(HELP)  # but at least its half
    assert long_topics in model.index(0, TOPICS).data(Qt.ItemDataRole.ToolTipRole)
