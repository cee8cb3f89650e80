"""The chips' Alt+letter keys are the same physical keys in the Dutch and the English window:
a list item's letter comes from its Dutch name ("Doorverwezen" is Alt+D, also beside
"Referred"), so the README's key sequences hold in both languages; no two chips on one form
(nor a chip and the form's own Alt keys) share a letter."""

from __future__ import annotations

from collections import Counter

import pytest

from ido_desk.desk import Desk
from tests.db_helpers import rows
from tests.form_keys import SAVE, press
from tests.test_form_journey import STORED, open_window
from ui.app import install_language
from ui.batch_dialog import RESERVED_LETTERS as BATCH_RESERVED
from ui.batch_dialog import BatchDialog
from ui.visit_dialog import VisitDialog
from ui.visit_form import RESERVED_LETTERS


def keys_of(chips, codes) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {code: chips.key_of(code) for code in codes}


def no_letter_twice(keys: list[str], reserved: set[str]) -> None:
    letters = [k.removeprefix("Alt+") for k in keys if k]
    twice = [letter for letter, n in Counter(letters).items() if n > 1]
    assert not twice and not set(letters) & reserved, (keys, reserved)


@pytest.fixture
def languages(qapp):  # type: ignore[no-untyped-def]
    yield ("nl", "en")
    install_language(qapp, None)


def test_the_same_alt_letter_picks_the_same_help_in_both_languages(
    qtbot, desk: Desk, clock, qapp, languages
) -> None:
    helps = [h.code for h in desk.catalogue.help_kinds.active()]
    channels = [c.code for c in desk.catalogue.channels.active()]
    seen = {}
    for language in languages:
        install_language(qapp, language)
        window = open_window(qtbot, desk)
        panel = window.log_panel
        form_keys = {
            **keys_of(panel.channel, channels),
            **keys_of(panel.editors[-1].help, helps),
        }
        no_letter_twice(list(form_keys.values()), RESERVED_LETTERS)
        referred = panel.editors[-1].help.button("doorverwezen").text()
        # the README's referral journey: AOW (5), Alt+D, the first letters of the shown name
        # of the Taalhuis ("Language house" in English: typing follows the names), save
        typed = {"nl": "taal", "en": "lang"}[language]
        assert press(qtbot, window, "5", "Alt+D", typed, SAVE) == 7
        qtbot.waitUntil(lambda: len(rows(desk, STORED)) == len(seen) + 1)
        dialog = VisitDialog(desk, rows(desk, "SELECT id FROM visit ORDER BY created_at")[-1][0])
        dialog_keys = keys_of(dialog.editors[-1].help, helps)
        dialog.deleteLater()
        batch = BatchDialog(desk)
        batch_keys = keys_of(batch.question.help, helps)
        no_letter_twice(list(batch_keys.values()), BATCH_RESERVED)
        batch.deleteLater()
        seen[language] = (form_keys, referred, dialog_keys, batch_keys)
        window.close()
    assert [r[4:] for r in rows(desk, STORED)] == [("aow_pensioen", "doorverwezen", "taalhuis")] * 2
    dutch, english = seen["nl"], seen["en"]
    assert dutch[0] == english[0]  # channels and helps: the same keys
    assert dutch[0]["doorverwezen"] == "Alt+D" and dutch[0]["samen"] == "Alt+S"  # the README's
    assert (dutch[1], english[1]) == ("Alt+D  Doorverwezen", "Alt+D  Referred")
    helps_only = {code: dutch[0][code] for code in helps}
    assert dutch[2] == english[2] == helps_only  # the edit dialog: as on the form
    assert dutch[3] == english[3] == helps_only  # the tally sheet too
