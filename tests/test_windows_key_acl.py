"""The exchange key is kept to the current account (issue 14 item 5): modes on POSIX, an access
list through the Windows API on Windows (simulated here: the list asked for is checked; only a
Windows machine can confirm that Windows applies it)."""

from __future__ import annotations

import stat
import sys
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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
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


def access_list(path: Path) -> str:
    """The file's DACL as Windows stores it, in SDDL (read back through the Windows API)."""
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    advapi32.GetFileSecurityW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW.argtypes = [
        ctypes.c_void_p,
        wintypes.DWORD,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.LPWSTR),
        ctypes.c_void_p,
    ]
    needed = wintypes.DWORD()
    advapi32.GetFileSecurityW(str(path), 4, None, 0, ctypes.byref(needed))
    buffer = ctypes.create_string_buffer(needed.value)
    assert advapi32.GetFileSecurityW(str(path), 4, buffer, needed, ctypes.byref(needed))
    text = wintypes.LPWSTR()
    assert advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
        buffer, 1, 4, ctypes.byref(text), None
    )
    return str(text.value)


def under_wine() -> bool:
    import ctypes

    return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")  # type: ignore[attr-defined]


@pytest.mark.skipif(sys.platform != "win32", reason="needs Windows (the CI workflow, or Wine)")
def test_on_windows_itself_only_the_account_and_system_are_in_the_list(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data", environ={})
    own_fingerprint(paths)
    sid = owner_only._current_user_sid()
    assert sid.startswith("S-1-5-")
    for path, inherit in ((key_path(paths).parent, "OICI"), (key_path(paths), "")):
        stored = access_list(path)
        if not under_wine():  # Wine keeps the entries but not the "protected" flag
            assert stored.startswith("D:P"), stored  # protected: nothing inherited
        assert f"(A;{inherit};FA;;;{sid})" in stored, stored
        assert stored.count("(A;") == 2, stored  # the account and SYSTEM only


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
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
