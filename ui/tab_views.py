"""What stands behind each tab of the main window, and how the views tell each other.

Each builder imports its view's module when the tab is first shown, so the window starts
without ReportLab, the exchange code or the reports' queries loaded."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ido_desk.desk import Desk
from ui.main_window import (
    EXCHANGE,
    NATIONAL_FORM,
    OVERVIEW,
    REGION,
    REGISTER,
    REPORTS,
    SETTINGS,
    TAB_TITLES,
    MainWindow,
)


def install(window: MainWindow, desk: Desk) -> None:
    builders: dict[int, Callable[[], QWidget]] = {
        REGISTER: lambda: _log_panel(window, desk),
        OVERVIEW: lambda: _overview(window, desk),
        REPORTS: lambda: _reports(desk),
        NATIONAL_FORM: lambda: _national_form(window, desk),
        EXCHANGE: lambda: _exchange(window, desk),
        REGION: lambda: _region(desk),
        SETTINGS: lambda: _settings(window, desk),
    }
    for index, build in builders.items():
        window.pages[index].set_builder(build)
    from ui.manager_access import ManagerSwitch

    window.manager_switch = ManagerSwitch(desk, window.manager_button, window)
    window.refresh_title()
    QTimer.singleShot(0, lambda: refresh_national_count(window))


def shown(window: MainWindow, index: int) -> None:
    """A tab came to the front: build it if needed, put the focus where work starts."""
    view = window.view(index)
    if index == REGISTER:
        window.log_panel.editors[-1].focus_topics()
    elif index == OVERVIEW and view is not None:
        window.overview.refresh()


def refresh_national_count(window: MainWindow) -> None:
    """ "Landelijk formulier (12)": the visits still to transfer, visible from every tab."""
    if window.desk is None:
        return
    from ido_desk.reports.national_form.transfer import count_untransferred

    show_national_count(window, count_untransferred(window.desk))


def show_national_count(window: MainWindow, count: int) -> None:
    title = window.tr(TAB_TITLES[NATIONAL_FORM])
    window.set_tab_title(NATIONAL_FORM, f"{title} ({count})" if count else title)


def rebuild(window: MainWindow, *indexes: int) -> None:
    """Views to build again (the lists or the database changed); the current one at once."""
    for index in indexes:
        window.pages[index].rebuild()
    if window.tabs.currentIndex() in indexes:
        shown(window, window.tabs.currentIndex())


# -- the views ------------------------------------------------------------------------------


def _log_panel(window: MainWindow, desk: Desk) -> QWidget:
    from ui.log_panel import LogPanel

    panel = LogPanel(desk, window)
    panel.visits_changed.connect(lambda: _visits_changed(window, REGISTER))
    return panel


def _overview(window: MainWindow, desk: Desk) -> QWidget:
    from ui.day_list import DayList

    overview = DayList(desk, pick_day=True, parent=window)
    overview.visits_changed.connect(lambda: _visits_changed(window, OVERVIEW))
    return overview


def _visits_changed(window: MainWindow, source: int) -> None:
    if source != REGISTER and window.pages[REGISTER].view is not None:
        window.log_panel.day_list.refresh()
    if source != OVERVIEW and window.pages[OVERVIEW].view is not None:
        window.overview.refresh()
    window.pages[NATIONAL_FORM].rebuild()
    refresh_national_count(window)


def _reports(desk: Desk) -> QWidget:
    from ui.reports_view import ReportsView

    return ReportsView(desk)


def _national_form(window: MainWindow, desk: Desk) -> QWidget:
    from ui.national_form_view import NationalFormView

    view = NationalFormView(desk)
    view.countChanged.connect(lambda count: show_national_count(window, count))
    return view


def _exchange(window: MainWindow, desk: Desk) -> QWidget:
    from ui.exchange_view import ExchangeView

    view = ExchangeView(desk)
    view.imported.connect(lambda: rebuild(window, REGION, REPORTS))
    return view


def _region(desk: Desk) -> QWidget:
    from ui.region_view import RegionView

    return RegionView(desk)


def _settings(window: MainWindow, desk: Desk) -> QWidget:
    from ui.audit_view import AuditView
    from ui.backup_panel import BackupPanel
    from ui.key_section import KeyFingerprintSection
    from ui.manager_access import PinSection, TransparencySection
    from ui.settings_view import SettingsView

    backups = BackupPanel(desk)
    view = SettingsView(
        desk,
        extra_sections=[
            (window.tr("Pincode beheerder"), PinSection(desk)),
            (window.tr("Back-ups"), backups),
            (window.tr("Auditlog"), AuditView(desk)),
            (window.tr("Sleutel voor uitwisseling"), KeyFingerprintSection(desk)),
            (window.tr("Inzage in de gegevens"), TransparencySection(desk)),
        ],
    )
    view.lists_changed.connect(lambda: rebuild(window, REGISTER, OVERVIEW, REPORTS))
    view.location_changed.connect(window.refresh_title)
    backups.restored.connect(
        lambda _result: rebuild(window, *(i for i in range(len(TAB_TITLES)) if i != SETTINGS))
    )
    return view
