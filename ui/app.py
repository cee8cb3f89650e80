"""Open the window: the Dutch application, the database (with a clear message when it cannot
be opened), the location on first start, then the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from db.errors import StorageError
from ido_desk.config import APP_NAME, Paths
from ido_desk.desk import Desk, open_desk
from ido_desk.location import own_location
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog

EXIT_STORAGE = 4

APP_STYLE = """
QWidget { color: #1f2933; }
QMainWindow, QDialog { background: #f7f9fb; }
QTabBar::tab { padding: 8px 22px; font-weight: 600; }
QLabel#fieldLabel { color: #52606d; font-weight: 600; }
QLabel#hint { color: #7b8794; }
QLabel#questionTitle { font-weight: 700; font-size: 12pt; color: #1d5fa8; }
QLabel#timer { font-family: monospace; font-size: 15pt; font-weight: 600; color: #1d5fa8;
               min-width: 70px; }
QLabel#timer:disabled { color: #9aa5b1; }
QLabel#counts { font-weight: 700; font-size: 12pt; }
QLabel#status { color: #2f7d32; font-weight: 600; padding-left: 16px; }
QLabel#summary { font-weight: 600; font-size: 12pt; }
QPushButton { min-height: 34px; padding: 2px 14px; }
QPushButton#primary { background: #1d5fa8; color: white; border: none; border-radius: 6px;
                      font-weight: 700; }
QPushButton#primary:hover { background: #174c87; }
QPushButton#primary:focus { border: 2px solid #0b2e55; }
QPushButton#danger { color: #b42318; }
QLineEdit, QComboBox, QDateTimeEdit, QDateEdit, QSpinBox { min-height: 32px; padding: 0 6px; }
QTableView { background: white; alternate-background-color: #f3f6f9;
             selection-background-color: #d4e4f7; selection-color: #1f2933; }
QHeaderView::section { background: #e9eef3; padding: 6px; border: none; font-weight: 600; }
QFrame#questionEditor { border-top: 1px solid #e1e7ed; }
"""


def apply_look(app: QApplication) -> None:
    """Dutch, a readable font, calm colours."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    app.setStyleSheet(APP_STYLE)


def build_main_window(desk: Desk, extra_tabs: Sequence[tuple[str, QWidget]] = ()) -> MainWindow:
    """The main window over an open desk (the tests and the benchmarks start here)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_look(app)
    return MainWindow(desk, extra_tabs)


def ensure_location(desk: Desk, parent: QWidget | None = None) -> bool:
    """Ask for the location on first start; False when the user closed the form."""
    if own_location(desk) is not None:
        return True
    dialog = SetupDialog(desk, first_start=True, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def storage_message(error: StorageError) -> str:
    return QCoreApplication.translate("app", "IDO Desk kan de database niet openen.\n\n{0}").format(
        error.message
    )


def open_desk_or_explain(paths: Paths) -> Desk | None:
    """Open the database; when it cannot be opened (too new, locked, damaged, read-only),
    say so in a clear Dutch message instead of a traceback and return None."""
    try:
        return open_desk(paths)
    except StorageError as exc:
        QMessageBox.critical(None, APP_NAME, storage_message(exc))
        return None


def run_window(paths: Paths) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_look(app)
    desk = open_desk_or_explain(paths)
    if desk is None:
        return EXIT_STORAGE
    try:
        if not ensure_location(desk):
            return 0
        window = build_main_window(desk)
        window.show()
        return app.exec()
    finally:
        desk.close()
