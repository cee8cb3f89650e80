"""The English window is English on every tab: no Dutch heading, column title, choice or
list label left from a lookup at run time (texts the .ts file never saw)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.exchange.importer import import_files
from ido_desk.location import all_locations
from ido_desk.reports.national_form.mapping import NO_TARGET, load_national_form
from ido_desk.visits import record_visit
from tests.exchange_helpers import export, log, three_visits, yes
from tests.ui_helpers import show_window
from ui.app import build_main_window, install_language
from ui.batch_dialog import BatchDialog
from ui.exchange_view import ExchangeView
from ui.lists_editor import ListsEditor
from ui.main_window import MainWindow
from ui.visit_dialog import VisitDialog

# the same in both languages: names, file types, words English shares with Dutch
SAME_IN_BOTH = {
    "IDO Desk",
    "PDF",
    "CSV",
    "Excel",
    "OK",
    "Status",
    "Code",
    "min",
    "Import",
    "Database",
}
FINGERPRINT = re.compile(r"^([0-9A-F]{4} ?)+$")
KEY = re.compile(
    r"^(F\d+|\d|Alt\+\w)  |^\d+ min$"
)  # a chip's key before its name: "F6  5", "Alt+D  …"
LANGUAGE_NAMES = {"Nederlands", "English", "Taal / Language"}  # each in its own language


def same_in_both(desk: Desk) -> set[str]:
    """Names that stay as they are: list items whose English name is their Dutch one (or
    none), the lists' codes, the locations, and the national form's own wording (the form is
    Dutch: the tab shows which of its questions and answers a visit fills in)."""
    same = SAME_IN_BOTH | LANGUAGE_NAMES
    for items in desk.catalogue.by_kind().values():
        for item in items.items:
            same.add(item.code)
            if not item.label_en or item.label_en == item.label_nl:
                same.add(item.label_nl)
    form = load_national_form(desk)
    for q in (*form.visit, *form.question):
        same.update({q.label, q.above, q.missing, q.unmapped, NO_TARGET, *q.answers.values()})
        same.update(answer for _limit, answer in q.buckets)
    same.update(f"{c.title} ({c.municipality})" for c in all_locations(desk))
    return same


def texts_of(page: QWidget) -> set[str]:
    """Every text a widget and its children show: labels, buttons, titles, choices, names,
    and the headings and first rows of tables and lists."""
    found: set[str] = set()
    editors = page.findChildren(ListsEditor)  # shows both names side by side on purpose
    for widget in [page, *page.findChildren(QWidget)]:
        if any(e is widget or e.isAncestorOf(widget) for e in editors):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QAbstractItemView | QComboBox) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps its column count to itself
                columns = 1
            found.update(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            )
            found.update(
                str(model.index(r, c).data() or "")
                for r in range(min(model.rowCount(QModelIndex()), 40))
                for c in range(columns)
            )
        found.add(widget.accessibleName())
    return {t.replace("&", "").strip() for t in found if t}


def shown_texts(window: MainWindow, visit_id: str) -> dict[str, set[str]]:
    """The texts per tab, after each tab has been opened once, and of the dialogs that show
    list names (a visit's edit dialog, the tally sheet)."""
    texts: dict[str, set[str]] = {}
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts[tabs.tabText(index)] = texts_of(tabs.widget(index))
    desk = window.desk
    assert desk is not None
    for dialog in (VisitDialog(desk, visit_id), BatchDialog(desk)):
        texts[type(dialog).__name__] = texts_of(dialog)
        dialog.deleteLater()
    return texts


def test_the_english_window_has_no_dutch_left_on_any_tab(qtbot, desk: Desk, qapp) -> None:
    visit_id = record_visit(
        desk, VisitDraft((QuestionDraft("belastingen", help="samen"),), "balie", 10)
    )
    install_language(qapp, "nl")
    dutch_window = build_main_window(desk)
    show_window(qtbot, dutch_window)
    dutch = set().union(*shown_texts(dutch_window, visit_id).values())
    install_language(qapp, "en")
    try:
        english_window = build_main_window(desk)
        show_window(qtbot, english_window)
        english = shown_texts(english_window, visit_id)
        form = english_window.log_panel.questions_area
        form.editors[0].topics.button("belastingen").click()
        form.channel.button("balie").click()
        preview = form.preview_text()  # "Will be saved: Taxes · At the desk …"
        channel = desk.catalogue.channels.get("balie")
        assert channel is not None
    finally:
        install_language(qapp, None)
    same = same_in_both(desk)
    left = {
        tab: sorted(
            t
            for t in texts & dutch
            if KEY.sub("", t) not in same
            and not FINGERPRINT.match(t)
            and any(c.isalpha() for c in KEY.sub("", t))
        )
        for tab, texts in english.items()
    }
    leaks = {tab: words for tab, words in left.items() if words}
    assert not leaks, "\n".join(f"{tab}: {words}" for tab, words in leaks.items())
    assert "Taxes" in preview and channel.label_en in preview, preview
    assert "Belastingen" not in preview and channel.label_nl not in preview, preview
    # what is not chosen yet is said in English too (was "geen hulp", "duur onbekend")
    assert " · no help · duration unknown" in preview, preview


def test_the_english_window_refuses_a_note_in_english_then_saves(qtbot, desk: Desk, qapp) -> None:
    """The core's messages (here the privacy screen's) come in the window's language: a
    BSN in the note is refused in English, the form keeps what was typed, and once the note
    is fixed the visit is saved."""
    install_language(qapp, "en")
    try:
        window = build_main_window(desk)
        show_window(qtbot, window)
        panel = window.log_panel
        qtbot.keyClick(panel, Qt.Key.Key_1)
        panel.note.setText("bsn 111222333")
        qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.note_error.isVisible())
        told = panel.note_error.text()
        assert told.startswith("The note holds what looks like personal data: BSN"), told
        assert panel.note.text() == "bsn 111222333" and panel.draft().questions
        panel.note.setText("kwam voor de DigiD-app")
        qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: panel.status.text().startswith("Saved"))
    finally:
        install_language(qapp, None)


def test_the_english_exchange_tab_tells_an_import_in_english(
    qtbot, coordinator: Desk, tmp_path, qapp
) -> None:
    """An import's outcome in the English window: a damaged file refused, the same file
    again told as already imported, a fresh one imported; each line in English."""
    branch = three_visits(tmp_path / "branch")
    try:
        good = export(branch, tmp_path / "rijswijk.zip").path
        import_files(coordinator, [good], confirm_key=yes)  # the branch's key is known
        log(branch, datetime(2026, 10, 20, 10, 0), "belastingen")
        later = export(branch, tmp_path / "later.zip").path
    finally:
        branch.close()
    damaged = tmp_path / "kapot.zip"
    damaged.write_bytes(good.read_bytes()[:300])
    install_language(qapp, "en")
    try:
        view = ExchangeView(coordinator)
        show_window(qtbot, view)
        view.import_paths([damaged, good, later])
        qtbot.waitUntil(lambda: view.results.count() == 3, timeout=10000)
        told = "\n".join(view.results.item(i).text() for i in range(3))
    finally:
        install_language(qapp, None)
    assert "Refused, nothing was changed: kapot.zip: the file is damaged or incomplete" in told, (
        told
    )
    assert "rijswijk.zip: already imported on " in told and "nothing was changed." in told
    assert ", 1 new, 0 updated, 0 deleted, 3 unchanged." in told, told
    assert not [w for w in ("ingelezen", "bestand", "nieuw", "beschadigd") if w in told], told
