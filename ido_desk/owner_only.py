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
from typing import Any

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


def _api() -> tuple[Any, Any]:  # pragma: no cover - Windows only
    """advapi32 and kernel32 with their argument types declared (a handle or pointer passed as
    a bare int overflows on 64-bit Windows)."""
    import ctypes
    from ctypes import POINTER, c_int, c_void_p, wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle, dword = wintypes.HANDLE, wintypes.DWORD
    kernel32.GetCurrentProcess.argtypes, kernel32.GetCurrentProcess.restype = [], handle
    kernel32.CloseHandle.argtypes = [handle]
    kernel32.LocalFree.argtypes, kernel32.LocalFree.restype = [c_void_p], c_void_p
    advapi32.OpenProcessToken.argtypes = [handle, dword, POINTER(handle)]
    advapi32.GetTokenInformation.argtypes = [handle, c_int, c_void_p, dword, POINTER(dword)]
    advapi32.ConvertSidToStringSidW.argtypes = [c_void_p, POINTER(wintypes.LPWSTR)]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR,
        dword,
        POINTER(c_void_p),
        POINTER(wintypes.ULONG),
    ]
    advapi32.SetFileSecurityW.argtypes = [wintypes.LPCWSTR, dword, c_void_p]
    for function in (
        advapi32.OpenProcessToken,
        advapi32.GetTokenInformation,
        advapi32.ConvertSidToStringSidW,
        advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW,
        advapi32.SetFileSecurityW,
    ):
        function.restype = wintypes.BOOL
    return advapi32, kernel32


def _failed() -> OSError:  # pragma: no cover - Windows only
    import ctypes

    return ctypes.WinError(ctypes.get_last_error())  # type: ignore[attr-defined]


def _current_user_sid() -> str:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = _api()
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), _TOKEN_QUERY, token):
        raise _failed()
    try:
        needed = wintypes.DWORD()
        advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(needed.value)
        if not advapi32.GetTokenInformation(
            token, _TOKEN_USER, buffer, needed, ctypes.byref(needed)
        ):
            raise _failed()
        sid = ctypes.c_void_p.from_buffer(buffer).value  # TOKEN_USER.User.Sid comes first
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            raise _failed()
        try:
            return str(text.value)
        finally:
            kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
    finally:
        kernel32.CloseHandle(token)


def _apply_sddl(path: Path, descriptor: str) -> None:  # pragma: no cover - Windows only
    import ctypes

    advapi32, kernel32 = _api()
    security = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        descriptor, 1, ctypes.byref(security), None
    ):
        raise _failed()
    try:
        if not advapi32.SetFileSecurityW(str(path), _DACL | _PROTECTED, security):
            raise _failed()
    finally:
        kernel32.LocalFree(security)
