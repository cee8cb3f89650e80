"""Open the window: the Dutch application, the database (with a clear message when it cannot
be opened), the location on first start, then the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from db.errors import CorruptDatabase, EmptyDatabase, ExitCode, UpgradeFailed, UserError
from ido_desk.config import APP_NAME, Paths
from ido_desk.language import LANGUAGES, saved_language
from ui.changes import Change, announce
from ui.lock import acquire_window_lock, tell_already_open
from ui.main_window import MainWindow
from ui.operations import Op
from ui.style import DARK, Theme, theme_for, use_theme

if TYPE_CHECKING:
    from ido_desk.desk import Desk

EXIT_STORAGE = ExitCode.STORAGE  # from the one table of exit codes
EXIT_ALREADY_OPEN = ExitCode.ALREADY_OPEN
START_ANYWAY_MS = 300
LANGUAGE_VARIABLE = "IDO_DESK_LANG"
I18N_DIR = Path(__file__).parent / "i18n"  # ido_desk_en.qm, built from ido_desk_en.ts
LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_installed: list[QTranslator] = []  # kept alive while installed


def chosen_language(
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    system: QLocale | None = None,
    saved: str | None = None,
) -> str:
    """``--lang nl|en``, else ``IDO_DESK_LANG``, else the language chosen in the settings
    (``saved``, ``ido_desk.language``), else the system's language: English when the system
    is English, Dutch otherwise."""
    argv = list(sys.argv[1:] if argv is None else argv)
    environ = os.environ if environ is None else environ
    for n, arg in enumerate(argv):
        if arg.startswith("--lang="):
            wanted = arg.partition("=")[2]
        elif arg == "--lang" and n + 1 < len(argv):
            wanted = argv[n + 1]
        else:
            continue
        if wanted in LANGUAGES:
            return wanted
    if environ.get(LANGUAGE_VARIABLE) in LANGUAGES:
        return environ[LANGUAGE_VARIABLE]
    if saved in LANGUAGES:
        return saved
    system = QLocale.system() if system is None else system
    return "en" if system.language() == QLocale.Language.English else "nl"


def install_language(app: QCoreApplication, language: str | None) -> None:
    """Qt's own texts (context menus, file and print dialogs) and ours in ``language``;
    Dutch is the language of the source, so only Qt's Dutch is loaded for it. None: no
    translation at all (the source texts, Qt's in English)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES[language or "nl"])
    if language is None:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"qtbase_{language}", qt_folder)]
    if language != "nl":
        wanted.append((f"ido_desk_{language}", str(I18N_DIR)))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def apply_look(app: QApplication) -> None:
    """Dutch (unless chosen otherwise), a readable font, calm colours in the system's
    theme (light, dark or high contrast)."""
    if not _installed:
        QLocale.setDefault(LOCALES["nl"])
    app.setApplicationName(APP_NAME)
    # no display name: Qt would add it to every title on X11 and Windows, and the main
    # window's own title already starts with it ("IDO Desk — IDO Desk — Bibliotheek ...")
    font = QFont(app.font())
    font.setPointSize(max(font.pointSize(), 11))
    app.setFont(font)
    use_theme(app, system_theme(app))


def system_theme(app: QApplication) -> Theme:
    """Light, dark or the system's own high-contrast colours, as the system is set (its
    contrast preference, its colour scheme, its palette)."""
    hints = app.styleHints()
    contrast = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    if hints.colorScheme() == Qt.ColorScheme.Dark and not contrast:
        return DARK
    return theme_for(app.palette(), contrast=contrast)


def build_main_window(desk: Desk) -> MainWindow:
    """The main window over an open desk whose day has started (the tests and the benchmarks
    start here), built in one go."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_look(app)
    window = MainWindow(data_dir=desk.paths.data_dir)
    window.attach(desk)
    window.finish_start()
    return window


def start_the_day_in_background(window: MainWindow, desk: Desk) -> Op[None]:
    """The start-of-day chores (daily backup, erasing old notes, the delivery) off the GUI
    thread once the window is ready for input; then the window adds what shows their outcome.
    A damaged database found by the backup is told like one found while working (put a backup
    back in Instellingen > Back-ups)."""
    from ido_desk.startup import start_the_day

    def work(_progress: object) -> None:
        start_the_day(desk)
        # what the notice and the national form's count read (the ORM under them) is loaded
        # here, off the GUI thread, before finish_start shows them
        for module in ("ido_desk.delivery", "ido_desk.reports.national_form.transfer"):
            import_module(module)

    def failed(exc: BaseException) -> None:
        if window.desk is not None:  # not after the window has let go of the database
            from ui.messages import show_error

            show_error(window, exc)

    op: Op[None] = Op(window, desk, work, changes=Change.BACKUPS)  # the backup panel follows
    return op.failure(failed).when_finished(window.finish_start).run()


def ensure_location(desk: Desk, parent: QWidget | None = None) -> bool:
    """Ask for the location on first start; False when the user closed the form."""
    from ido_desk.location import own_location

    if own_location(desk) is not None:
        return True
    from ui.setup_dialog import SetupDialog

    dialog = SetupDialog(desk, first_start=True, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def storage_message(error: UserError | OSError) -> str:
    from ui.messages import user_message

    return QCoreApplication.translate("app", "IDO Desk kan de gegevens niet openen.\n\n{0}").format(
        user_message(error)
    )


def open_desk_or_explain(paths: Paths, parent: QWidget | None = None) -> Desk | None:
    """Open the database; when it cannot be opened (too new, locked, read-only), say so in a
    clear Dutch message instead of a traceback and return None. A damaged or lost database,
    or one whose upgrade failed, offers to put back the newest good backup, then opens that."""
    from ido_desk.startup import open_desk_for_user

    try:
        desk = open_desk_for_user(paths)
        for notice in desk.notices:  # e.g. a -wal deleted after an unclean stop
            QMessageBox.warning(parent, APP_NAME, notice)
        return desk
    except (CorruptDatabase, EmptyDatabase, UpgradeFailed) as exc:
        from ui.corrupt_dialog import offer_restore

        failed = exc.code if isinstance(exc, UpgradeFailed) else None
        if offer_restore(
            paths, parent, empty=isinstance(exc, EmptyDatabase), upgrade_failed=failed
        ):
            return open_desk_or_explain(paths, parent)
        return None
    except (UserError, OSError) as exc:
        QMessageBox.critical(parent, APP_NAME, storage_message(exc))
        return None


def connect_or_explain(desk: Desk, parent: QWidget | None = None) -> bool:
    """Open the database of a desk made by the window's first read (``ido_desk.first_read``),
    unless a save did already; False, once the user was told why, when it cannot be opened."""
    try:
        desk.open_database()
    except (UserError, OSError) as exc:
        QMessageBox.critical(parent, APP_NAME, storage_message(exc))
        return False
    for notice in desk.notices:
        QMessageBox.warning(parent, APP_NAME, notice)
    return True


def run_window(paths: Paths) -> int:
    """The program: one window per data folder. The window's frame is painted first; the
    views are built right after, in the same event loop. In the plain case (a SQLite file at
    this program's schema, its location set) the Registreren tab is built from the first read
    (``ido_desk.first_read``) and the window is ready for input before SQLAlchemy is loaded;
    the database is opened on the next turn of the event loop (a save pressed before opens it
    first), then the start-of-day chores run. Every other case opens the database first, as
    always (upgrade with a backup, refusal, restore, the first start's location)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_language(app, chosen_language(saved=saved_language(paths)))
    apply_look(app)
    lock = acquire_window_lock(paths)
    if lock is None:
        tell_already_open()
        return EXIT_ALREADY_OPEN
    window = MainWindow(data_dir=paths.data_dir)
    opened: list[Desk] = []

    def start() -> None:
        from ui.error_hook import install_error_hook
        from ui.messages import user_message

        install_error_hook(lambda: window, paths.data_dir, file_log=False)
        try:
            open_and_attach()
        except Exception as exc:  # never leave the window waiting on "Even geduld ..."
            QMessageBox.critical(window, APP_NAME, user_message(exc))
            app.exit(EXIT_STORAGE)

    def open_and_attach() -> None:
        from ido_desk.first_read import read_for_window
        from ui.error_hook import attach_file_log
        from ui.list_labels import english

        first = read_for_window(paths, english=english())  # None: not the plain case
        if first is not None:
            opened.append(first.desk)
            window.attach(first.desk, first)  # ready for input; the database opens next
            QTimer.singleShot(0, window, lambda: open_after_first_read(first.desk))
            return
        attach_file_log(paths.data_dir)  # what opening the database logs goes to the file
        desk = open_desk_or_explain(paths, window)
        if desk is None:
            app.exit(EXIT_STORAGE)
            return
        opened.append(desk)
        if not ensure_location(desk, window):
            app.exit(0)
            return
        window.attach(desk)  # ready for input; the chores once what is queued (a key) is done
        after_ready(desk)

    def open_after_first_read(desk: Desk) -> None:
        from ui.error_hook import attach_file_log

        attach_file_log(paths.data_dir)
        if not connect_or_explain(desk, window):
            app.exit(EXIT_STORAGE)
            return
        window.database_open()  # the watch on other programs' writes starts here: today's
        announce(desk, Change.VISITS)  # list is read once more, in case one came in between
        after_ready(desk)

    def after_ready(desk: Desk) -> None:
        QTimer.singleShot(0, window, lambda: start_the_day_in_background(window, desk))
        from ui.name_dialog import ask_name_once  # after "ready": its module is not on the way
        from ui.tab_views import focus_form

        asked = ask_name_once(desk, window)  # a shared database: who works here, for the audit
        if asked is not None:  # log; once answered, the keys (and Ctrl+Enter) go to the form
            asked.finished.connect(lambda _result: focus_form(window.log_panel))

    started: list[bool] = []

    def start_once() -> None:
        if not started:
            started.append(True)
            start()

    # Open the database once the frame is on screen (or soon anyway, if it is not shown).
    window.first_painted.connect(lambda: QTimer.singleShot(0, start_once))
    QTimer.singleShot(START_ANYWAY_MS, start_once)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()  # also when the program ends early (no database, no location)
        window.detach()
        window.deleteLater()
        QThreadPool.globalInstance().waitForDone()  # the chores (a backup) finish first
        for desk in opened:
            desk.close()
        lock.unlock()
        from ui.language_section import restart_wanted, start_again  # (it loads SQLAlchemy)

        if restart_wanted(app):  # Instellingen > Taal: "Nu opnieuw starten"
            start_again()
