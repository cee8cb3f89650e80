"""Long work off the GUI thread (reports, imports, exports).

``run_in_background(parent, work, on_done=..., on_error=..., on_progress=...)`` runs
``work(progress)`` on Qt's thread pool; ``progress(done, total, text)`` may be called from the
work and arrives on the GUI thread, and so do the result and any exception. The work must
not touch widgets; services open their own sessions, so nothing is shared across threads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    """A handle on one background job; its signals arrive on the GUI thread."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.running = False

    def start(self, work: Callable[[Progress], Any]) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Job(work, self._signals))

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.running = False
        self.done.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self.running = False
        self.failed.emit(exc)
        self.finished.emit()


def run_in_background(
    parent: QObject,
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int, str], None] | None = None,
) -> BackgroundTask:
    task = BackgroundTask(parent)
    task.done.connect(on_done)
    task.failed.connect(on_error)
    if on_progress is not None:
        task.progress.connect(on_progress)
    task.start(work)
    return task
