"""The coordinator's inbox: a folder where branches' export files arrive (a USB stick, a
network share). New files are announced once their copy has finished.

The folder is watched for change notifications and also polled, since many network shares
send none; ``*.zip`` is matched in any case (Windows writes "EXPORT.ZIP")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ido_desk.exchange.format import FILE_SUFFIX

SETTLE_MS = 800  # a file must look the same twice this far apart: its copy has finished
POLL_MS = 5000  # many network shares send no change notifications: look anyway


def inbox_files(folder: Path) -> list[Path]:
    """The export files in a folder: names ending in .zip in any case."""
    try:
        found = [p for p in folder.iterdir() if p.suffix.lower() == FILE_SUFFIX]
    except OSError:  # a network share that went away: looked at again at the next poll
        return []
    return sorted(p for p in found if p.is_file())


class InboxWatcher(QObject):
    """``arrived`` carries the files that appeared (or changed) since the last look."""

    arrived = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._seen: set[tuple[str, int, int]] = set()
        self._pending: dict[Path, tuple[str, int, int]] = {}
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.scan)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _folder: self._settle.start())
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.scan)

    def watch(self, folder: Path) -> None:
        self.stop()
        self.folder = folder
        self.watcher.addPath(str(folder))  # may fail on a network share: the poll still runs
        self.poll.start()
        self.scan()

    def stop(self) -> None:
        for watched in self.watcher.directories():
            self.watcher.removePath(watched)
        self.poll.stop()
        self.folder = None

    def scan(self) -> None:
        """Announce the exports not seen before (by name, size, time).

        A file is taken once it looks the same on two looks a settle interval apart, so that
        one still being copied in is not read half-way; while any file is still changing, the
        inbox is looked at again."""
        if self.folder is None:
            return
        arrived = []
        for path in inbox_files(self.folder):
            try:
                stat = path.stat()
            except OSError:
                continue
            mark = (path.name, stat.st_size, stat.st_mtime_ns)
            if mark in self._seen:
                continue
            if self._pending.get(path) == mark:
                del self._pending[path]
                self._seen.add(mark)
                arrived.append(path)
            else:
                self._pending[path] = mark
        if self._pending:
            self._settle.start()
        if arrived:
            self.arrived.emit(arrived)
