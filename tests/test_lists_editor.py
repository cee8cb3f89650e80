"""The lists editor, driven like a manager would: choose a list, click, type, read the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ido_desk.desk import Desk
from tests.db_helpers import first_row
from ui.list_items_model import CODE, KEY, LABEL_NL, STATUS
from ui.lists_editor import ListsEditor


@pytest.fixture
def editor(qtbot, desk: Desk) -> ListsEditor:
    widget = ListsEditor(desk)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(editor: ListsEditor, code: str, column: int) -> str:
    row = editor.model.row_of(code)
    assert row is not None, f"{code} is not in the table"
    return str(editor.model.index(row, column).data())


def click(qtbot, editor: ListsEditor, action) -> None:
    qtbot.mouseClick(editor.buttons[action], Qt.MouseButton.LeftButton)


def choose_list(editor: ListsEditor, kind: str) -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(kind))


def select(editor: ListsEditor, code: str) -> None:
    row = editor.model.row_of(code)
    assert row is not None
    editor.select_row(row)


def test_add_a_topic_and_it_appears(qtbot, editor: ListsEditor, desk: Desk) -> None:
    click(qtbot, editor, editor.add_action)
    dialog = editor.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.label_nl, "Energietoeslag")
    qtbot.keyClicks(dialog.label_en, "Energy allowance")
    assert dialog.code.text() == "energietoeslag"  # suggested from the Dutch name
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown(editor, "energietoeslag", LABEL_NL) == "Energietoeslag"
    assert shown(editor, "energietoeslag", STATUS) == "Actief"
    assert editor.current_row().item.code == "energietoeslag"  # type: ignore[union-attr]
    assert "Toegevoegd: Energietoeslag" in editor.status.text()
    assert first_row(desk, "SELECT label_en, parent_id FROM topic WHERE code='energietoeslag'") == (
        "Energy allowance",
        None,
    )


def test_a_refused_item_keeps_the_dialog_open_with_what_was_typed(
    qtbot, editor: ListsEditor, desk: Desk
) -> None:
    choose_list(editor, "help")
    click(qtbot, editor, editor.add_action)
    dialog = editor.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.label_nl, "Uitleg gegeven")
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "Uitleg Gegeven")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "Code 'Uitleg Gegeven' kan niet" in dialog.error.text()
    assert dialog.label_nl.text() == "Uitleg gegeven"
    qtbot.waitUntil(dialog.code.hasFocus)  # the field at fault
    assert first_row(desk, "SELECT count(*) FROM help_kind") == (5,)

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "uitleg")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown(editor, "uitleg", LABEL_NL) == "Uitleg gegeven"


def test_retire_and_restore(qtbot, editor: ListsEditor, desk: Desk) -> None:
    select(editor, "wonen")
    assert editor.buttons[editor.restore_action].isEnabled() is False
    click(qtbot, editor, editor.retire_action)

    assert shown(editor, "wonen", STATUS) == "Vervallen"
    assert "'Wonen' is vervallen" in editor.status.text()
    assert first_row(desk, "SELECT retired_at IS NOT NULL FROM topic WHERE code='wonen'") == (1,)
    assert "wonen" not in [t.code for t in desk.catalogue.main_topics()]
    assert editor.buttons[editor.retire_action].isEnabled() is False

    click(qtbot, editor, editor.restore_action)
    assert shown(editor, "wonen", STATUS) == "Actief"
    assert first_row(desk, "SELECT retired_at FROM topic WHERE code='wonen'") == (None,)


def test_retire_with_the_delete_key(qtbot, editor: ListsEditor, desk: Desk) -> None:
    choose_list(editor, "channel")
    select(editor, "telefoon")
    editor.activateWindow()
    editor.table.setFocus()
    qtbot.waitUntil(editor.table.hasFocus)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown(editor, "telefoon", STATUS) == "Vervallen")
    assert first_row(desk, "SELECT retired_at IS NOT NULL FROM channel WHERE code='telefoon'") == (
        1,
    )


def test_a_refusal_is_shown_in_dutch_and_changes_nothing(
    qtbot, editor: ListsEditor, desk: Desk
) -> None:
    choose_list(editor, "organisation")
    select(editor, "logius")
    click(qtbot, editor, editor.retire_action)
    assert "wordt voorgesteld bij de actieve onderwerpen DigiD" in editor.status.text()
    assert shown(editor, "logius", STATUS) == "Actief"
    assert first_row(desk, "SELECT retired_at FROM organisation WHERE code='logius'") == (None,)


def test_move_up_changes_the_number_keys(qtbot, editor: ListsEditor, desk: Desk) -> None:
    select(editor, "belastingen")
    assert shown(editor, "belastingen", KEY) == "2"
    click(qtbot, editor, editor.up_action)
    assert shown(editor, "belastingen", KEY) == "1"
    assert editor.model.index(0, CODE).data() == "belastingen"
    assert desk.catalogue.main_topics()[0].code == "belastingen"
    assert editor.buttons[editor.up_action].isEnabled() is False  # it is first now


def test_rename_a_topic_and_its_suggested_organisation(
    qtbot, editor: ListsEditor, desk: Desk
) -> None:
    select(editor, "wonen")
    click(qtbot, editor, editor.rename_action)
    dialog = editor.dialog
    assert (dialog is not None and not dialog.code.isEnabled()) or dialog.code.isReadOnly()
    dialog.label_nl.clear()
    qtbot.keyClicks(dialog.label_nl, "Wonen en huren")
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("gemeente"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert shown(editor, "wonen", LABEL_NL) == "Wonen en huren"
    assert first_row(
        desk,
        "SELECT t.label_nl, o.code FROM topic t JOIN organisation o "
        "ON o.id = t.organisation_id WHERE t.code = 'wonen'",
    ) == ("Wonen en huren", "gemeente")


@pytest.mark.parametrize("kind", ["topic", "organisation", "referral", "channel"])
def test_the_model_passes_the_model_tester(qtmodeltester, editor: ListsEditor, kind: str) -> None:
    choose_list(editor, kind)
    assert editor.model.rowCount() > 0
    qtmodeltester.check(editor.model)


def test_at_1366x768_with_large_text_every_column_is_in_view_and_read_whole(
    qtbot, desk: Desk
) -> None:
    """The window at 1366x768 with 150% text (910x512 points): every list's columns share
    the table's width (no column off to the right), a label too long for its column wraps
    onto a line its row has room for ("Install the app", not "Install the…"), and its
    tooltip holds the whole text."""
    from tests.ui_helpers import settings_section
    from ui.list_items_model import LABEL_EN

    window, editor = settings_section(qtbot, desk, "Lijsten", ListsEditor)
    window.resize(910, 512)
    table, model = editor.table, editor.model
    metrics = table.fontMetrics()

    def cut() -> list[str]:
        """What the user could not read: columns off to the right, a label's word cut, a
        row too low for its lines, a tooltip without the whole label."""
        found = ["scrolls"] if table.horizontalScrollBar().maximum() else []
        for row in range(model.rowCount()):
            text = model.index(row, LABEL_EN).data()
            if not model.index(row, LABEL_EN).data(Qt.ItemDataRole.ToolTipRole).startswith(text):
                found.append(f"tooltip {text}")
            words = max(metrics.horizontalAdvance(word) for word in text.split())
            if words > table.columnWidth(LABEL_EN) - 8:  # the cell's own margins
                found.append(f"word cut {text}")
            if table.sizeHintForRow(row) > table.rowHeight(row):
                found.append(f"lines cut {text}")
        return found

    for kind in ("topic", "organisation", "referral", "help", "channel"):
        choose_list(editor, kind)
        try:
            qtbot.waitUntil(lambda: not cut(), timeout=3000)
        except Exception:  # say what was cut
            raise AssertionError((kind, cut())) from None
