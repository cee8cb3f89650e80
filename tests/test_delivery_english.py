"""A month that waits, told in the English window and by ``--lang en``: the reason it waits
is kept as the core's marked text (not its Dutch), so each reader says it in its language."""

from __future__ import annotations

from pathlib import Path

from ido_desk.cli.main import main
from ido_desk.delivery import waiting_problem
from tests.test_delivery_window import notice_of, october_on_a_missing_stick, window_on
from ui.app import install_language

DUTCH = ("bezorgmap", "niet bereikbaar", "probeert", "oktober", "Nog niet")


def test_a_waiting_month_is_told_in_english(qtbot, qapp, tmp_path: Path, capsys) -> None:
    _folder, clock, paths = october_on_a_missing_stick(tmp_path)
    install_language(qapp, "en")
    try:
        window, desk = window_on(qtbot, paths, clock)  # the start tries, and the month waits
        told = notice_of(window).wait_text.text()
        window.close()
    finally:
        install_language(qapp, None)
    _months, problem = waiting_problem(desk)
    desk.close()
    assert problem is not None and "niet bereikbaar" in problem  # Dutch, read from the row
    assert told.startswith("Not delivered yet: October 2026. The delivery folder "), told
    assert "cannot be reached" in told and "tries again at the next start" in told, told
    assert not [w for w in DUTCH if w in told], told

    assert main(["--data-dir", str(paths.data_dir), "--lang", "en", "delivery"]) == 0
    said = capsys.readouterr().out
    assert "cannot be reached" in said, said
    assert not [w for w in DUTCH if w in said], said


def test_a_kept_text_reads_back_the_same_and_an_old_line_as_it_was() -> None:
    from ido_desk.translatable import QT_TRANSLATE_NOOP, in_language, restored, stored

    retry = QT_TRANSLATE_NOOP("core", "{message} {retry}")
    full = QT_TRANSLATE_NOOP("core", "De schijf is vol: '{where}' kon niet worden geschreven.")
    text = retry.format(message=full.format(where=Path("/usb/a.zip")), retry=3)
    again = restored(stored(text))
    assert again == text and in_language(again, "en") == in_language(text, "en")
    assert in_language(again, "en").startswith("The disk is full")
    assert restored("Een regel van vroeger.") == "Een regel van vroeger."
    assert restored(None) is None
