"""The lists editor in the settings: choose a list, see its items, add, change, reorder,
retire and restore them. Every action calls an ``ido_desk.list_admin`` service; a refusal is
shown in Dutch under the table, and nothing is ever deleted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.list_admin import (
    ListRow,
    add_item,
    list_rows,
    move_item,
    rename_item,
    restore_item,
    retire_item,
    set_suggested_organisation,
)
from ido_desk.lists import TopicItem
from ui.chips_layout import FlowLayout
from ui.column_share import ColumnShare
from ui.field_label import field_label
from ui.list_item_dialog import ListItemDialog
from ui.list_items_model import CODE, DETAIL, KEY, LABEL_EN, LABEL_NL, ListItemsModel
from ui.messages import user_message
from ui.pin_dialog import ask_manager
from ui.style import ERROR_STYLE


class ListsEditor(QWidget):
    """Emits ``lists_changed`` after every change, so the desk can rebuild its choices."""

    lists_changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.dialog: ListItemDialog | None = None

        self.kind = QComboBox()
        for kind, name in self._list_names().items():
            self.kind.addItem(name, kind)
        self.kind.setCurrentIndex(self.kind.findData("topic"))
        self.kind.currentIndexChanged.connect(self._on_kind)
        pick = field_label(self.tr("&Lijst"), self.kind)
        self.kind.setAccessibleName(self.tr("Lijst"))

        self.model = ListItemsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Items van de lijst"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # "Install the app" on two lines, not "Install the …"
        self.columns = ColumnShare(
            self.table,
            range(len(ListItemsModel.HEADERS)),
            whole_words=(LABEL_NL, LABEL_EN),  # the labels wrap between words
            one_line=(CODE, DETAIL),  # these end in "…" (the tooltip holds them whole)
        )

        self.add_action = self._action(self.tr("Toevoegen…"), "Ins", self.add)
        self.rename_action = self._action(self.tr("Wijzigen…"), "F2", self.rename)
        self.up_action = self._action(self.tr("Omhoog"), "Ctrl+Up", lambda: self.move_item(-1))
        self.down_action = self._action(self.tr("Omlaag"), "Ctrl+Down", lambda: self.move_item(+1))
        self.retire_action = self._action(self.tr("Laten vervallen"), "Del", self.retire)
        self.restore_action = self._action(self.tr("Terugzetten"), "Ctrl+R", self.restore)
        self.table.doubleClicked.connect(lambda _index: self.rename_action.trigger())
        actions = (
            self.add_action,
            self.rename_action,
            self.up_action,
            self.down_action,
            self.retire_action,
            self.restore_action,
        )
        self.buttons: dict[QAction, QPushButton] = {}
        bar = FlowLayout()  # wraps on a narrow screen instead of widening the window
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{action.text()}  {keys}")
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            self.buttons[action] = button
            bar.addWidget(button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Niets wordt verwijderd: een vervallen item is aan de balie niet meer te kiezen, "
                "maar oude bezoeken en rapporten houden het. De volgorde van de onderwerpen "
                "bepaalt de cijfertoetsen aan de balie."
            )
        )
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(pick)
        top.addWidget(self.kind)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)

        self.reload()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # -- reading ------------------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_row(self) -> ListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def reload(self, select_code: str | None = None) -> None:
        """Read the list again (after a change, or another list was chosen)."""
        kind = self.current_kind()
        self.model.show_rows(list_rows(self.desk, kind), self.desk.catalogue)
        self.table.setColumnHidden(KEY, kind != "topic")
        self.table.setColumnHidden(DETAIL, kind not in ("topic", "organisation", "referral"))
        row = self.model.row_of(select_code) if select_code else None
        self.select_row(row if row is not None else 0)

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, CODE)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    # -- the actions --------------------------------------------------------------------------

    def add(self) -> None:
        if not self._manager():
            return
        kind = self.current_kind()

        def submit(dialog: ListItemDialog) -> None:
            item = add_item(self.desk, kind, dialog.new_item())
            self._changed(item.code, self.tr("Toegevoegd: {0}.").format(item.label_nl))

        self._open_dialog(ListItemDialog(kind, self.desk.catalogue, submit, parent=self))

    def rename(self) -> None:
        if not self._manager():
            return
        row = self.current_row()
        if row is None:
            return
        kind, item = self.current_kind(), row.item

        def submit(dialog: ListItemDialog) -> None:
            new_nl, new_en = dialog.label_nl.text(), dialog.label_en.text()
            if (new_nl, new_en) != (item.label_nl, item.label_en):
                rename_item(self.desk, kind, item.code, new_nl, new_en)
            if isinstance(item, TopicItem) and dialog.organisation is not None:
                organisation = dialog.suggested_organisation()
                if organisation != item.organisation_code:
                    set_suggested_organisation(self.desk, item.code, organisation)
            self._changed(item.code, self.tr("Gewijzigd: {0}.").format(new_nl))

        self._open_dialog(ListItemDialog(kind, self.desk.catalogue, submit, item=item, parent=self))

    def move_item(self, step: int) -> None:
        if not self._manager():
            return
        row = self.current_row()
        if row is None or not 1 <= row.position + step <= row.siblings:
            return
        self._run(
            lambda: move_item(self.desk, self.current_kind(), row.item.code, row.position + step),
            row.item.code,
            "",
        )

    def retire(self) -> None:
        if not self._manager():
            return
        row = self.current_row()
        if row is None or row.item.retired:
            return
        self._run(
            lambda: retire_item(self.desk, self.current_kind(), row.item.code),
            row.item.code,
            self.tr(
                "'{0}' is vervallen: aan de balie niet meer te kiezen; oude bezoeken houden "
                "het. Terugzetten kan met Ctrl+R."
            ).format(row.item.label_nl),
        )

    def restore(self) -> None:
        if not self._manager():
            return
        row = self.current_row()
        if row is None or not row.item.retired:
            return
        self._run(
            lambda: restore_item(self.desk, self.current_kind(), row.item.code),
            row.item.code,
            self.tr("'{0}' is teruggezet.").format(row.item.label_nl),
        )

    # -- helpers ------------------------------------------------------------------------------

    def _manager(self) -> bool:
        """The lists are the manager's: ask the PIN first (once a PIN is set)."""
        return ask_manager(self.desk, self, self.tr("Lijsten aanpassen"))

    def _on_kind(self, _index: int) -> None:
        self._show_status("", error=False)
        self.reload()

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _open_dialog(self, dialog: ListItemDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.table.setFocus())
        dialog.open()

    def _run(self, work: Callable[[], None], code: str, done: str) -> None:
        try:
            work()
        except Exception as exc:  # a refusal or a storage problem: said in Dutch, here
            self._show_status(user_message(exc), error=True)
            return
        self._changed(code, done)

    def _changed(self, code: str, message: str) -> None:
        self.reload(code)
        self._show_status(message, error=False)
        self.lists_changed.emit()

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def _update_actions(self) -> None:
        row = self.current_row()
        self.rename_action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row.position > 1)
        self.down_action.setEnabled(row is not None and row.position < row.siblings)
        self.retire_action.setEnabled(row is not None and not row.item.retired)
        self.restore_action.setEnabled(row is not None and row.item.retired)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())

    def _list_names(self) -> dict[str, str]:
        return {
            "topic": self.tr("Onderwerpen"),
            "organisation": self.tr("Organisaties"),
            "help": self.tr("Soorten hulp"),
            "referral": self.tr("Doorverwijzingen"),
            "channel": self.tr("Kanalen"),
            "domain": self.tr("Domeinen"),
        }
