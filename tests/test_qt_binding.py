"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every Signal.emit(),
which aborts a Python 3.11 program after a few hundred emits (every chip click emits). The
pin in pyproject.toml keeps it out; this test fails if such a release comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_leaves_reference_counts_alone() -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(300):
        emitter.changed.emit({"n": n})
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 300
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (before, after)
