"""``make package-check``: start the frozen program and walk the journeys a library does.

Sets up a location, logs a visit, makes a PDF report and an export with the frozen console
program ``ido-desk``, checks that ReportLab's _rl_accel and psycopg are in it (when they are
installed where it was frozen), then opens the frozen windowed program ``IDO Desk`` offscreen
for a few seconds and closes it. Runs on Linux and on Windows (the CI workflow runs it there),
against a fresh data folder in a temporary directory; prints what it did and the folder's size.

    python packaging/package_check.py [dist/ido-desk]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
WINDOW_SECONDS = 4.0


def run(program: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(program), *args], capture_output=True, text=True, env=env, timeout=180
    )
    if done.returncode != 0:
        sys.exit(f"package-check: '{' '.join(args)}' exit {done.returncode}: {done.stderr.strip()}")
    print(f"  ok  ido-desk {' '.join(args)}")
    return done.stdout


def open_window(program: Path, env: dict[str, str], data_dir: Path) -> None:
    """The windowed program stays up (offscreen) without an error, then is closed."""
    started = time.monotonic()
    window = subprocess.Popen(
        [str(program)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    def locked() -> bool:  # the one-window lock beside the database file (ido-desk.sqlite.lock)
        return any(data_dir.glob("*.lock"))

    try:
        while time.monotonic() - started < 60 and not locked():
            if window.poll() is not None:
                break
            time.sleep(0.1)
        if not locked():
            sys.exit("package-check: the window did not take its lock within 60 s")
        time.sleep(WINDOW_SECONDS)
        if window.poll() is not None:
            _, err = window.communicate()
            sys.exit(f"package-check: the window stopped (exit {window.returncode}): {err!r}")
    finally:
        if window.poll() is None:
            window.terminate()
        window.communicate(timeout=30)
    errors = data_dir / "ido-desk-fouten.log"
    if errors.exists() and errors.read_text(encoding="utf-8", errors="replace").strip():
        sys.exit(f"package-check: the window logged errors:\n{errors.read_text()}")
    print(f"  ok  IDO Desk: the window was open {WINDOW_SECONDS:.0f} s, no errors logged")


def installed(name: str) -> bool:
    """Whether the environment the program was frozen from has ``name`` (this one)."""
    from importlib.util import find_spec

    return find_spec(name) is not None


def check_frozen_modules(program: Path, dist: Path, env: dict[str, str]) -> None:
    """What the program imports by name at run time is in the frozen folder: ReportLab's
    _rl_accel (its C speed-ups; without them the PDFs are made in pure Python, slower) and
    psycopg with its libpq (without it a shared PostgreSQL database cannot be opened: the
    program says psycopg is missing). psycopg is checked by using it: a server that is not
    there must be told as unreachable, which only the driver can find out."""
    if installed("_rl_accel"):
        found = [p for p in dist.rglob("_rl_accel*") if p.suffix in (".so", ".pyd")]
        if not found:
            sys.exit("package-check: reportlab's _rl_accel is not in the frozen folder")
        print(f"  ok  _rl_accel: {found[0].relative_to(dist)}")
    if installed("psycopg"):
        done = subprocess.run(
            [str(program), "--database-url", "postgresql+psycopg://ido@127.0.0.1:1/ido", "visits"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        if "niet bereikbaar" not in done.stderr:
            sys.exit(f"package-check: psycopg does not work in the frozen program: {done.stderr}")
        print("  ok  psycopg: an absent server is told as unreachable")


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the Linux build links some Qt libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/ido-desk").resolve()
    console = dist / f"ido-desk{EXE}"
    windowed = dist / f"IDO Desk{EXE}"
    for program in (console, windowed):
        if not program.is_file():
            sys.exit(f"package-check: {program} does not exist; run 'make package' first")
    print(f"package-check: {dist}")
    with tempfile.TemporaryDirectory(prefix="ido-desk-check-") as scratch:
        root = Path(scratch)
        data_dir = root / "data"
        env = {k: v for k, v in os.environ.items() if not k.startswith("IDO_DESK_")}
        env.update(IDO_DESK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
        month = date.today().strftime("%Y-%m")
        run(console, env, "--version")
        run(
            console,
            env,
            "setup",
            "--location-name",
            "Huis van de Stad",
            "--organisation",
            "Bibliotheek Rijswijk",
            "--municipality",
            "Rijswijk",
            "--cbs-code",
            "GM0603",
        )
        run(console, env, "log", "--topic", "digid", "--channel", "balie", "--duration", "10")
        if "digid" not in run(console, env, "visits").lower():
            sys.exit("package-check: the visit just logged is not listed")
        report = root / "rapport.pdf"
        run(console, env, "report", "--period", month, "--out", str(report))
        if not report.read_bytes().startswith(b"%PDF"):
            sys.exit("package-check: the report is not a PDF")
        out = root / "export"
        out.mkdir()
        run(console, env, "export", "--period", month, "--out", str(out) + os.sep)
        exports = list(out.glob("*.zip"))
        if len(exports) != 1 or not zipfile.is_zipfile(exports[0]):
            sys.exit(f"package-check: expected one export file, found {exports}")
        check_frozen_modules(console, dist, env)
        open_window(windowed, env, data_dir)
    size = folder_size(dist)
    print(f"package-check: passed; the frozen folder holds {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
