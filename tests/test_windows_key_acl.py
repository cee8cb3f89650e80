"""The exchange key is kept to the current account (issue 14 item 5): modes on POSIX, an access
list through the Windows API on Windows (simulated here: the list asked for is checked; only a
Windows machine can confirm that Windows applies it)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

import ido_desk.config as config
import ido_desk.owner_only as owner_only
from ido_desk.config import resolve_paths
from ido_desk.exchange.keys import key_path, own_fingerprint
from ido_desk.owner_only import sddl

SID = "S-1-5-21-1004336348-1177238915-682003330-1001"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_on_posix_the_key_is_the_account_s_alone(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", environ={})
    first = own_fingerprint(paths)
    assert mode(key_path(paths).parent) == 0o700
    assert mode(key_path(paths)) == 0o600
    assert own_fingerprint(paths) == first  # the second start reads the same key


def test_on_windows_the_folder_and_the_file_get_a_protected_access_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied: list[tuple[str, str]] = []
    monkeypatch.setattr(owner_only, "IS_WINDOWS", True)
    monkeypatch.setattr(owner_only, "_current_user_sid", lambda: SID)
    monkeypatch.setattr(owner_only, "_apply_sddl", lambda p, d: applied.append((Path(p).name, d)))
    paths = resolve_paths(tmp_path / "data", environ={})
    own_fingerprint(paths)
    assert applied == [
        ("keys", f"D:P(A;OICI;FA;;;{SID})(A;OICI;FA;;;SY)"),
        ("ed25519.pem", f"D:P(A;;FA;;;{SID})(A;;FA;;;SY)"),
    ]
    own_fingerprint(paths)
    assert len(applied) == 2  # an existing key is read, not redone


def test_a_failing_windows_api_is_logged_and_the_key_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: Path, descriptor: str) -> None:
        raise OSError(5, "Access is denied")

    monkeypatch.setattr(owner_only, "IS_WINDOWS", True)
    monkeypatch.setattr(owner_only, "_current_user_sid", lambda: SID)
    monkeypatch.setattr(owner_only, "_apply_sddl", refuse)
    assert own_fingerprint(resolve_paths(tmp_path / "data", environ={}))
    assert "could not restrict" in caplog.text


def test_in_the_machine_wide_folder_every_user_of_the_pc_may_read_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "ProgramData" / "IDO Desk"
    monkeypatch.setattr(config, "machine_data_dir", lambda: shared)
    paths = resolve_paths(shared, environ={})
    assert paths.machine_wide
    own_fingerprint(paths)
    assert mode(key_path(paths).parent) == 0o750 and mode(key_path(paths)) == 0o640
    assert sddl(SID, folder=False, shared=True).endswith("(A;;FR;;;BU)")
