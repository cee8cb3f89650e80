"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every Signal.emit(),
which aborts a Python 3.11 program after a few hundred emits (every chip click emits). The
pin in pyproject.toml keeps it out; this test fails if such a release comes back.

It runs in a fresh interpreter: there a broken binding aborts only the child, and nothing
else in the test run moves the reference counts."""

from __future__ import annotations

import subprocess
import sys

EMITS = 5000

CHILD = f"""
import sys
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(object)

emitter = Emitter()
received = []
emitter.changed.connect(received.append)
before = sys.getrefcount(True)
for n in range({EMITS}):
    emitter.changed.emit({{"n": n}})
print(len(received), before - sys.getrefcount(True))
"""


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=False
    )
    assert child.returncode == 0, child.stderr[-500:]
    received, lost = (int(word) for word in child.stdout.split())
    assert received == EMITS
    assert lost < 100, f"{lost} references to True lost over {EMITS} emits"
