"""Nothing cut off in the real window at a front-desk size (1366x768): a chosen chip shows its
whole label, a label its whole text, a box the names it holds, the newest month its column,
and the corner button is never an empty box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QWidget,
)

from ido_desk.desk import Desk
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.language_section import LanguageSection
from ui.main_window import MainWindow
from ui.settings_view import SettingsView
from ui.tabs import REGION, REPORTS, SETTINGS


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    window = build_main_window(desk)
    window.resize(1366, 768)
    show_window(qtbot, window)
    return window


def label_room(chip: QPushButton) -> int:
    """The width the chip's style leaves for its label, in the chip's present state."""
    option = QStyleOptionButton()
    chip.initStyleOption(option)
    rect = chip.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, chip)
    return rect.width()


def test_a_chosen_chip_with_the_focus_shows_its_whole_label(qtbot, window: MainWindow) -> None:
    panel = window.log_panel
    editor = panel.questions_area.editors[0]
    qtbot.keyClick(panel, Qt.Key.Key_1)  # DigiD chosen
    digid = editor.topics.button("digid")
    qtbot.waitUntil(digid.isChecked)
    chips = [b for b in window.findChildren(QPushButton) if b.property("chip") and b.isVisible()]
    assert len(chips) > 20
    for chip in chips:
        chip.setChecked(True)
        chip.setFocus(Qt.FocusReason.TabFocusReason)  # the thickest border: chosen + focus
        qtbot.waitUntil(chip.hasFocus)
        needed = chip.fontMetrics().horizontalAdvance(chip.text())
        assert label_room(chip) >= needed, chip.text()  # was 4 px short: "DigiD" lost its "D"


def cut_at_the_right(widget: QWidget) -> bool:
    """Whether the widget's own picture has ink in its last column of pixels: its text runs
    into its right edge and is cut there."""
    image = widget.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    last = image.width() - 1
    return any(image.pixelColor(last, y) != background for y in range(image.height()))


def test_the_language_label_shows_its_whole_text(qtbot, window: MainWindow) -> None:
    window.show_tab(SETTINGS)
    qtbot.waitUntil(lambda: window.findChild(SettingsView) is not None)
    settings = window.findChild(SettingsView)
    assert settings is not None
    settings.show_section("Taal / Language")
    section = settings.findChild(LanguageSection)
    assert section is not None
    label = section.choice_label
    qtbot.waitUntil(label.isVisible)
    assert label.buddy() is section.choice
    assert not cut_at_the_right(label), label.text()  # the "e" of "Language" was cut


def test_no_empty_corner_button_before_the_database_is_open(qtbot, desk: Desk) -> None:
    """First start: the location form over a window without a database yet. The corner's
    sign-in button has nothing to say then: it is not shown as an empty box."""
    window = MainWindow(data_dir=desk.paths.data_dir)
    show_window(qtbot, window)
    corner = window.manager_button
    assert not corner.isVisible() or corner.text()  # was a blank, disabled button
    window.attach(desk)  # the location is saved: the window gets its database
    qtbot.waitUntil(corner.isVisible)
    assert corner.text() == "Pincode instellen  Ctrl+L" and corner.isEnabled()
    assert window.rect().contains(corner.mapTo(window, corner.rect().bottomRight()))
    window.detach()


def test_the_region_tab_opens_with_the_newest_months_in_view(qtbot, window: MainWindow) -> None:
    """A year of months does not fit 1366 pixels beside the names: the table opens scrolled
    to its right end (this month and the total), also after Vernieuwen."""
    from ui.region_view import RegionView

    window.show_tab(REGION)
    qtbot.waitUntil(lambda: window.findChild(RegionView) is not None)
    view = window.findChild(RegionView)
    assert view is not None
    model, table = view.locations_model, view.locations
    header = table.horizontalHeader()

    def in_view(column: int) -> bool:
        left = header.sectionViewportPosition(column)
        return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()

    qtbot.waitUntil(lambda: model.columnCount() == 2 + 12 + 1 and model.rowCount() == 1)
    this_month = model.total_column - 1
    assert header.length() > table.viewport().width()  # more months than room
    qtbot.waitUntil(lambda: in_view(this_month) and in_view(model.total_column))  # was off-screen
    names = table.verticalHeader()  # and each row's name stays in view beside them
    assert names.isVisible() and table.isColumnHidden(model.LOCATION)
    assert model.headerData(0, Qt.Orientation.Vertical, 0) == "Huis van de Stad (eigen locatie)"
    table.horizontalScrollBar().setValue(0)
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: in_view(this_month))


def edit_room(box: QComboBox) -> int:
    """The width a combo box leaves for its text."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    control, field = QStyle.ComplexControl.CC_ComboBox, QStyle.SubControl.SC_ComboBoxEditField
    return box.style().subControlRect(control, option, field, box).width()


def test_the_reports_location_box_shows_whole_names(qtbot, desk: Desk) -> None:
    """A coordinator's database holds other branches: the Locatie box on Rapporten is as
    wide as its longest name (was cut: "Bibliotheek Rijswijk, Huis van de Sta"), and the
    chosen name is whole in its tooltip."""
    from ido_desk.demo import DemoSpec, make_demo
    from ui.reports_view import ReportsView

    make_demo(desk, DemoSpec(visits=20, locations=3, months=1))
    window = build_main_window(desk)
    window.resize(1366, 768)
    show_window(qtbot, window)
    window.show_tab(REPORTS)
    qtbot.waitUntil(lambda: window.findChild(ReportsView) is not None)
    view = window.findChild(ReportsView)
    assert view is not None
    box = view.location
    qtbot.waitUntil(box.isVisible)
    names = [box.itemText(n) for n in range(box.count())]
    assert len(names) == 4  # three locations and "Alle locaties (3)"
    room = edit_room(box)
    for name in names:
        assert box.fontMetrics().horizontalAdvance(name) <= room, name
    assert window.rect().contains(box.mapTo(window, box.rect().bottomRight()))
    box.setCurrentIndex(1)
    assert box.toolTip() == names[1] and box.accessibleName() == "Locatie"
