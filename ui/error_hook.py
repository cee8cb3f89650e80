"""The last line of defence: an exception nobody caught is written, with its traceback, to a
log file in the data folder, and the user sees the Dutch message from ``ui.messages`` — never
a traceback. Storage problems (disk full, read-only, locked, damaged) get their own message."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from ido_desk.errors import describe
from ido_desk.privacy.refusal import PrivacyError
from ui.messages import user_message

LOG_FILE = "ido-desk-fouten.log"
log = logging.getLogger("ido_desk.uncaught")

_state: dict[str, QMessageBox | None] = {"box": None}


def log_file(data_dir: Path) -> Path:
    return data_dir / LOG_FILE


def attach_file_log(data_dir: Path) -> None:
    """Warnings and errors of the whole program go to the log file (1 MB, 3 old ones)."""
    from logging.handlers import RotatingFileHandler  # (socket, pickle: not before "ready")

    root = logging.getLogger()
    target = str(log_file(data_dir))
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename == target:
            return
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return  # a read-only folder: the message is still shown
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


def message_for(exc: BaseException, data_dir: Path) -> str:
    text = user_message(exc)
    if describe(exc).is_bug:  # the general message (in either language): where the details are
        details = QCoreApplication.translate("ErrorHook", "De details staan in {0}.")
        text = f"{text}\n\n{details.format(log_file(data_dir))}"
    return text


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent_getter: Callable[[], QWidget | None],
    data_dir: Path,
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    attach_file_log(data_dir)  # (the window attaches it once it is ready; at once if not yet)
    if isinstance(exc, PrivacyError):  # its message quotes personal data: never in a log
        log.error("uncaught PrivacyError (message not logged)")
    else:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
    text = message_for(exc, data_dir)
    if not isinstance(QApplication.instance(), QApplication):
        print(text, file=sys.stderr)
        return
    shown = _state["box"]
    if shown is not None and isValid(shown) and shown.isVisible():
        return  # one message at a time, not a storm of them (a box Qt deleted shows nothing)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ErrorHook", "IDO Desk"),
        text,
        QMessageBox.StandardButton.Ok,
        parent_getter(),
    )
    box.setObjectName("errorHookMessage")
    box.open()  # not exec(): no nested event loop inside an exception handler
    _state["box"] = box


def install_error_hook(
    parent_getter: Callable[[], QWidget | None], data_dir: Path, *, file_log: bool = True
) -> None:
    """Replace ``sys.excepthook``; ``parent_getter`` gives the window to put the message on.
    ``file_log=False``: the log file is attached by ``attach_file_log`` later (the window,
    once it is ready for input), or by the first uncaught exception."""
    if file_log:
        attach_file_log(data_dir)

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        try:
            handle_exception(exc_type, exc, tb, parent_getter, data_dir)
        except Exception:  # the hook itself must never fail in front of the user
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook
