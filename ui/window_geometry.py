"""Where the main window opens: inside the screen it opens on, at the size and maximised
state it had when it last closed, clamped to the screen as it is now (a laptop moved from a
large monitor to its own 1366x768 screen, or large text switched on).

First start: 1440x900 at most, centred; a screen too small for 1280x800 (the common library
PC at 1366x768, or any screen with large text) opens the window maximised. The last size is
kept in ``window.ini`` in the data folder (per PC and user, like the database)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1440, 900)
COMFORTABLE = QSize(1280, 800)  # below this on the screen, open maximised
FRAME_ALLOWANCE = 40  # the title bar and borders the window system adds around the window
SIZE_KEY, MAXIMISED_KEY = "window/size", "window/maximised"


@dataclass(frozen=True)
class Placement:
    geometry: QRect
    maximised: bool


def place(available: QRect, size: QSize | None, maximised: bool) -> Placement:
    """The window's geometry on a screen with ``available`` room (without the task bar)."""
    room = QSize(available.width(), max(available.height() - FRAME_ALLOWANCE, 200))
    small = available.width() < COMFORTABLE.width() or available.height() < COMFORTABLE.height()
    if size is None:
        size, maximised = FIRST_SIZE, small
    if maximised:  # the whole room, also when no window manager maximises it
        return Placement(QRect(available), True)
    fitted = size.boundedTo(room)
    geometry = QRect(0, 0, fitted.width(), fitted.height())
    geometry.moveCenter(available.center())
    geometry.moveTop(max(available.top(), geometry.top()))
    return Placement(geometry, False)


def _settings(file: Path) -> QSettings:
    return QSettings(str(file), QSettings.Format.IniFormat)


def restore(window: QWidget, file: Path | None) -> None:
    """Size and place the window before it is first shown."""
    size: QSize | None = None
    maximised = False
    if file is not None and file.exists():
        stored = _settings(file)
        value = stored.value(SIZE_KEY)
        if isinstance(value, QSize) and value.isValid():
            size = value
        maximised = str(stored.value(MAXIMISED_KEY, "false")).lower() == "true"
    screen = window.screen() or QGuiApplication.primaryScreen()
    placement = place(screen.availableGeometry(), size, maximised)
    window.setGeometry(placement.geometry)
    if placement.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, file: Path | None) -> None:
    """Keep the window's normal size and whether it is maximised, for the next start."""
    if file is None:
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # not worth a message: the next start opens at the default size
    stored = _settings(file)
    normal = window.normalGeometry() if window.isMaximized() else window.geometry()
    if normal.isValid():
        stored.setValue(SIZE_KEY, normal.size())
    stored.setValue(MAXIMISED_KEY, window.isMaximized())
    stored.sync()
