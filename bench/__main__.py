"""``python -m bench [NAME ...]``: run every benchmark in this package, or the ones named.

A benchmark is a module here with a top-level ``main()`` (found by reading the source, so
nothing is imported to list them). Each runs in its own ``python -m bench.NAME`` process, so
that one benchmark's memory, Qt application or argv cannot disturb the next. They print their
figures; nothing here asserts. The exit code is 1 when a benchmark crashed."""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
import time
from pathlib import Path

import bench

NOT_BENCHMARKS = {"__main__", "common"}


def benchmarks() -> list[str]:
    found = []
    for module in pkgutil.iter_modules(bench.__path__):
        if module.name in NOT_BENCHMARKS or module.name.startswith("_") or module.ispkg:
            continue
        source = Path(bench.__path__[0], f"{module.name}.py").read_text(encoding="utf-8")
        tree = ast.parse(source)
        if any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body):
            found.append(module.name)
    return sorted(found)


def run(name: str) -> int:
    print(f"\n=== bench.{name} ===", flush=True)
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    code = subprocess.run([sys.executable, "-m", f"bench.{name}"], env=env, check=False).returncode
    status = "klaar" if code == 0 else f"MISLUKT (exit {code})"
    print(f"--- bench.{name}: {status} in {time.perf_counter() - began:.0f} s", flush=True)
    return code


def main(argv: list[str] | None = None) -> int:
    names = sys.argv[1:] if argv is None else argv
    available = benchmarks()
    unknown = [n for n in names if n not in available]
    if unknown:
        print(
            f"Onbekende benchmark: {', '.join(unknown)}. Kies uit: {', '.join(available)}.",
            file=sys.stderr,
        )
        return 2
    failed = [name for name in (names or available) if run(name) != 0]
    if failed:
        print(f"\nMislukt: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
