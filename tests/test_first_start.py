"""First start: the location is asked before anything else; a database that cannot be
opened is explained, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ido_desk.config import Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.location import own_location
from tests.db_helpers import connect, rows
from tests.ui_helpers import when_modal
from ui.app import build_main_window, ensure_location, open_desk_or_explain
from ui.setup_dialog import SetupDialog


def fill_location(qtbot, cbs_code: str, seen: dict) -> None:
    """Fill the first-start form; with a wrong CBS code, fix it after seeing the error."""

    def act(widget: QWidget) -> None:
        assert isinstance(widget, SetupDialog)
        qtbot.keyClicks(widget.name, "Huis van de Stad")
        qtbot.keyClicks(widget.organisation, "Bibliotheek Rijswijk")
        qtbot.keyClicks(widget.municipality, "Rijswijk")
        qtbot.keyClicks(widget.cbs_code, cbs_code)
        widget.province.setCurrentIndex(widget.province.findData("Zuid-Holland"))
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = widget.errors["cbs_code"].text() if widget.isVisible() else None
        seen["kept"] = (widget.name.text(), widget.municipality.text())
        if widget.isVisible():
            widget.cbs_code.clear()
            qtbot.keyClicks(widget.cbs_code, "gm0603")
            qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    when_modal(act)


def test_first_start_asks_for_the_location(qtbot, bare_desk: Desk) -> None:
    seen: dict = {}
    fill_location(qtbot, "GM06O3", seen)  # a letter O where a zero belongs

    assert ensure_location(bare_desk)

    assert seen["error"].startswith("CBS-gemeentecode 'GM06O3' klopt niet")
    assert seen["kept"] == ("Huis van de Stad", "Rijswijk")  # nothing typed was lost
    assert rows(
        bare_desk, "SELECT name, organisation, municipality, cbs_code, province FROM location"
    ) == [("Huis van de Stad", "Bibliotheek Rijswijk", "Rijswijk", "GM0603", "Zuid-Holland")]
    window = build_main_window(bare_desk)
    qtbot.addWidget(window)
    assert window.windowTitle() == "IDO Desk — Bibliotheek Rijswijk, Huis van de Stad"


def test_closing_the_first_start_form_stores_nothing(qtbot, bare_desk: Desk) -> None:
    when_modal(lambda widget: widget.reject())
    assert not ensure_location(bare_desk)
    assert own_location(bare_desk) is None


def test_a_set_location_is_not_asked_again(desk: Desk) -> None:
    assert ensure_location(desk)  # would block on a dialog if it asked


def test_the_setup_form_shows_the_current_location(qtbot, desk: Desk) -> None:
    dialog = SetupDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.cbs_code.text() == "GM0603"
    assert dialog.province.currentData() == "Zuid-Holland"
    dialog.municipality.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["municipality"].text() == "Vul de gemeente in."
    assert own_location(desk).municipality == "Rijswijk"


def test_a_database_from_a_newer_version_is_explained(qtbot, paths: Paths) -> None:
    open_desk(paths).close()
    with connect(paths) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    seen: dict = {}

    def read_and_close(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        seen["text"] = widget.text()
        widget.accept()

    when_modal(read_and_close)
    assert open_desk_or_explain(paths) is None
    assert seen["text"].startswith("IDO Desk kan de gegevens niet openen.")
    assert "nieuwere" in seen["text"]
