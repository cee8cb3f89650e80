"""What stands behind each tab of the main window (the builder table), and what each follows.

Each builder imports its view's module when the tab is first shown, so the window starts
without ReportLab, the exchange code or the reports' queries loaded. No view rebuilds another:
changes are announced on the database's one signal (``ui.changes``) and each view, or the tab
that holds it, follows the kinds it shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QPushButton, QTabWidget, QWidget

from ui.changes import Change, announce, follow
from ui.lazy_tab import LazyTab
from ui.tabs import (
    EXCHANGE,
    NATIONAL_FORM,
    OVERVIEW,
    REGION,
    REGISTER,
    REPORTS,
    SETTINGS,
    TAB_TITLES,
)

if TYPE_CHECKING:
    from ido_desk.desk import Desk
    from ido_desk.first_read import FirstRead
    from ido_desk.location_info import LocationInfo
    from ido_desk.visit_reading import DayPage
    from ui.log_panel import LogPanel

# What makes a built tab go stale; it is built again when next shown (not under the user's
# hands while it shows: a change from elsewhere would throw away a chosen period).
REBUILT_ON = {
    REGISTER: Change.LISTS,  # the topic buttons
    REPORTS: Change.LISTS | Change.IMPORTS | Change.LOCATION,
    EXCHANGE: Change.LOCATION | Change.LISTS,
    REGION: Change.IMPORTS | Change.LISTS | Change.LOCATION,
}
COUNTED_ON = Change.VISITS | Change.IMPORTS | Change.LISTS  # the national form's count


class Window(Protocol):
    """What the builders need of the main window."""

    pages: list[LazyTab]
    tabs: QTabWidget
    manager_button: QPushButton
    manager_switch: QObject | None
    delivery_notice: QWidget | None

    def tr(self, text: str) -> str: ...
    def refresh_title(self, location: LocationInfo | None = None) -> None: ...
    def set_tab_title(self, index: int, text: str) -> None: ...
    def view(self, index: int) -> QWidget | None: ...


def install(window: Window, desk: Desk, first: FirstRead | None = None) -> None:
    """The builders of the tabs, the title; with ``first`` (the window's first read) the
    Registreren tab's first build shows today's list as read, and the title its location.
    The manager's corner needs the open database: ``install_manager_switch``."""
    first_page = [first.today] if first is not None else []  # for the first build only
    builders: dict[int, Callable[[], QWidget]] = {
        REGISTER: lambda: _log_panel(desk, first_page.pop() if first_page else None),
        OVERVIEW: lambda: _overview(desk),
        REPORTS: lambda: _reports(desk),
        NATIONAL_FORM: lambda: _national_form(window, desk),
        EXCHANGE: lambda: _exchange(desk),
        REGION: lambda: _region(desk),
        SETTINGS: lambda: _settings(window, desk),
    }
    for index, build in builders.items():
        page = window.pages[index]
        page.set_builder(build)
        if index in REBUILT_ON:
            follow(page, desk, REBUILT_ON[index], page.rebuild_now, at_once=False)
    window.refresh_title(first.location if first is not None else None)
    follow(window.tabs, desk, Change.LOCATION, window.refresh_title)


def install_manager_switch(window: Window, desk: Desk) -> None:
    """The corner of the tab bar that signs the branch manager in and out (Ctrl+L)."""
    from ui.manager_access import ManagerSwitch

    window.manager_switch = ManagerSwitch(desk, window.manager_button, window.tabs.window())


def install_after_start(window: Window, desk: Desk) -> None:
    """What the tab bar and the bar above it show besides the tabs: the national form's count
    and the delivery's notice. The window is ready for input before these (``ui.app`` adds
    them once the start-of-day chores, which deliver, are done); they load the ORM."""
    counter = QTimer(window.tabs)  # several changes in one go: one count
    counter.setSingleShot(True)
    counter.setInterval(0)
    counter.timeout.connect(lambda: refresh_national_count(window, desk))
    follow(window.tabs, desk, COUNTED_ON, counter.start)  # the tab bar is always in view
    counter.start()
    from ui.delivery_notice import install_notice

    main = window.tabs.window()
    assert isinstance(main, QMainWindow)
    window.delivery_notice = install_notice(main, desk)  # "Rapport oktober 2026 klaar"


def shown(window: Window, index: int) -> None:
    """A tab came to the front: build it if needed, put the focus where work starts."""
    view = window.view(index)
    if index == REGISTER and view is not None:
        focus_form(view)  # type: ignore[arg-type]


def focus_form(panel: LogPanel) -> None:
    """The keys go to the form again (after a dialog or an action in today's list): the main
    window is made the active one too, or its shortcuts (Ctrl+Enter, Alt+E) would not fire."""
    panel.window().activateWindow()
    panel.focus_form()


def refresh_national_count(window: Window, desk: Desk) -> None:
    """ "Landelijk formulier (12)": the visits still to transfer, visible from every tab."""
    from ido_desk.reports.national_form.transfer import count_untransferred

    show_national_count(window, count_untransferred(desk))


def show_national_count(window: Window, count: int) -> None:
    from ui.messages import count_text  # not on the way to the first frame

    title = window.tr(TAB_TITLES[NATIONAL_FORM])
    window.set_tab_title(NATIONAL_FORM, f"{title} ({count_text(count)})" if count else title)


# -- the views ------------------------------------------------------------------------------


def _log_panel(desk: Desk, first_page: DayPage | None) -> QWidget:
    from ui.log_panel import LogPanel

    panel = LogPanel(desk, first_page=first_page)
    panel.day_list.action_done.connect(lambda: focus_form(panel))
    return panel


def _overview(desk: Desk) -> QWidget:
    from ui.day_list import DayList

    return DayList(desk, pick_day=True)


def _reports(desk: Desk) -> QWidget:
    from ui.reports_view import ReportsView

    return ReportsView(desk)


def _national_form(window: Window, desk: Desk) -> QWidget:
    from ui.national_form_view import NationalFormView

    view = NationalFormView(desk)
    view.countChanged.connect(lambda count: show_national_count(window, count))
    follow(view, desk, COUNTED_ON, view.refresh)
    return view


def _exchange(desk: Desk) -> QWidget:
    from ui.exchange_view import ExchangeView

    view = ExchangeView(desk)
    view.imported.connect(lambda: announce(desk, Change.IMPORTS | Change.VISITS))
    return view


def _region(desk: Desk) -> QWidget:
    from ui.region_view import RegionView

    return RegionView(desk)


def _settings(window: Window, desk: Desk) -> QWidget:
    from ui.audit_view import AuditView
    from ui.backup_panel import BackupPanel
    from ui.delivery_settings import DeliverySettings
    from ui.key_section import KeyFingerprintSection
    from ui.manager_access import PinSection, TransparencySection
    from ui.settings_view import SettingsView

    delivery = DeliverySettings(desk)
    return SettingsView(
        desk,
        extra_sections=[
            (QCoreApplication.translate("SettingsView", "Pincode beheerder"), PinSection(desk)),
            (QCoreApplication.translate("SettingsView", "Back-ups"), BackupPanel(desk)),
            (QCoreApplication.translate("SettingsView", "Auditlog"), AuditView(desk)),
            (
                QCoreApplication.translate("SettingsView", "Herkenningscode"),
                KeyFingerprintSection(desk),
            ),
            (QCoreApplication.translate("SettingsView", "Bezorging aan de coördinator"), delivery),
            (
                QCoreApplication.translate("SettingsView", "Inzage in de gegevens"),
                TransparencySection(desk),
            ),
        ],
    )
