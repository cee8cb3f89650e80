"""The Uitwisseling tab and the coordinator's overview, driven like a person would."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from ido_desk.exchange.importer import import_files
from ido_desk.exchange.keys import own_fingerprint, own_key, read_key_file, write_key_file
from ido_desk.exchange.verify import verify_file
from tests.db_helpers import rows
from tests.exchange_helpers import (
    DELFT,
    edit_json,
    export,
    log,
    open_branch,
    rebuild,
    three_visits,
    yes,
)
from ui.exchange_view import ExchangeView
from ui.key_section import KeyFingerprintSection
from ui.location_months_model import MISSING_TEXT
from ui.region_view import RegionView
from ui.style import chosen_theme


@pytest.fixture
def branch(tmp_path: Path) -> Iterator[Desk]:
    desk = three_visits(tmp_path / "branch", note="belt terug")
    yield desk
    desk.close()


@pytest.fixture
def export_file(branch: Desk, tmp_path: Path) -> Path:
    return export(branch, tmp_path / "rijswijk-oktober.zip").path


def shown(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def watching(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> tuple[Any, Path, Path]:
    """October imported (the branch's key is known), a later file of one more visit, and the
    view watching an empty inbox: (view, later file, inbox)."""
    import_files(coordinator, [export_file], confirm_key=yes)
    log(branch, datetime(2026, 10, 20, 10, 0), "belastingen")
    later = export(branch, tmp_path / "later.zip").path
    inbox = tmp_path / "postvak"
    inbox.mkdir()
    view = shown(qtbot, ExchangeView(coordinator))
    view.inbox_edit.setText(str(inbox))
    qtbot.mouseClick(view.watch_box, Qt.MouseButton.LeftButton)
    return view, later, inbox


def button(dialog: QMessageBox, text: str) -> QPushButton:
    for candidate in dialog.buttons():
        if candidate.text() == text:
            assert isinstance(candidate, QPushButton)
            return candidate
    raise AssertionError(f"no button {text!r}")


def test_export_a_period_from_the_tab(qtbot: Any, branch: Desk, tmp_path: Path) -> None:
    view = shown(qtbot, ExchangeView(branch))
    view.period_edit.clear()
    qtbot.keyClicks(view.period_edit, "2026-10")
    view.out_edit.setText(str(tmp_path))

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Opgeslagen" in view.export_status.text(), timeout=10000)
    files = list(tmp_path.glob("ido-export-*.zip"))
    assert [f.name for f in files] == ["ido-export-GM0603-huis-van-de-stad-20261001-20261031.zip"]
    assert verify_file(files[0]).manifest.visits == 3
    assert "3 bezoeken" in view.export_status.text()
    assert view.fingerprint_label.text() == own_fingerprint(branch.paths)
    view.grab().save(str(tmp_path / "exchange-export.png"))


def test_a_running_period_is_exported_up_to_today(qtbot: Any, branch: Desk, tmp_path: Path) -> None:
    view = shown(qtbot, ExchangeView(branch))  # the branch's clock: 3 November 2026
    view.period_edit.setText("2026-Q4")
    view.out_edit.setText(str(tmp_path))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Opgeslagen" in view.export_status.text(), timeout=10000)
    assert "De periode loopt nog: het bestand gaat t/m 3 november 2026." in (
        view.export_status.text()
    )
    [file] = tmp_path.glob("ido-export-*.zip")
    assert file.name == "ido-export-GM0603-huis-van-de-stad-20261001-20261103.zip"


def test_a_bad_period_is_said_where_it_was_typed(qtbot: Any, branch: Desk, tmp_path: Path) -> None:
    view = shown(qtbot, ExchangeView(branch))
    view.period_edit.clear()
    qtbot.keyClicks(view.period_edit, "oktober")
    qtbot.keyClick(view.period_edit, Qt.Key.Key_Return)

    assert "oktober" in view.export_status.text()
    assert view.period_edit.text() == "oktober"
    assert not list(tmp_path.glob("**/*.zip"))


def test_import_asks_to_trust_the_fingerprint_then_imports(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path
) -> None:
    view = shown(qtbot, ExchangeView(coordinator))

    view.import_paths([export_file])

    qtbot.waitUntil(lambda: view.key_dialog is not None and view.key_dialog.isVisible())
    assert view.key_dialog.fingerprint.text() == own_fingerprint(branch.paths)
    assert "Huis van de Stad" in view.key_dialog.intro.text()
    qtbot.mouseClick(button(view.key_dialog, "Vertrouwen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1, timeout=10000)

    assert rows(coordinator, "SELECT count(*) FROM visit WHERE note IS NULL") == [(3,)]
    assert "3 nieuw" in view.results.item(0).text()
    history = view.history_model
    assert history.data(history.index(0, history.NEW)) == 3
    assert "Huis van de Stad" in history.data(history.index(0, history.LOCATION))


def test_a_key_file_loaded_in_the_tab_is_not_asked_about_again(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> None:
    """The branch's key file (Sleutelbestand…) says which key is right: importing its file
    then asks nothing (the question ignored the key files before, and "Niet vertrouwen"
    refused a file that the key file vouched for)."""
    code = verify_file(export_file).manifest.location.code
    write_key_file(branch.paths, code, tmp_path / "sleutel.json")
    view = shown(qtbot, ExchangeView(coordinator))
    view.add_key_file(tmp_path / "sleutel.json")

    view.import_paths([export_file])

    qtbot.waitUntil(lambda: view.history_model.rowCount() == 1, timeout=10000)
    assert view.key_dialog is None
    assert any("3 nieuw" in view.results.item(n).text() for n in range(view.results.count()))
    assert rows(coordinator, "SELECT source FROM trusted_key") == [("key-file",)]


def test_declining_the_key_imports_nothing(
    qtbot: Any, coordinator: Desk, export_file: Path
) -> None:
    view = shown(qtbot, ExchangeView(coordinator))
    view.import_paths([export_file])
    qtbot.waitUntil(lambda: view.key_dialog is not None and view.key_dialog.isVisible())

    qtbot.mouseClick(button(view.key_dialog, "Niet vertrouwen"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=10000)
    assert "nog niet vertrouwd" in view.results.item(0).text()
    assert rows(coordinator, "SELECT count(*) FROM visit") == [(0,)]
    assert view.history_model.rowCount() == 0


def test_dropped_files_are_imported_and_a_refusal_is_shown(
    qtbot: Any, coordinator: Desk, export_file: Path, tmp_path: Path
) -> None:
    import_files(coordinator, [export_file], confirm_key=yes)  # the key is known already
    broken = tmp_path / "kapot.zip"
    broken.write_bytes(export_file.read_bytes()[:300])
    view = shown(qtbot, ExchangeView(coordinator))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(broken)), QUrl.fromLocalFile(str(export_file))])
    where = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))

    with warnings.catch_warnings():  # PySide marks Qt 6's only constructor as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(10, 10), *where)
    assert QApplication.sendEvent(view, enter)
    QApplication.sendEvent(view, QDropEvent(QPointF(10, 10), *where))

    qtbot.waitUntil(lambda: view.results.count() == 2, timeout=10000)
    texts = [view.results.item(i).text() for i in range(2)]
    assert texts[1].startswith("Geweigerd, er is niets veranderd: kapot.zip: "), texts
    assert "beschadigd of onvolledig" in texts[1], texts
    assert any("al ingelezen" in t for t in texts)
    refused = view.results.item(1).foreground().color().name()
    assert refused == chosen_theme().error  # the refusal, first, in the theme's error colour


def test_a_watched_inbox_imports_what_arrives(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> None:
    view, november, inbox = watching(qtbot, coordinator, branch, export_file, tmp_path)
    assert view.watch_box.isChecked()

    shutil.copy(november, inbox / "later.zip")

    qtbot.waitUntil(lambda: view.history_model.rowCount() == 2, timeout=15000)
    assert rows(coordinator, "SELECT count(*) FROM visit") == [(4,)]
    assert "1 nieuw" in view.results.item(0).text()


def test_undo_an_import_from_the_history(qtbot: Any, coordinator: Desk, export_file: Path) -> None:
    import_files(coordinator, [export_file], confirm_key=yes)
    view = shown(qtbot, ExchangeView(coordinator))
    changed: list[bool] = []
    view.imported.connect(lambda: changed.append(True))
    view.history.selectRow(0)

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.undo_dialog is not None and view.undo_dialog.isVisible())
    qtbot.mouseClick(button(view.undo_dialog, "Ongedaan maken"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: rows(coordinator, "SELECT count(*) FROM visit") == [(0,)])
    qtbot.waitUntil(lambda: changed == [True])
    model = view.history_model
    assert model.data(model.index(0, model.STATUS)) == "ongedaan gemaakt"


def test_history_model_is_a_proper_model(
    qtmodeltester: Any, coordinator: Desk, export_file: Path, qtbot: Any
) -> None:
    import_files(coordinator, [export_file], confirm_key=yes)
    view = shown(qtbot, ExchangeView(coordinator))
    qtmodeltester.check(view.history_model)


def test_the_overview_shows_missing_months_and_municipality_totals(
    qtbot: Any, qtmodeltester: Any, coordinator: Desk, export_file: Path, tmp_path: Path
) -> None:
    delft = open_branch(tmp_path / "delft", DELFT)
    log(delft, datetime(2026, 9, 15, 10, 0))
    delft_file = export(delft, tmp_path / "delft.zip", (date(2026, 9, 1), date(2026, 10, 1))).path
    delft.close()
    import_files(coordinator, [export_file, delft_file], confirm_key=yes)
    coordinator.clock = lambda: datetime(2026, 11, 27, 12, 0)  # November is still running

    view = RegionView(coordinator)
    shown(qtbot, view)
    view.months_box.setValue(3)  # September to November 2026
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.locations_model.columnCount() == 2 + 3 + 1, timeout=10000)

    model = view.locations_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(6)]
    assert headers == ["Locatie", "Gemeente", "sep 2026", "okt 2026", "nov 2026", "Totaal"]
    grid = {
        model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(2, 6)]
        for r in range(model.rowCount())
    }
    assert grid == {
        "Huis van de Stad": [MISSING_TEXT, 3, 0, 3],  # the running month is not missing yet
        "DOK Centrum": [1, MISSING_TEXT, 0, 1],
    }
    totals = view.municipalities_model
    assert [
        [totals.data(totals.index(r, c)) for c in range(4)] for r in range(totals.rowCount())
    ] == [["Rijswijk", "GM0603", 1, 3], ["Delft", "GM0503", 1, 1]]
    assert "Ontbrekende maanden" in view.status.text()
    qtmodeltester.check(model)
    qtmodeltester.check(totals)
    view.resize(1000, 500)
    view.grab().save(str(tmp_path / "overview.png"))


def test_the_settings_section_shows_the_fingerprint_and_saves_the_key_file(
    qtbot: Any, branch: Desk, tmp_path: Path
) -> None:
    section = shown(qtbot, KeyFingerprintSection(branch))
    assert section.fingerprint.text() == own_fingerprint(branch.paths)

    section.save_key_file(tmp_path / "sleutel.json")

    assert read_key_file(tmp_path / "sleutel.json").fingerprint == own_fingerprint(branch.paths)
    assert "Opgeslagen" in section.status.text()


def test_a_file_still_being_copied_into_the_inbox_waits(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> None:
    view, later, inbox = watching(qtbot, coordinator, branch, export_file, tmp_path)
    data = later.read_bytes()
    arriving = inbox / "later.zip"
    arriving.write_bytes(data[: len(data) // 2])  # the first half of a slow copy
    view.scan_inbox()
    assert view.results.count() == 0  # nothing read yet: the file may still grow

    def finish_copy() -> None:
        arriving.write_bytes(data)  # no new folder event need come for this

    QTimer.singleShot(300, finish_copy)
    qtbot.waitUntil(lambda: view.history_model.rowCount() == 2, timeout=15000)
    assert rows(coordinator, "SELECT count(*) FROM visit") == [(4,)]
    assert "1 nieuw" in view.results.item(0).text()


def test_a_folder_that_does_not_exist_is_asked_about_and_nothing_written_on_no(
    qtbot: Any, branch: Desk, tmp_path: Path
) -> None:
    view = shown(qtbot, ExchangeView(branch))
    view.period_edit.clear()
    qtbot.keyClicks(view.period_edit, "2026-10")
    missing = tmp_path / "nieuw"
    view.out_edit.setText(f"{missing}/")

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog is not None and view.export_dialog.isVisible())
    assert str(missing) in view.export_dialog.text()
    qtbot.mouseClick(button(view.export_dialog, "Annuleren"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: view.export_dialog is None)
    assert f"De map {missing} bestaat niet." in view.export_status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["branch"]  # no file "nieuw"


def test_a_missing_default_folder_is_made_and_a_second_export_asks_before_replacing(
    qtbot: Any, branch: Desk, tmp_path: Path
) -> None:
    view = shown(qtbot, ExchangeView(branch))
    view.period_edit.clear()
    qtbot.keyClicks(view.period_edit, "2026-10")
    documents = tmp_path / "Documents"  # the default folder, never made on this PC
    view.out_edit.setText(str(documents))

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog is not None and view.export_dialog.isVisible())
    qtbot.mouseClick(button(view.export_dialog, "Map aanmaken"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Opgeslagen" in view.export_status.text(), timeout=10000)
    assert documents.is_dir()  # a folder, not a file named "Documents"
    (written,) = documents.iterdir()
    assert written.name.startswith("ido-export-") and written.suffix == ".zip"
    first = written.read_bytes()
    log(branch, datetime(2026, 10, 20, 10, 0), "belastingen")

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog is not None and view.export_dialog.isVisible())
    assert "bestaat al" in view.export_dialog.text()
    qtbot.mouseClick(button(view.export_dialog, "Annuleren"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog is None)
    assert written.read_bytes() == first  # not replaced without asking

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog is not None and view.export_dialog.isVisible())
    qtbot.mouseClick(button(view.export_dialog, "Overschrijven"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "4 bezoeken" in view.export_status.text(), timeout=10000)
    assert written.read_bytes() != first and list(documents.iterdir()) == [written]


def test_an_inbox_without_change_notifications_is_polled_and_upper_case_zip_is_taken(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> None:
    view, later, inbox = watching(qtbot, coordinator, branch, export_file, tmp_path)
    for folder in view.watcher.directories():  # a network share: no notification comes
        view.watcher.removePath(folder)
    view.poll.setInterval(100)

    shutil.copy(later, inbox / "LATER.ZIP")

    qtbot.waitUntil(lambda: view.history_model.rowCount() == 2, timeout=15000)
    assert rows(coordinator, "SELECT count(*) FROM visit") == [(4,)]
    qtbot.mouseClick(view.watch_box, Qt.MouseButton.LeftButton)
    assert not view.poll.isActive()


def test_texts_from_a_file_are_plain_text_and_the_fingerprint_stands_alone(
    qtbot: Any, coordinator: Desk, branch: Desk, export_file: Path, tmp_path: Path
) -> None:
    """A location name in rich text could draw a fake fingerprint and hide the real one."""
    fake = '<b>DOK</b><br><font size="6">Vingerafdruk: 0000 0000</font><span style="color:white">'
    rename = edit_json(fmt.MANIFEST, lambda m: m["location"].update(name=fake))
    crafted = rebuild(export_file, tmp_path / "rich.zip", own_key(branch.paths), rename)
    view = shown(qtbot, ExchangeView(coordinator))

    view.import_paths([crafted])

    qtbot.waitUntil(lambda: view.key_dialog is not None and view.key_dialog.isVisible())
    dialog = view.key_dialog
    plain = Qt.TextFormat.PlainText
    assert dialog.intro.textFormat() == plain and fake in dialog.intro.text()
    assert dialog.fingerprint.textFormat() == plain
    assert dialog.fingerprint.text() == own_fingerprint(branch.paths)
    assert view.export_status.textFormat() == plain
    qtbot.mouseClick(button(dialog, "Niet vertrouwen"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=10000)
    assert rows(coordinator, "SELECT count(*) FROM visit") == [(0,)]
