"""The window after a month's end: the calm notice "Rapport oktober 2026 klaar" that opens the
PDF, the notice of a month that waits with "Nu bezorgen", and the settings' delivery section."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from ido_desk.config import Paths, resolve_paths
from ido_desk.delivery import delivery_folder, months_to_deliver
from ido_desk.desk import Desk, open_desk
from ido_desk.location import set_location
from ido_desk.startup import open_desk_for_the_day
from tests.conftest import RIJSWIJK, Clock
from tests.db_helpers import rows
from tests.exchange_helpers import log
from tests.test_delivery import branch, october
from tests.ui_helpers import show_window
from ui.app import build_main_window
from ui.delivery_notice import DeliveryNotice
from ui.delivery_settings import DeliverySettings
from ui.main_window import SETTINGS, MainWindow


def window_on(qtbot, paths: Paths, clock: Clock) -> tuple[MainWindow, Desk]:
    """A start of the program at the clock's time: the delivery runs, then the window opens."""
    desk = open_desk_for_the_day(paths, clock=clock)
    window = build_main_window(desk)
    show_window(qtbot, window)
    return window, desk


def notice_of(window: MainWindow) -> DeliveryNotice:
    assert isinstance(window.delivery_notice, DeliveryNotice)
    return window.delivery_notice


def test_the_report_notice_opens_the_pdf_and_stays_closed(qtbot, tmp_path: Path) -> None:
    _folder, clock, paths = october(tmp_path)
    window, desk = window_on(qtbot, paths, clock)
    assert not notice_of(window).isVisible()  # October is running: nothing to say
    log(desk, datetime(2026, 10, 5, 9, 0))
    window.close()
    desk.close()

    clock.now = datetime(2026, 11, 2, 9, 0)
    window, desk = window_on(qtbot, paths, clock)
    notice = notice_of(window)
    assert notice.isVisible() and notice.report_row.isVisible()
    assert notice.report_text.text() == "Rapport oktober 2026 klaar"
    assert not notice.wait_row.isVisible()
    opened: list[QUrl] = []
    notice.open_url = lambda url: opened.append(url) or True
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    assert Path(url.toLocalFile()).parent == tmp_path / "rapporten"
    assert Path(url.toLocalFile()).is_file() and url.toLocalFile().endswith("2026-10.pdf")
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    window.close()
    desk.close()

    window, desk = window_on(qtbot, paths, clock)  # a later start: the notice stays closed
    assert not notice_of(window).isVisible()
    window.close()
    desk.close()


def october_on_a_missing_stick(tmp_path: Path) -> tuple[Path, Clock, Paths]:
    """A branch that logged in October, its delivery folder a USB stick not plugged in; the
    clock at 2 November, when October is due."""
    folder = tmp_path / "usb-stick"
    clock = Clock(datetime(2026, 10, 5, 10, 0))
    paths = branch(tmp_path, folder, clock)
    desk = open_desk_for_the_day(paths, clock=clock)
    log(desk, datetime(2026, 10, 5, 9, 0))
    desk.close()
    clock.now = datetime(2026, 11, 2, 9, 0)
    return folder, clock, paths


def test_a_waiting_month_says_what_to_do_logging_goes_on_and_nu_bezorgen_delivers(
    qtbot, tmp_path: Path
) -> None:
    folder, clock, paths = october_on_a_missing_stick(tmp_path)
    window, desk = window_on(qtbot, paths, clock)
    notice = notice_of(window)
    assert notice.wait_row.isVisible()
    assert "Nog niet bezorgd: oktober 2026" in notice.wait_text.text()
    assert "usb-stick" in notice.wait_text.text() and "USB-stick in" in notice.wait_text.text()
    panel = window.log_panel
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows(desk, "SELECT count(*) FROM visit") == [(2,)])

    folder.mkdir()  # the stick is plugged in
    qtbot.mouseClick(notice.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not notice.wait_row.isVisible())
    assert months_to_deliver(desk) == []
    assert [p.name for p in folder.iterdir()] == ["IDO-GM0603-huis-van-de-stad-2026-10.zip"]
    window.close()
    desk.close()


def test_the_settings_list_each_month_and_set_the_folder(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "bezorgmap"
    folder.mkdir()
    clock = Clock(datetime(2026, 10, 5, 10, 0))
    paths = branch(tmp_path, tmp_path / "weg", clock)
    desk = open_desk_for_the_day(paths, clock=clock)
    log(desk, datetime(2026, 10, 5, 9, 0))
    desk.close()
    clock.now = datetime(2026, 12, 2, 9, 0)
    window, desk = window_on(qtbot, paths, clock)
    assert notice_of(window).wait_row.isVisible()  # the folder was not there at the start
    window.show_tab(SETTINGS)
    [section] = window.findChildren(DeliverySettings)
    model = section.model
    texts = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert [(t[0], t[4]) for t in texts] == [("november 2026", "wacht"), ("oktober 2026", "wacht")]
    section.folder_edit.setText(str(folder))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert delivery_folder(desk) == folder
    qtbot.mouseClick(section.deliver_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.data(model.index(0, model.STATE)) == "bezorgd")
    assert model.data(model.index(1, model.VISITS)) == 1
    assert str(folder) in model.data(model.index(1, model.WHERE))
    assert section.status.text() == "Bezorgd: 2 maand(en)."
    assert not notice_of(window).wait_row.isVisible()  # the notice above the tabs looked again
    window.close()
    desk.close()


def test_the_months_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    desk = open_desk(resolve_paths(tmp_path / "d", environ={}), clock=Clock(datetime(2026, 12, 2)))
    set_location(desk, RIJSWIJK)
    log(desk, datetime(2026, 10, 5, 9, 0))
    section = DeliverySettings(desk)
    assert section.model.rowCount() == 2  # October and November, not delivered: no folder
    assert section.folder_edit.text() == ""
    qtmodeltester.check(section.model)
    desk.close()


def test_the_regio_tab_lists_the_late_location_on_top_and_marks_its_month_waiting(
    qtbot, tmp_path: Path
) -> None:
    from tests.test_delivery import coordinator_after_two_months
    from ui.region_view import RegionView

    clock = Clock(datetime(2026, 10, 5, 10, 0))
    coordinator = coordinator_after_two_months(tmp_path, clock)
    clock.now = datetime(2026, 12, 12, 9, 0)
    view = RegionView(coordinator)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.late.isVisible())
    assert (
        view.late.text() == "Te laat met bezorgen: Huis van de Stad (november 2026 ontbreekt; "
        "laatste bestand 02-12-2026)."
    )
    model = view.locations_model
    assert model.data(model.index(0, model.LOCATION)) == "Huis van de Stad"
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(model.columnCount())
    ]
    november = headers.index("nov 2026")
    assert model.data(model.index(0, november)) == "wacht"
    assert model.data(model.index(1, november)) == 0  # Delft's empty November arrived
    from ui.app import install_language

    install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    try:
        english = RegionView(coordinator)
        qtbot.addWidget(english)
        english.show()
        qtbot.waitUntil(lambda: english.late.isVisible())
        assert english.late.text() == (
            "Late with delivering: Huis van de Stad (November 2026 missing; last file 02-12-2026)."
        )
    finally:
        install_language(QApplication.instance(), None)  # type: ignore[arg-type]
    coordinator.close()


def test_a_coordinator_watching_the_delivery_folder_ends_with_the_branchs_visits(
    qtbot, tmp_path: Path
) -> None:

    from ido_desk.ids import hour_id
    from ui.exchange_view import ExchangeView

    folder, clock, paths = october(tmp_path)
    desk = open_desk_for_the_day(paths, clock=clock)
    log(desk, datetime(2026, 10, 5, 9, 0))
    desk.close()

    coordinator = open_desk(resolve_paths(tmp_path / "coordinator", environ={}), clock=clock)
    view = ExchangeView(coordinator)
    qtbot.addWidget(view)
    view.show()
    view.inbox_edit.setText(str(folder))
    qtbot.mouseClick(view.watch_box, Qt.MouseButton.LeftButton)

    def count() -> list[tuple[int]]:
        return rows(coordinator, "SELECT count(*) FROM visit")

    clock.now = datetime(2026, 11, 2, 9, 0)
    desk = open_desk_for_the_day(paths, clock=clock)  # October arrives in the watched folder
    qtbot.waitUntil(
        lambda: view.key_dialog is not None and view.key_dialog.isVisible(), timeout=15000
    )
    assert view.key_dialog is not None
    view.key_dialog.trust_button.click()  # the coordinator compares the fingerprint once
    qtbot.waitUntil(lambda: count() == [(1,)], timeout=15000)
    log(desk, datetime(2026, 10, 30, 15, 0))  # late, back-dated into October
    log(desk, datetime(2026, 11, 2, 8, 30))
    desk.close()
    clock.now = datetime(2026, 12, 1, 9, 0)
    desk = open_desk_for_the_day(paths, clock=clock)  # October again, and November
    branch_ids = sorted(hour_id(r[0]) for r in rows(desk, "SELECT id FROM visit"))
    desk.close()
    qtbot.waitUntil(lambda: count() == [(3,)], timeout=15000)
    assert sorted(r[0] for r in rows(coordinator, "SELECT id FROM visit")) == branch_ids
    view.set_watching(False)
    coordinator.close()
