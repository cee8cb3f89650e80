"""Run pytest in a Windows CPython under Wine (``make windows-cli-check``).

Python 3.13 asks WMI for the Windows version (platform.win32_ver), which calls a function
Wine 8 lacks (propsys.VariantToString) and aborts the process; without WMI, platform falls
back to sys.getwindowsversion()."""

import platform
import sys

platform._wmi = None  # type: ignore[attr-defined]

import pytest  # noqa: E402

if __name__ == "__main__":
    sys.exit(pytest.main(sys.argv[1:]))
