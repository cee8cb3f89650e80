"""The window tests do not depend on what ran before them or on the machine's language: each
starts in the program's own language (Dutch) with no translator left by an English test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.list_labels import english

ROOT = Path(__file__).resolve().parent.parent


def test_a_test_starts_in_dutch() -> None:
    assert not english()
    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("ErrorHook", "IDO Desk") == "IDO Desk"


def test_a_window_left_in_english_by_a_test(qapp) -> None:
    """What an English test that forgot its ``finally`` leaves: the next test (above, when
    run after this one) still starts in Dutch."""
    from ui.app import install_language

    install_language(qapp, "en")
    assert english()


def test_after_an_english_test_the_next_starts_in_dutch() -> None:
    test_a_test_starts_in_dutch()


@pytest.mark.slow
def test_the_error_hook_test_passes_on_an_english_system(tmp_path: Path) -> None:
    """On a PC set to English (LANG=en_US) the window's default language was the system's:
    the error-hook test read an English message where it expects the Dutch one."""
    env = {**os.environ, "LANG": "en_US.UTF-8"}  # Qt reads LANG; glibc need not know it
    env.pop("LC_ALL", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--basetemp",
            str(tmp_path / "run"),
            "tests/test_faults.py",
            "-k",
            "error_hook",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:]
