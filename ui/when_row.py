"""When the visit was: "nu", or back-dated ("Eerder ...", Alt+E) to a day and a time typed
by keyboard: the day steps with Up/Down across months (PgUp/PgDn a week), "Gisteren" (Alt+G)
is one key away, the time takes "1430" as well as "14:30"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ido_desk.form_rules import parse_day, parse_time_of_day, step_day
from ido_desk.periods import dutch_date
from ui.chips import CHIP_HEIGHT, make_disclosure

DAY_FORMAT = "%d-%m-%Y"
TIME_TYPED = r"\d{0,2}[:.]?\d{0,2}"  # what the time field lets be typed: 1430, 14:30, 9.05
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 7, Qt.Key.Key_PageDown: -7}


def day_text(day: date, today: date) -> str:
    """ "vandaag", "gisteren", or "maandag 2 november 2026"."""
    if day == today:
        return "vandaag"
    if day == today - timedelta(days=1):
        return "gisteren"
    return f"{WEEKDAYS[day.weekday()]} {dutch_date(day)}"


def moment_text(at: datetime, today: date, *, say_today: bool = False) -> str:
    """ "14:30" today ("vandaag 14:30" with ``say_today``), "gisteren 14:30" another day."""
    if at.date() == today and not say_today:
        return f"{at:%H:%M}"
    return f"{day_text(at.date(), today)} {at:%H:%M}"


class DayField(QLineEdit):
    """A day typed ("3-11", "gisteren") or stepped with Up/Down, never after ``today``."""

    stepped = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.setObjectName("backdateDay")
        self.setMaxLength(10)
        self.setMinimumHeight(CHIP_HEIGHT)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 16)
        self.setToolTip(self.tr("De dag: typ 3-11 of gisteren, of pijl op/neer"))

    def day(self) -> date | None:
        return parse_day(self.text(), self.today())

    def set_day(self, day: date) -> None:
        self.setText(day.strftime(DAY_FORMAT))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = STEPS.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            current = self.day() or self.today()
            self.set_day(step_day(current, step, self.today()))
            self.stepped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class WhenRow(QWidget):
    """ "Tijdstip: nu  [Eerder ...]" or, back-dated, "[Vandaag] [Gisteren] [03-11-2026] [14:30]".
    ``changed`` after every change by the user."""

    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.now_label = QLabel(self.tr("nu"), self)
        row.addWidget(self.now_label)
        self.earlier = self._chip(self.tr("Eerder…  Alt+E"))
        self.earlier.setCheckable(True)
        self.earlier.setToolTip(self.tr("Een bezoek van eerder vastleggen (achteraf) (Alt+E)"))
        self.earlier.toggled.connect(self._toggled)
        self.earlier.setAccessibleName(self.tr("Eerder"))
        self.earlier.setAccessibleDescription(
            self.tr("Een bezoek van eerder vastleggen, toets Alt+E")
        )
        make_disclosure(self.earlier)
        row.addWidget(self.earlier)
        self.today_button = self._chip(self.tr("Vandaag"))
        self.today_button.clicked.connect(lambda: self._pick(self.clock().date()))
        self.yesterday_button = self._chip(self.tr("Gisteren  Alt+G"))
        self.yesterday_button.setToolTip(self.tr("Het bezoek was gisteren (Alt+G)"))
        self.yesterday_button.clicked.connect(self.pick_yesterday)
        row.addWidget(self.today_button)
        row.addWidget(self.yesterday_button)
        self.day = DayField(lambda: self.clock().date(), self)
        self.day.setAccessibleName(self.tr("Dag van het bezoek"))
        self.day.textEdited.connect(lambda _t: self._edited())
        self.day.stepped.connect(self._edited)
        row.addWidget(self.day)
        self.day_name = QLabel(self)
        self.day_name.setObjectName("hint")
        row.addWidget(self.day_name)
        self.time = QLineEdit(self)
        self.time.setObjectName("backdateTime")
        self.time.setMaxLength(5)
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(TIME_TYPED), self))
        self.time.setMinimumHeight(CHIP_HEIGHT)
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 16)
        self.time.setPlaceholderText("uu:mm")
        self.time.setAccessibleName(self.tr("Begintijd (uu:mm)"))
        self.time.setToolTip(self.tr("Hoe laat het bezoek begon: 1430 of 14:30"))
        self.time.textEdited.connect(lambda _t: self._edited())
        row.addWidget(self.time)
        row.addStretch(1)
        self._back_widgets = (
            self.today_button,
            self.yesterday_button,
            self.day,
            self.day_name,
            self.time,
        )
        self._toggled(False)

    def _chip(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("chip", True)
        button.setMinimumHeight(CHIP_HEIGHT)
        return button

    # -- reading and filling ----------------------------------------------------------------

    def is_backdated(self) -> bool:
        return self.earlier.isChecked()

    def started_at(self) -> datetime | None:
        """The back-dated start; None when not back-dated or not a real day and time."""
        if not self.is_backdated():
            return None
        day, at = self.day.day(), parse_time_of_day(self.time.text())
        return datetime.combine(day, at) if day is not None and at is not None else None

    def problem(self) -> str | None:
        """What is wrong with the typed day or time, in words for the volunteer."""
        if not self.is_backdated():
            return None
        if self.day.day() is None:
            return self.tr("De dag '{0}' ken ik niet: typ bijvoorbeeld 3-11 of gisteren.").format(
                self.day.text()
            )
        if parse_time_of_day(self.time.text()) is None:
            return self.tr("De tijd '{0}' ken ik niet: typ bijvoorbeeld 1430 of 14:30.").format(
                self.time.text()
            )
        return None

    def set_started(self, started: datetime | None) -> None:
        """Back-dated to ``started``, or "nu" for None (without emitting ``changed``)."""
        self.blockSignals(True)
        self.earlier.setChecked(started is not None)
        if started is not None:
            self.day.set_day(started.date())
            self.time.setText(f"{started:%H:%M}")
            self._show_day_name()
        self.blockSignals(False)

    # -- reactions --------------------------------------------------------------------------

    def toggle(self) -> None:
        self.earlier.toggle()

    def pick_yesterday(self) -> None:
        if not self.is_backdated():
            self.earlier.setChecked(True)
        self._pick(self.clock().date() - timedelta(days=1))

    def _pick(self, day: date) -> None:
        self.day.set_day(day)
        self._edited()
        self.time.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.time.selectAll()

    def _toggled(self, on: bool) -> None:
        for widget in self._back_widgets:
            widget.setVisible(on)
        self.now_label.setVisible(not on)
        if on:
            now = self.clock()
            self.day.set_day(now.date())
            self.time.setText(f"{now:%H:%M}")
            self._show_day_name()
            self.time.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.time.selectAll()
        self.changed.emit()

    def _edited(self) -> None:
        self._show_day_name()
        self.changed.emit()

    def _show_day_name(self) -> None:
        day = self.day.day()
        self.day_name.setText(day_text(day, self.clock().date()) if day else "?")
