"""The visits of a day in a table, with the day's counts: under the front-desk form (today)
and on the Overzicht tab (any day). Enter or a double-click opens a visit, Delete deletes it
after a confirmation."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.drafts import Entry
from ido_desk.errors import UserError
from ido_desk.visit_reading import DayPage, day_page
from ui.changes import Change, announce, follow
from ui.list_labels import english
from ui.messages import count_text, show_error
from ui.qt_dates import to_qdate
from ui.visits_model import (
    CHANNEL,
    DURATION,
    HELP,
    PAGE_SIZE,
    TIME,
    TOPICS,
    VISIT_ID_ROLE,
    VisitsModel,
    entry_marker,
)

if TYPE_CHECKING:  # the dialogs are loaded when first opened: the window starts without them
    from ui.visit_dialog import VisitDialog

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class VisitTable(QTableView):
    """A table of visits that opens a visit on Enter and deletes on Delete."""

    open_requested = Signal(QModelIndex)
    delete_requested = Signal(QModelIndex)
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.open_requested.emit(index)
        elif event.key() == Qt.Key.Key_Delete and index.isValid():
            self.delete_requested.emit(index)
        else:
            super().keyPressEvent(event)


def counts_text(day: date, today: date, visits: int, questions: int) -> str:
    """ "Vandaag 14 bezoeken, 17 vragen" (or the day's name for another day)."""

    if day == today:
        when = QCoreApplication.translate("DayList", "Vandaag")
    else:
        when = DUTCH.toString(to_qdate(day), "dddd d MMMM yyyy").capitalize() + ":"
    visits_text = QCoreApplication.translate("DayList", "1 bezoek")
    if visits != 1:
        visits_text = QCoreApplication.translate("DayList", "{0} bezoeken").format(
            count_text(visits)
        )
    questions_text = QCoreApplication.translate("DayList", "1 vraag")
    if questions != 1:
        questions_text = QCoreApplication.translate("DayList", "{0} vragen").format(
            count_text(questions)
        )
    return f"{when} {visits_text}, {questions_text}"


class DayList(QWidget):
    """A day's visits, refreshed after every change to the visits (``ui.changes``).
    ``visits_changed`` after an edit or a delete made here; ``action_done`` after every
    dialog or action started here, saved or not (the front desk puts the keys back on the
    form)."""

    visits_changed = Signal()
    action_done = Signal()
    told = Signal(str)  # what an edit or a delete here did, for the front desk's status line

    def __init__(
        self,
        desk: Desk,
        *,
        pick_day: bool = False,
        parent: QWidget | None = None,
        first_page: DayPage | None = None,
    ) -> None:
        """``first_page``: today's page as read already (the window's first read)."""
        super().__init__(parent)
        self.desk = desk
        self.dialog: VisitDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.header = QHBoxLayout()
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.header.addWidget(self.counts)
        self.day_edit: QDateEdit | None = None
        if pick_day:
            self._add_day_picker()
        self.header.addStretch(1)
        layout.addLayout(self.header)

        if first_page is None:
            first_page = day_page(desk, self.today(), PAGE_SIZE, english=english())
        page = first_page
        self.model = VisitsModel(desk, self.today(), first_page=page.visits)
        self.view = VisitTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(30)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TOPICS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DURATION, QHeaderView.ResizeMode.Fixed)
        self._size_columns(desk)
        self.view.resized.connect(self._share_width)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self._share_width)
        self.view.setToolTip(self.tr("Enter of dubbelklik: bezoek openen; Delete: verwijderen"))
        self.view.setAccessibleName(self.tr("Bezoeken van de dag"))
        self.view.setAccessibleDescription(self.view.toolTip())
        self.view.doubleClicked.connect(self.open_visit)
        self.view.open_requested.connect(self.open_visit)
        self.view.delete_requested.connect(self.delete_visit)
        layout.addWidget(self.view, 1)
        self._show_counts(page.visit_count, page.question_count)
        follow(self, desk, Change.VISITS | Change.LISTS, self.refresh)

    def _add_day_picker(self) -> None:
        previous = QPushButton("◀", self)
        previous.setToolTip(self.tr("Vorige dag (Alt+Links)"))
        previous.setShortcut("Alt+Left")
        previous.setAccessibleName(self.tr("Vorige dag"))
        previous.clicked.connect(lambda: self.set_day(self.day() - timedelta(days=1)))
        self.day_edit = QDateEdit(to_qdate(self.today()), self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setMinimumHeight(34)
        self.day_edit.setAccessibleName(self.tr("Dag"))
        self.day_edit.dateChanged.connect(lambda d: self.set_day(d.toPython()))
        following = QPushButton("▶", self)
        following.setToolTip(self.tr("Volgende dag (Alt+Rechts)"))
        following.setShortcut("Alt+Right")
        following.setAccessibleName(self.tr("Volgende dag"))
        following.clicked.connect(lambda: self.set_day(self.day() + timedelta(days=1)))
        today = QPushButton(self.tr("Vandaag"), self)
        today.setToolTip(self.tr("Naar vandaag (Alt+Home)"))
        today.setShortcut("Alt+Home")
        today.clicked.connect(lambda: self.set_day(self.today()))
        for widget in (previous, self.day_edit, following, today):
            widget.setMinimumHeight(34)
            self.header.addWidget(widget)

    def add_header_widget(self, widget: QWidget) -> None:
        """Something next to the counts (the front desk's status line and undo button)."""
        self.header.addWidget(widget)

    # -- the day --------------------------------------------------------------------------

    def today(self) -> date:
        return self.desk.clock().date()

    def day(self) -> date:
        return self.model.day

    def set_day(self, day: date) -> None:
        if self.day_edit is not None and self.day_edit.date().toPython() != day:
            self.day_edit.setDate(to_qdate(day))  # comes back here through dateChanged
            return
        self._load(day)

    def refresh(self) -> None:
        """Reload the visits and the counts (after a change, here or elsewhere)."""
        self._load(self.model.day if self.day_edit is not None else self.today())

    def _load(self, day: date) -> None:
        """The day's first page and counts, read in one session."""
        page = day_page(self.desk, day, self.model.page_size, english=english())
        self.model.show_page(day, page.visits)
        self._show_counts(page.visit_count, page.question_count)

    def _show_counts(self, visits: int, questions: int) -> None:
        self.counts.setText(counts_text(self.model.day, self.today(), visits, questions))

    # -- open and delete ------------------------------------------------------------------

    def _size_columns(self, desk: Desk) -> None:
        """Column widths from the texts they show in the font in use (large text, English),
        not fixed pixels: the time with its longest marker, the longest channel and help
        label, "999 min"; the topics and the help share the rest (``_share_width``)."""
        header = self.view.horizontalHeader()
        cells, heads = self.view.fontMetrics(), header.fontMetrics()
        in_english = english()

        def fit(column: int, *texts: str, chars: int = 0) -> None:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wide = max([cells.horizontalAdvance(t) for t in texts] + [0])
            if chars:  # a very long label is elided ("…") rather than squeeze the topics
                wide = min(wide, chars * cells.averageCharWidth())
            header.resizeSection(column, max(wide, heads.horizontalAdvance(title)) + 28)

        cat = desk.catalogue
        fit(TIME, *(f"00:00 {entry_marker(e)}" for e in Entry))
        fit(CHANNEL, *(item.label_in(in_english) for item in cat.channels.items))
        self._full_widths = (header.sectionSize(TIME), header.sectionSize(CHANNEL))
        fit(DURATION, "999 min")

    def _share_width(self) -> None:
        """The topics and the help share what the fixed columns leave by what the rows show:
        the help gets the room short topics do not need ("Doorverwezen: Dienst Toeslagen"
        whole); when both are too long each gets its share (the tooltips hold all). Short of
        room, the time and channel columns narrow to what the rows show."""
        header = self.view.horizontalHeader()
        cells, heads = self.view.fontMetrics(), header.fontMetrics()
        model = self.model

        def need(column: int, rows: bool = True) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            count = model.rowCount() if rows else 0
            texts = (model.index(r, column).data() or "" for r in range(count))
            wide = max([cells.horizontalAdvance(t) for t in texts], default=0)
            return max(wide, heads.horizontalAdvance(title)) + 28

        time, channel = self._full_widths  # every marker and channel label, given room
        room = self.view.viewport().width() - header.sectionSize(DURATION)
        topics, helps = need(TOPICS), need(HELP)
        if model.rowCount() and time + channel + topics + helps > room:
            time, channel = min(time, need(TIME)), min(channel, need(CHANNEL))  # the rows'
        room -= time + channel
        if topics + helps > room:  # a column needing less than half gets its need, the
            half = room // 2  # other the rest; never below its heading
            helps = min(helps, max(half, room - topics))
            helps = max(need(HELP, rows=False), min(helps, room - need(TOPICS, rows=False)))
        header.resizeSection(TIME, time)
        header.resizeSection(CHANNEL, channel)
        header.resizeSection(HELP, helps)

    def open_visit(self, index: QModelIndex) -> None:
        from ui.visit_dialog import VisitDialog

        visit_id = index.data(VISIT_ID_ROLE)
        try:
            dialog = VisitDialog(self.desk, visit_id, self)
        except UserError as exc:
            show_error(self, exc)
            self.refresh()
            self.action_done.emit()
            return
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, result: int) -> None:
        if result and self.dialog is not None:
            self.told.emit(self.dialog.outcome)
            self._visits_changed()
        self.action_done.emit()

    def delete_visit(self, index: QModelIndex) -> None:
        from ido_desk.visits import delete_visit
        from ui.pin_dialog import as_manager
        from ui.visit_dialog import confirm_delete

        summary = self.model.summary(index.row())
        text = f"{summary.started_at:%H:%M}  {summary.channel}  {summary.topics}"
        if not confirm_delete(self, text):
            self.action_done.emit()
            return
        try:
            as_manager(self.desk, self, lambda: delete_visit(self.desk, summary.id))
        except UserError as exc:
            show_error(self, exc)
        else:
            self.told.emit(self.tr("Verwijderd: bezoek {0}.").format(f"{summary.started_at:%H:%M}"))
        self._visits_changed()
        self.action_done.emit()

    def _visits_changed(self) -> None:
        """Tell every view (this one too) that the visits changed."""
        announce(self.desk, Change.VISITS)
        self.visits_changed.emit()
