"""Dutch throughout, English as an option: the language follows ``--lang``, then
``IDO_DESK_LANG``, then the system; Qt's own texts come in the same language, and the English
window shows English tab titles and buttons (from ui/i18n/ido_desk_en.qm)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ido_desk.cli.main import global_options
from ido_desk.desk import Desk
from ido_desk.language import saved_language
from tests.ui_helpers import show_window
from ui.app import I18N_DIR, build_main_window, chosen_language, install_language
from ui.language_section import RESTART, LanguageSection, restart_command, restart_wanted
from ui.tabs import SETTINGS, TAB_TITLES

UI_DIR = I18N_DIR.parent
FIELDS = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")  # a str.format field, not "{{"
CORE_MARKERS = ("\nfrom ido_desk.translatable import", "\nfrom db.text import")  # as make does
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


@pytest.fixture
def language(qapp: QApplication):
    """Install a language for one test; none again afterwards (as the other tests run)."""
    yield lambda lang: install_language(qapp, lang)
    install_language(qapp, None)


def test_the_language_is_chosen_by_option_then_variable_then_system() -> None:
    assert chosen_language(["--lang", "en"], {}, DUTCH) == "en"
    assert chosen_language(["--lang=nl"], {"IDO_DESK_LANG": "en"}, ENGLISH) == "nl"
    assert chosen_language([], {"IDO_DESK_LANG": "en"}, DUTCH) == "en"
    assert chosen_language([], {}, ENGLISH) == "en"
    assert chosen_language([], {}, DUTCH) == "nl"
    assert chosen_language([], {}, GERMAN) == "nl"  # Dutch when the system is not English
    assert chosen_language(["--lang", "fr"], {"IDO_DESK_LANG": "xx"}, GERMAN) == "nl"


def test_the_command_line_takes_lang_and_still_opens_the_window() -> None:
    options, rest = global_options(["--lang", "en"])
    assert options.lang == "en" and rest == []


def test_english_window_shows_english_tabs_and_buttons(qtbot, desk: Desk, language) -> None:
    language(chosen_language(["--lang", "en"], {}, DUTCH))
    window = build_main_window(desk)
    show_window(qtbot, window)
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert titles[:3] == ["Register", "Overview", "Reports"]
    assert "Settings" in titles
    bar = window.log_panel.bar
    assert bar.save_button.text().startswith("Save")
    assert bar.add_button.text().startswith("+ question")
    form = window.log_panel.questions_area
    assert form.note.accessibleName() == "Note"
    assert form.duration.button("5").accessibleName() == "5 minutes"
    assert form.editors[0].title.text() == "Question 1"


def test_dutch_by_default_also_in_qts_own_context_menu(qtbot, desk: Desk, language) -> None:
    language(chosen_language([], {}, DUTCH))
    window = build_main_window(desk)
    show_window(qtbot, window)
    assert [window.tabs.tabText(n) for n in range(len(TAB_TITLES))] == list(TAB_TITLES)
    edit = QLineEdit(window)
    menu = edit.createStandardContextMenu()
    texts = [action.text().replace("&", "") for action in menu.actions()]
    menu.deleteLater()
    assert any(text.startswith("Kopiëren") for text in texts), texts
    assert not any(text.startswith("Copy") for text in texts)


def test_the_english_translations_keep_their_placeholders() -> None:
    """Every finished English string has the same placeholders as its Dutch source ({0},
    {name}, {when:%H:%M}, %n: str.format would fail or show the wrong value otherwise), and
    the compiled file beside it is there for the window and the CLI to load."""
    assert (I18N_DIR / "ido_desk_en.qm").is_file()
    tree = ET.parse(I18N_DIR / "ido_desk_en.ts")
    checked = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in forms:
            assert ("%n" in source) == ("%n" in text), (source, text)
            assert sorted(FIELDS.findall(source)) == sorted(FIELDS.findall(text)), (source, text)
        checked += 1
    assert checked >= 700  # the window's texts and the core's (its errors, the CLI's lines)


def test_the_english_form_shows_the_lists_english_names(qtbot, desk: Desk, language) -> None:
    """The lists hold an English name beside the Dutch one; the English window shows it."""
    language("en")
    window = build_main_window(desk)
    show_window(qtbot, window)
    form = window.log_panel.questions_area
    channels = {c.code: c for c in desk.catalogue.channels.active()}
    assert any(c.label_en != c.label_nl for c in channels.values())
    for code in form.channel.codes():
        assert form.channel.button(code).accessibleName() == channels[code].label_en
    language("nl")
    dutch = build_main_window(desk)
    show_window(qtbot, dutch)
    first = dutch.log_panel.questions_area.channel.codes()[0]
    assert dutch.log_panel.questions_area.channel.button(first).accessibleName() == (
        channels[first].label_nl
    )


def test_the_language_chosen_in_the_settings_is_the_next_starts(
    qtbot, desk: Desk, language
) -> None:
    language("nl")
    window = build_main_window(desk)
    show_window(qtbot, window)
    window.show_tab(SETTINGS)
    qtbot.waitUntil(lambda: window.pages[SETTINGS].view is not None)
    settings = window.pages[SETTINGS].view
    settings.show_section("Taal / Language")
    section = settings.findChild(LanguageSection)
    qtbot.waitUntil(section.choice.isVisible)
    section.choice.setFocus()
    qtbot.waitUntil(section.choice.hasFocus)
    assert section.choice.currentText() == "Zoals het systeem"
    qtbot.keyClick(section.choice, Qt.Key.Key_E)  # "English", picked by its first letter
    qtbot.waitUntil(lambda: saved_language(desk.paths) == "en")
    assert "opnieuw start" in section.status.text()
    assert window.tabs.tabText(0) == "Registreren"  # this window stays as it was
    assert section.restart_button.isVisible()
    qtbot.mouseClick(section.restart_button, Qt.MouseButton.LeftButton)  # closes the window
    qtbot.waitUntil(lambda: not window.isVisible())
    assert restart_wanted(QApplication.instance())  # ui.app starts it again after the lock
    QApplication.instance().setProperty(RESTART, False)
    # the next start: no --lang, no IDO_DESK_LANG, a Dutch system
    language(chosen_language([], {}, DUTCH, saved_language(desk.paths)))
    again = build_main_window(desk)
    show_window(qtbot, again)
    assert again.tabs.tabText(0) == "Register"
    assert chosen_language(["--lang", "nl"], {}, DUTCH, "en") == "nl"  # the option still wins
    again.show_tab(SETTINGS)
    qtbot.waitUntil(lambda: again.pages[SETTINGS].view is not None)
    sections = again.pages[SETTINGS].view.section_names()
    assert {"Backups", "Audit log", "Delivery to the coordinator"} <= set(sections)
    assert again.log_panel.day_list.counts.text().startswith("Today")
    english = again.pages[SETTINGS].view.findChild(LanguageSection)
    assert english.choice.currentText() == "English"
    english.choice.setCurrentIndex(english.choice.findData(None))  # as the system: Dutch
    english.choice.activated.emit(english.choice.currentIndex())
    assert saved_language(desk.paths) is None
    assert chosen_language([], {}, DUTCH, saved_language(desk.paths)) == "nl"


def test_the_restart_leaves_out_the_language_option() -> None:
    python = "/usr/bin/python3"
    assert restart_command([python, "-m", "ido_desk", "--lang", "nl", "--data-dir", "d"]) == (
        python,
        ["-m", "ido_desk", "--data-dir", "d"],
    )
    assert restart_command(["ido-desk", "--lang=en"]) == ("ido-desk", [])


def messages(ts: Path, *, finished_only: bool) -> dict[tuple[str, str], list[str]]:
    """(context, Dutch source) -> its English text(s), of one .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            texts = []
            if translation is not None:
                texts = [f.text or "" for f in translation.findall("numerusform")] or [
                    translation.text or ""
                ]
            if finished_only and (kind == "unfinished" or not all(t.strip() for t in texts)):
                continue
            found[(name, message.findtext("source") or "")] = texts
    return found


def test_every_string_of_the_window_has_its_english(tmp_path: Path) -> None:
    """pyside6-lupdate reads ui/ and the core modules marked for it afresh (as ``make
    translations`` does): every tr() string it finds has a finished English translation in
    ui/i18n/ido_desk_en.ts, under a context the window looks it up by, and the compiled .qm
    beside it is the one built from it."""
    tools = Path(sys.executable).parent
    root = UI_DIR.parent
    marked = [
        p
        for p in [*(root / "ido_desk").rglob("*.py"), *(root / "db").rglob("*.py")]
        if any(marker in p.read_text(encoding="utf-8") for marker in CORE_MARKERS)
    ]
    sources = sorted(str(path) for path in [*UI_DIR.glob("*.py"), *marked])
    assert marked  # the report kinds' names, at least
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            tools / "pyside6-lupdate",
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            *sources,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    wanted = messages(fresh, finished_only=False)
    assert len(wanted) > 400
    assert [key for key in wanted if not key[0].isidentifier()] == []  # a context tr() uses
    english = messages(I18N_DIR / "ido_desk_en.ts", finished_only=True)
    missing = sorted(key for key in wanted if key not in english)
    assert missing == [], f"{len(missing)} without English: {missing[:20]}"
    built = tmp_path / "built.qm"
    subprocess.run(
        [tools / "pyside6-lrelease", str(I18N_DIR / "ido_desk_en.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (I18N_DIR / "ido_desk_en.qm").read_bytes(), "make translations"
