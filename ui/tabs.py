"""The tabs of the main window, in order, with their titles (``ui.tab_views`` says what
stands behind each)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REGISTER, OVERVIEW, REPORTS, NATIONAL_FORM, EXCHANGE, REGION, SETTINGS = range(7)
# marked for pyside6-lupdate (context MainWindow, where they are shown through tr())
TAB_TITLES: tuple[str, ...] = tuple(
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("MainWindow", "Registreren"),
        QT_TRANSLATE_NOOP("MainWindow", "Overzicht"),
        QT_TRANSLATE_NOOP("MainWindow", "Rapporten"),
        QT_TRANSLATE_NOOP("MainWindow", "Landelijk formulier"),
        QT_TRANSLATE_NOOP("MainWindow", "Uitwisseling"),
        QT_TRANSLATE_NOOP("MainWindow", "Regio"),
        QT_TRANSLATE_NOOP("MainWindow", "Instellingen"),
    )
)
