"""CLI start: the CPU time of a few ``ido-desk`` commands against a bare
``python -c "import sqlite3, sqlalchemy"``, in the same run.

Each run is a fresh process of the real console script (``.venv/bin/ido-desk``) on a data
folder with a location and a few visits; its CPU time (user + system) is read with
``resource.getrusage(RUSAGE_CHILDREN)`` before and after, so the load of other processes on the
machine counts less than in wall time (which is printed too). One run of each kind is a
warm-up (disk cache, the first start of the day) and is not counted; the counted runs go round
the kinds in turn. Figures are medians.

The program's own packages are byte-compiled first, as an installed program has them (the
baselines' SQLAlchemy and PySide6 are, in site-packages); ``--from-source`` removes that
byte-code instead, so that under PYTHONDONTWRITEBYTECODE=1 every start compiles them.

Goals (issue 8, item 9): ``ido-desk log`` <= 1.3x the bare CPU, ``ido-desk --help`` <= 1.0x.

    python -m bench.cli_start [--runs N] [--from-source]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import byte_compile_program, median

GOALS = {"ido-desk --help": 1.0, "ido-desk log": 1.3}


def entry_point() -> list[str]:
    script = Path(sys.executable).with_name("ido-desk")
    found = str(script) if script.exists() else shutil.which("ido-desk")
    return [found] if found else [sys.executable, "-m", "ido_desk.cli.main"]


def kinds() -> dict[str, list[str]]:
    ido_desk = entry_point()
    return {
        "bare python -c 'import sqlite3, sqlalchemy'": [
            sys.executable,
            "-c",
            "import sqlite3, sqlalchemy",
        ],
        "ido-desk --help": [*ido_desk, "--help"],
        "ido-desk log": [*ido_desk, "log", "--topic", "digid_activeren", "--duration", "5"],
        "ido-desk visits": [*ido_desk, "visits"],
        "ido-desk lists": [*ido_desk, "lists"],
    }


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cli_start")
    parser.add_argument("--runs", type=int, default=9, help="counted runs of each kind")
    parser.add_argument("--from-source", action="store_true", help="no byte-code made first")
    args = parser.parse_args(argv)
    byte_compile_program(from_source=args.from_source)
    with tempfile.TemporaryDirectory(prefix="ido-desk-cli-start-") as folder:
        env = {**os.environ, "IDO_DESK_DATA_DIR": folder}
        env.pop("IDO_DESK_DATABASE_URL", None)
        env.pop("IDO_DESK_PIN", None)
        ido_desk = entry_point()
        subprocess.run(
            [*ido_desk, "setup", "--location-name", "Bench", "--municipality", "Rijswijk",
             "--cbs-code", "GM0603"],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        commands = kinds()
        for command in commands.values():
            one_run(command, env)  # warm-up
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        wall: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                c, w = one_run(command, env)
                cpu[name].append(c)
                wall[name].append(w)
    bare = median(next(iter(cpu.values())))
    compiled = "from source" if args.from_source else "byte-compiled, as installed"
    print(f"{args.runs} runs each, medians; CPU = user + system of the process; {compiled}")
    print(f"{'':<48} {'CPU':>9} {'wall':>9} {'CPU ratio':>10}  goal")
    for name in commands:
        ratio = median(cpu[name]) / bare
        goal = GOALS.get(name)
        verdict = "" if goal is None else f"<= {goal:.1f}x " + ("ok" if ratio <= goal else "MISSED")
        print(
            f"{name:<48} {median(cpu[name]) * 1000:>6.0f} ms {median(wall[name]) * 1000:>6.0f} ms"
            f" {ratio:>9.2f}x  {verdict}"
        )


if __name__ == "__main__":
    main()
