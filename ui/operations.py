"""One way to run a user action off the GUI thread, in the manner of Anki's ``CollectionOp``.

    Op(self, desk, lambda progress: import_file(desk, path, progress), changes=Change.IMPORTS)
        .success(self._show).progress(self._progress).run()

The work runs on Qt's thread pool and must not touch widgets; services open their own sessions,
so nothing is shared across threads. ``progress(done, total, text)`` may be called from the
work; it, the result and any exception arrive on the GUI thread. After success the change is
announced on the database's one "data changed" signal (``ui.changes``), then ``success`` runs.
A failure goes to ``failure`` if given, else to the one handler that shows it in Dutch
(``ui.messages.show_error``). ``finished`` runs after either."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.changes import Change, announce

if TYPE_CHECKING:
    from ido_desk.desk import Desk

T = TypeVar("T")
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


class Op(QObject, Generic[T]):
    """One operation; build it, chain the callbacks, then ``run()``. ``changes`` is a Change or,
    when it depends on the outcome, a function of the result."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        desk: Desk | None,  # None: no database is open (the damaged-database dialog)
        work: Callable[[Progress], T],
        *,
        changes: Change | Callable[[T], Change] = Change.NONE,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.work = work
        self.changes = changes
        self.running = False
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._failure = callback
        return self

    def progress(self, callback: Progress) -> Op[T]:
        self._signals.progress.connect(callback)
        return self

    def when_finished(self, callback: Callable[[], None]) -> Op[T]:
        self.finished.connect(callback)
        return self

    def run(self) -> Op[T]:
        self.running = True
        QThreadPool.globalInstance().start(_Job(self.work, self._signals))
        return self

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.running = False
        change = self.changes(result) if callable(self.changes) else self.changes
        if self.desk is not None:
            announce(self.desk, change)
        if self._success is not None:
            self._success(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, exc: Any) -> None:
        self.running = False
        if self._failure is not None:
            self._failure(exc)
        else:
            from ui.messages import show_error

            parent = self.parent()
            show_error(parent if isinstance(parent, QWidget) else None, exc)
        self.finished.emit()
