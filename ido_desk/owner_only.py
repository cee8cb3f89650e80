"""Keep a secret file (the exchange key) and its folder to the account that made them.

POSIX: mode 0700 for the folder, 0600 for the file. Windows ignores those modes (chmod only
sets the read-only flag), so there the folder and the file get their own access list through
the Windows API (ctypes, no extra package): full control for the current account and SYSTEM
(backup software), nobody else, nothing inherited from the folder above.

In the machine-wide data folder (config.Paths.machine_wide) every account of the PC must be able
to sign an export, so there every user of the PC (BUILTIN\\Users) may also read the key; the
settings and docs/windows.md warn about that folder."""

from __future__ import annotations

import logging
import os
from pathlib import Path

IS_WINDOWS = os.name == "nt"
log = logging.getLogger(__name__)

_DACL = 0x00000004  # DACL_SECURITY_INFORMATION
_PROTECTED = 0x80000000  # PROTECTED_DACL_SECURITY_INFORMATION: no inherited entries
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1


def restrict_to_owner(path: Path, *, folder: bool, shared: bool = False) -> None:
    """Limit ``path`` to the current account (see the module text). On Windows a failure is
    logged, not raised: the key still has the protection of the folder it is in."""
    if not IS_WINDOWS:
        os.chmod(path, (0o750 if folder else 0o640) if shared else (0o700 if folder else 0o600))
        return
    try:
        _apply_sddl(path, sddl(_current_user_sid(), folder=folder, shared=shared))
    except OSError as exc:
        log.warning("could not restrict %s to the current account: %s", path, exc)


def sddl(user_sid: str, *, folder: bool, shared: bool) -> str:
    """The access list in SDDL: protected (P), full access (FA) for the account and SYSTEM;
    with ``shared`` read access (FR) for BUILTIN\\Users. A folder passes its entries on to
    the files and folders made in it (OICI)."""
    inherit = "OICI" if folder else ""
    aces = [f"(A;{inherit};FA;;;{user_sid})", f"(A;{inherit};FA;;;SY)"]
    if shared:
        aces.append(f"(A;{inherit};FR;;;BU)")
    return "D:P" + "".join(aces)


def _current_user_sid() -> str:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), _TOKEN_QUERY, ctypes.byref(token)
    ):
        raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    try:
        needed = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(needed.value)
        if not advapi32.GetTokenInformation(
            token, _TOKEN_USER, buffer, needed, ctypes.byref(needed)
        ):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER.User.Sid comes first
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def _apply_sddl(path: Path, descriptor: str) -> None:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    security = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        wintypes.LPCWSTR(descriptor), 1, ctypes.byref(security), None
    ):
        raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    try:
        if not advapi32.SetFileSecurityW(
            wintypes.LPCWSTR(str(path)), _DACL | _PROTECTED, security
        ):
            raise ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]
    finally:
        kernel32.LocalFree(security)
