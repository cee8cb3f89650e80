"""The audit log for the manager: every edit and delete, who (the role, and the name given on
the PC), when, and what changed in a short Dutch sentence with list labels (the stored
before/after JSON stays in the CSV export); filtered by kind, searched by text (any case, the
name too), exported as CSV. Pages are fetched as the table scrolls (``canFetchMore`` /
``fetchMore``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
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

from ido_desk.audit_log import (
    ENTITY_LABELS,
    AuditFilter,
    AuditRow,
    count_audit,
    export_audit,
    read_audit,
)
from ido_desk.desk import Desk
from ido_desk.roles import is_manager, pin_is_set
from ui.messages import user_message
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.style import ERROR_STYLE

PAGE = 200
AT, ROLE, ACTION, DESCRIPTION = range(4)
Index = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.where = AuditFilter()
        self.rows: list[AuditRow] = []
        self.total = 0
        self.headers = [
            self.tr("Tijdstip"),
            self.tr("Wie"),
            self.tr("Wat"),
            self.tr("Omschrijving"),
        ]

    def load(self, where: AuditFilter) -> None:
        self.beginResetModel()
        self.where = where
        self.total = count_audit(self.desk, where)
        self.rows = read_audit(self.desk, where, 0, PAGE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = read_audit(self.desk, self.where, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{row.at:%d-%m-%Y %H:%M}",
                row.who,
                row.action_label,
                row.description,
            ][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return self.tr("{0}\n\n{1} {2}").format(
                row.description, row.entity_label, row.entity_id
            )
        return None


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
        self.count.setText(self.tr("{0} regels").format(self.model.total))

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
        where = self.current_filter()

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("{0} regels geschreven naar {1}").format(count, out))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(user_message(exc))

        self._task = (
            Op(self, self.desk, lambda _p: export_audit(self.desk, out, where))
            .success(done)
            .failure(failed)
            .run()
        )
