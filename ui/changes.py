"""What changed in the data, told on one signal per open database.

An operation (``ui.operations.Op``) or a quick save on the front desk says what it changed with
``announce(desk, Change.VISITS)``; views ``follow(...)`` the kinds they show and refresh
themselves: at once when they are on screen, the next time they are shown otherwise (a hidden
tab only notes that it is stale). Changes made by other processes (the CLI, a second desk on
the same file, another coordinator's window on the same PostgreSQL database) are noticed by
``ChangeWatch`` and told on the same signal."""

from __future__ import annotations

import enum
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

if TYPE_CHECKING:
    from ido_desk.desk import Desk

WATCH_INTERVAL_MS = 2000  # how often the database is asked whether someone else wrote to it


class Change(enum.Flag):
    NONE = 0
    VISITS = enum.auto()
    LISTS = enum.auto()
    SETTINGS = enum.auto()
    LOCATION = enum.auto()
    IMPORTS = enum.auto()
    BACKUPS = enum.auto()  # a backup was made (the start-of-day one, off the GUI thread)
    EVERYTHING = VISITS | LISTS | SETTINGS | LOCATION | IMPORTS | BACKUPS


# What another process may have changed: its visits, imports and location. Lists changed
# elsewhere reach this window at its next start (rebuilding the form under a half-filled
# visit would lose what was typed).
ELSEWHERE = Change.VISITS | Change.IMPORTS | Change.LOCATION


class Changes(QObject):
    """The one "data changed" signal of an open database."""

    changed = Signal(object)  # a Change

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self._desk = weakref.ref(desk)
        self.watch: ChangeWatch | None = None

    def announce(self, change: Change) -> None:
        if not change:
            return
        desk = self._desk()
        if desk is not None and change & Change.LISTS:
            desk.lists_changed()  # the cached lists are read again
        if self.watch is not None:
            self.watch.absorb()  # our own write is no news from elsewhere
        self.changed.emit(change)


_hubs: weakref.WeakKeyDictionary[Desk, Changes] = weakref.WeakKeyDictionary()


def changes_of(desk: Desk) -> Changes:
    hub = _hubs.get(desk)
    if hub is None:
        hub = _hubs[desk] = Changes(desk)
    return hub


def announce(desk: Desk, change: Change) -> None:
    changes_of(desk).announce(change)


class Follower(QObject):
    """Refreshes a view after the kinds of change it shows, lazily (see the module text)."""

    def __init__(
        self,
        view: QObject,
        desk: Desk,
        kinds: Change,
        refresh: Callable[[], None],
        *,
        at_once: bool = True,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.kinds = kinds
        self.refresh = refresh
        self.at_once = at_once
        self.stale = False
        changes_of(desk).changed.connect(self._changed)
        view.installEventFilter(self)

    def on_screen(self) -> bool:
        """Shown, or would be once its window is (a hidden tab's view is not)."""
        from PySide6.QtWidgets import QWidget

        view = self.view
        return isinstance(view, QWidget) and view.isVisibleTo(view.window())

    def _changed(self, change: Change) -> None:
        if change & self.kinds:
            self.stale = True
            if self.at_once:
                self._flush()  # what was just saved shows before the next key

    def _flush(self) -> None:
        if self.stale and self.on_screen():
            self.stale = False
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self._flush()
        return False


def follow(
    view: QObject,
    desk: Desk,
    kinds: Change,
    refresh: Callable[[], None],
    *,
    at_once: bool = True,
) -> Follower:
    """Call ``refresh`` after changes of ``kinds`` while (or when next) ``view`` shows;
    with ``at_once=False`` only when it is next shown (a view rebuilt from scratch would
    lose what the user is doing in it)."""
    return Follower(view, desk, kinds, refresh, at_once=at_once)


class ChangeWatch(QObject):
    """Asks the database every few seconds whether another process wrote to it; if so, the
    change is told as ``ELSEWHERE``. The question reads no table: one cheap pragma on SQLite,
    the notices the server has sent on PostgreSQL (``db.data_version``)."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from ido_desk.watch import watch_data

        self.hub = changes_of(desk)
        self.data = watch_data(desk)
        self.hub.watch = self
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        if self.data.available:
            self.timer.start()

    def absorb(self) -> None:
        self.data.absorb()

    def check(self) -> bool:
        try:
            changed = self.data.changed()
        except Exception:  # a locked or vanished file: ask again at the next tick
            return False
        if changed:
            self.hub.changed.emit(ELSEWHERE)
        return changed

    def stop(self) -> None:
        self.timer.stop()
        self.data.close()
        if self.hub.watch is self:
            self.hub.watch = None
