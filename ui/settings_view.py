"""The "Instellingen" tab: the location, the lists, how long notes are kept, and the sections
other parts of the program bring (backups, manager PIN, audit log, key fingerprint).

A list of sections on the left, the chosen section on the right. Every change goes through an
``ido_desk`` service, which asks for the manager where needed; a refusal is shown in Dutch in
the section itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.errors import PermissionDenied
from ido_desk.location import SETUPS, own_location
from ido_desk.retention import MAX_DAYS, MIN_DAYS, retention_days, set_retention_days
from ui.changes import Change, announce
from ui.field_label import field_label
from ui.language_section import LanguageSection
from ui.list_labels import of_pair
from ui.lists_editor import ListsEditor
from ui.messages import user_message
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.setup_dialog import SetupDialog
from ui.style import ERROR_STYLE

NAV_WIDTH = 230  # the list of sections on the left, at least
NAV_PADDING = 28  # an item's padding (8 + 8, the style sheet below) and room to spare


class SettingsView(QWidget):
    """``lists_changed`` and ``location_changed`` after such a change made here; both are
    announced to every view (``ui.changes``)."""

    location_changed = Signal()
    lists_changed = Signal()

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        extra_sections: Sequence[tuple[str, QWidget]] = (),
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.location_dialog: QWidget | None = None
        self._task: Op[int] | None = None

        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setAccessibleName(self.tr("Onderdelen van de instellingen"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.pages = QStackedWidget()
        self.nav.currentRowChanged.connect(self._on_section)

        self.lists_editor = ListsEditor(desk)
        self.lists_editor.lists_changed.connect(self.lists_changed)
        self.lists_changed.connect(lambda: announce(desk, Change.LISTS))
        self.location_changed.connect(lambda: announce(desk, Change.LOCATION))
        self.add_section(self.tr("Locatie"), self._location_page())
        self.add_section(self.tr("Lijsten"), self.lists_editor, title=self.tr("Lijsten"))
        self.add_section(self.tr("Notities"), self._notes_page())
        self.add_section(self.tr("Taal / Language"), LanguageSection(desk.paths))
        for name, widget in extra_sections:
            self.add_section(name, widget)

        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.nav.setCurrentRow(0)

    # -- sections -----------------------------------------------------------------------------

    def add_section(self, name: str, widget: QWidget, title: str | None = None) -> None:
        """Add a section: its name in the list on the left, the widget under a heading."""
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title or name)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        scroll = QScrollArea()  # a long section scrolls; the list on the left stays
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls; they scroll in
        self.pages.addWidget(scroll)
        self.nav.addItem(name)
        self._fit_nav()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger font set after it was built
            self._fit_nav()

    def _fit_nav(self) -> None:
        """As wide as the longest name (with its padding), so none is cut off, also in large
        text; never narrower than ``NAV_WIDTH``."""
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in self.section_names())
        frame = 2 * self.nav.frameWidth()
        self.nav.setFixedWidth(max(NAV_WIDTH, widest + NAV_PADDING + frame))

    def section_names(self) -> list[str]:
        return [self.nav.item(n).text() for n in range(self.nav.count())]

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(self.section_names().index(name))

    def _on_section(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if row == 0:
            self.refresh_location()

    # -- location -----------------------------------------------------------------------------

    def _location_page(self) -> QWidget:
        page = QWidget()
        self.location_summary = QLabel()
        self.location_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.location_summary.setWordWrap(True)
        self.location_button = QPushButton(self.tr("Locatie &wijzigen…"))
        self.location_button.clicked.connect(self.change_location)
        layout = QVBoxLayout(page)
        layout.addWidget(self.location_summary)
        row = QHBoxLayout()
        row.addWidget(self.location_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.refresh_location()
        return page

    def refresh_location(self) -> None:
        info = own_location(self.desk)
        if info is None:
            self.location_summary.setText(self.tr("Er is nog geen locatie ingesteld."))
            return
        lines = [
            info.title,
            self.tr("Gemeente {0} ({1})").format(info.municipality, info.cbs_code)
            + (f", {info.province}" if info.province else ""),
            self.tr("Soort informatiepunt: {0}").format(
                of_pair(SETUPS.get(info.setup, (info.setup, "")))
            ),
            self.tr("Locatiecode: {0}").format(info.code),
        ]
        self.location_summary.setText("\n".join(lines))

    def change_location(self) -> None:
        if not ask_manager(self.desk, self, self.tr("De locatie wijzigen")):
            return
        dialog = SetupDialog(self.desk, parent=self)
        dialog.finished.connect(self._on_location_dialog_done)
        self.location_dialog = dialog
        dialog.open()

    def _on_location_dialog_done(self, _result: int) -> None:
        self.refresh_location()
        self.location_changed.emit()

    # -- notes --------------------------------------------------------------------------------

    def _notes_page(self) -> QWidget:
        page = QWidget()
        explain = QLabel(
            self.tr(
                "Een notitie is alleen voor de eigen balie. Na de bewaartermijn wordt de "
                "notitie gewist, ook in de back-ups; het bezoek zelf en de rapporten blijven "
                "gelijk."
            )
        )
        explain.setWordWrap(True)
        self.retention = QSpinBox()
        self.retention.setRange(MIN_DAYS, MAX_DAYS)
        self.retention.setSuffix(self.tr(" dagen"))
        self.retention.setValue(retention_days(self.desk))
        label = field_label(self.tr("Bewaar&termijn van notities"), self.retention)
        self.retention_save = QPushButton(self.tr("&Bewaren"))
        self.retention_save.clicked.connect(self.save_retention)
        self.retention_status = QLabel()
        self.retention_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.retention)
        row.addWidget(self.retention_save)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.retention_status)
        layout.addStretch()
        return page

    def save_retention(self) -> None:
        """Store the retention period; notes past it are erased at once (off the GUI thread:
        the backups are cleaned too)."""
        action = self.tr("Instellingen aanpassen")
        if not ask_manager(self.desk, self, action):
            self.retention_status.setStyleSheet(ERROR_STYLE)
            self.retention_status.setText(user_message(PermissionDenied(action)))
            return
        days = self.retention.value()
        self.retention_save.setEnabled(False)
        self.retention_status.setStyleSheet("")
        self.retention_status.setText(self.tr("Bezig met bewaren…"))

        def done(_result: object) -> None:
            self.retention_save.setEnabled(True)
            self.retention_status.setText(
                self.tr("Bewaard: notities worden na {0} dagen gewist.").format(days)
            )

        def failed(exc: BaseException) -> None:
            self.retention_save.setEnabled(True)
            self.retention_status.setStyleSheet(ERROR_STYLE)
            self.retention_status.setText(user_message(exc))

        self._task = (
            Op(
                self,
                self.desk,
                lambda _progress: set_retention_days(self.desk, days),
                changes=Change.SETTINGS,
            )
            .success(done)
            .failure(failed)
            .run()
        )
