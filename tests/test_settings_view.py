"""The "Instellingen" tab: location, lists, note retention and the sections others bring."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.visits import record_visit
from tests.db_helpers import connect, first_row
from tests.ui_helpers import show_window, when_modal
from ui.app import build_main_window
from ui.settings_view import SettingsView
from ui.tabs import SETTINGS


@pytest.fixture
def view(qtbot, desk: Desk) -> SettingsView:
    widget = SettingsView(desk, extra_sections=[("Back-ups", QLabel("Laatste back-up: vandaag"))])
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_sections_and_the_room_for_others(qtbot, view: SettingsView) -> None:
    assert view.section_names() == ["Locatie", "Lijsten", "Notities", "Taal / Language", "Back-ups"]
    assert view.location_summary.isVisible()
    assert not view.lists_editor.isVisible()

    view.nav.setCurrentRow(1)
    assert view.lists_editor.isVisible()
    assert view.lists_editor.model.rowCount() > 0
    with qtbot.waitSignal(view.lists_changed):  # the window rebuilds the topic buttons
        qtbot.mouseClick(
            view.lists_editor.buttons[view.lists_editor.down_action], Qt.MouseButton.LeftButton
        )

    view.show_section("Back-ups")
    labels = view.pages.currentWidget().findChildren(QLabel)
    assert [label.text() for label in labels if label.isVisible()] == [
        "Back-ups",  # the heading
        "Laatste back-up: vandaag",
    ]


def test_the_location_is_summed_up_and_can_be_changed(
    qtbot, view: SettingsView, backend: str
) -> None:
    text = view.location_summary.text()
    assert "Bibliotheek Rijswijk, Huis van de Stad" in text
    assert "Gemeente Rijswijk (GM0603), Zuid-Holland" in text
    assert "Soort informatiepunt: Basis" in text

    qtbot.mouseClick(view.location_button, Qt.MouseButton.LeftButton)
    dialog = view.location_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name, "Bibliotheek aan het Plein")  # type: ignore[attr-defined]
    if backend == "postgresql":  # a shared database's: changed for everyone when asked again
        dialog.save()  # type: ignore[attr-defined]
        assert "eigen locatie" in dialog.general_error.text()  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.location_changed):
        dialog.save()  # type: ignore[attr-defined]
    assert "Bibliotheek Rijswijk, Bibliotheek aan het Plein" in view.location_summary.text()


def test_note_retention_is_stored_and_old_notes_go(
    qtbot, view: SettingsView, desk: Desk, clock
) -> None:
    assert view.retention.value() == 30  # the default
    old = record_visit(
        desk,
        VisitDraft(
            questions=(QuestionDraft(topic="digid"),),
            started_at=datetime(2026, 10, 10, 11, 0),
            note="Komt terug met de brief",
        ),
    )
    view.show_section("Notities")
    view.retention.selectAll()
    qtbot.keyClicks(view.retention, "14")
    qtbot.mouseClick(view.retention_save, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Bewaard" in view.retention_status.text())
    assert view.retention_status.text() == "Bewaard: notities worden na 14 dagen gewist."
    stored = first_row(desk, "SELECT value FROM setting WHERE key = 'note_retention_days'")
    assert stored is not None and json.loads(stored[0]) == 14
    assert first_row(desk, f"SELECT note FROM visit WHERE id = '{old}'") == (None,)
    assert view.retention_save.isEnabled()


def test_a_refused_setting_says_why_in_dutch(qtbot, view: SettingsView, desk: Desk) -> None:
    with connect(desk) as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('manager_pin', '\"x\"')")
    view.show_section("Notities")
    view.retention.setValue(7)
    when_modal(lambda pin_dialog: pin_dialog.reject())  # the PIN is asked; no PIN is given
    qtbot.mouseClick(view.retention_save, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "pincode" in view.retention_status.text())
    assert "alleen met de pincode van de beheerder" in view.retention_status.text()
    assert first_row(desk, "SELECT value FROM setting WHERE key = 'note_retention_days'") is None


def test_no_section_name_is_cut_off_in_large_text(qtbot, desk: Desk) -> None:
    """At scale 2 (a larger font here) "Bezorging aan de coördinator" was cut off: the list
    is as wide as its longest name."""
    window = build_main_window(desk)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    window.setFont(font)
    show_window(qtbot, window)
    window.show_tab(SETTINGS)
    settings = window.pages[SETTINGS].view
    nav = settings.nav
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text()) + 16  # the item's padding
        assert nav.visualItemRect(item).width() >= needed, item.text()
        assert nav.viewport().width() >= needed, item.text()
