"""The audit log for the manager: every edit and delete, who (the role, and the name given on
the PC), when, and what changed in a short sentence with list labels, in the window's language
(the stored before/after JSON stays in the CSV export); filtered by kind, searched by text (any
case, the name too), exported as CSV. The table (``ui.audit_table_model``) fetches its pages
as it scrolls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.audit_log import ENTITY_LABELS, AuditFilter, export_audit
from ido_desk.desk import Desk
from ido_desk.roles import is_manager, pin_is_set
from ui.audit_table_model import ACTION, AT, ROLE, AuditTableModel
from ui.list_labels import english
from ui.messages import count_text, user_message
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.style import ERROR_STYLE


class AuditView(QWidget):
    """The audit log, behind the manager PIN."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[int] | None = None
        self.model = AuditTableModel(desk, self)

        self.locked = QWidget()
        sign_in = QPushButton(self.tr("&Aanmelden als beheerder…"))
        sign_in.clicked.connect(self.sign_in)
        locked_layout = QVBoxLayout(self.locked)
        locked_layout.addWidget(QLabel(self.tr("Het auditlogboek is alleen voor de beheerder.")))
        locked_layout.addWidget(sign_in)
        locked_layout.addStretch()

        self.open = QWidget()
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Alles"), "")
        for code, label in ENTITY_LABELS.items():
            self.entity.addItem(self.tr(label), code)
        self.entity.currentIndexChanged.connect(self.reload)
        self.entity.setAccessibleName(self.tr("Soort gegevens"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam, kenmerk of inhoud"))
        self.search.returnPressed.connect(self.reload)
        self.search.setAccessibleName(self.tr("Zoeken in het logboek"))
        self.export_button = QPushButton(self.tr("&Exporteren naar CSV…"))
        self.export_button.clicked.connect(self.choose_and_export)
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Logboek"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (AT, ROLE, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Soort")))
        bar.addWidget(self.entity)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.export_button)
        open_layout = QVBoxLayout(self.open)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_layout.addLayout(bar)
        open_layout.addWidget(self.table, 1)
        open_layout.addWidget(self.count)
        open_layout.addWidget(self.status)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.locked)
        self.stack.addWidget(self.open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            entity=self.entity.currentData() or None, text=self.search.text() or None
        )

    def refresh(self) -> None:
        """Show the log when the manager may see it, else the sign-in button."""
        allowed = is_manager(self.desk) or not pin_is_set(self.desk)
        self.stack.setCurrentWidget(self.open if allowed else self.locked)
        if allowed:
            self.reload()

    def reload(self) -> None:
        try:
            self.model.load(self.current_filter())
        except Exception as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(user_message(exc))
            return
        self.count.setText(self.tr("{0} regels").format(count_text(self.model.total)))

    def sign_in(self) -> None:
        if ask_manager(self.desk, self, self.tr("Het auditlogboek bekijken")):
            self.refresh()

    def choose_and_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Auditlogboek exporteren"), "auditlogboek.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> None:
        self.export_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Bezig met exporteren…"))
        where, in_english = self.current_filter(), english()

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(
                self.tr("{0} regels geschreven naar {1}").format(count_text(count), out)
            )

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(user_message(exc))

        self._task = (
            Op(self, self.desk, lambda _p: export_audit(self.desk, out, where, english=in_english))
            .success(done)
            .failure(failed)
            .run()
        )
