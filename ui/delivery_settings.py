"""The settings' delivery section: the delivery folder and the reports folder (set once, by the
manager), and each ended month: delivered at, to where, visits in it, or waiting and why.
"Nu bezorgen" runs the same service as every start and ``ido-desk deliver``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ido_desk.delivery import DeliveryRun, delivery_status
from ido_desk.delivery_settings import set_delivery_folder, set_reports_folder
from ido_desk.delivery_setup import delivery_folder, reports_folder
from ido_desk.desk import Desk
from ido_desk.errors import PermissionDenied
from ui.changes import Change, announce
from ui.delivery_months_model import DeliveryMonthsModel
from ui.delivery_notice import deliver_in_background
from ui.field_label import add_field
from ui.messages import user_message, window_text
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.style import ERROR_STYLE


class DeliverySettings(QWidget):
    """The delivery folder, the reports folder, "Nu bezorgen" and each month; a change is
    announced as Change.SETTINGS, so the notice above the tabs looks again."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[DeliveryRun] | None = None
        intro = QLabel(
            self.tr(
                "Elke afgelopen maand gaat vanzelf als ondertekend bestand naar de bezorgmap (een "
                "gedeelde map, een gesynchroniseerde map of een USB-stick), en het maandrapport "
                "als PDF naar de map voor rapporten. Eenmalig instellen is genoeg."
            )
        )
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Bezorgmap"))
        self.reports_edit = QLineEdit()
        self.reports_edit.setAccessibleName(self.tr("Map voor maandrapporten"))
        form = QFormLayout()
        add_field(
            form,
            self.tr("&Bezorgmap"),
            self._with_choose(self.folder_edit),
            buddy=self.folder_edit,
        )
        add_field(
            form,
            self.tr("&Rapporten"),
            self._with_choose(self.reports_edit),
            buddy=self.reports_edit,
        )
        self.save_button = QPushButton(self.tr("Mappen opslaan"))
        self.save_button.clicked.connect(self.save)
        self.deliver_button = QPushButton(self.tr("Nu bezorgen"))
        self.deliver_button.clicked.connect(self.deliver_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.deliver_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = DeliveryMonthsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bezorging per maand"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _with_choose(self, edit: QLineEdit) -> QWidget:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        choose = QPushButton(self.tr("Kiezen…"))
        choose.setAccessibleName(self.tr("{0} kiezen").replace("{0}", edit.accessibleName()))
        choose.clicked.connect(lambda: self._choose(edit))
        line.addWidget(choose)
        return row

    def _choose(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, edit.accessibleName(), edit.text())
        if folder:
            edit.setText(folder)

    def refresh(self) -> None:
        folder = delivery_folder(self.desk)
        self.folder_edit.setText(str(folder) if folder else "")
        self.reports_edit.setText(str(reports_folder(self.desk)))
        self.model.set_months(delivery_status(self.desk))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def save(self) -> None:
        action = self.tr("De bezorgmap instellen")
        if not ask_manager(self.desk, self, action):
            self._say(user_message(PermissionDenied(action)), error=True)
            return
        try:
            set_delivery_folder(self.desk, self.folder_edit.text())
            set_reports_folder(self.desk, self.reports_edit.text())
        except Exception as exc:  # a refusal or a storage problem: said in the section
            self._say(user_message(exc), error=True)
            return
        self.refresh()
        self._say(self.tr("Opgeslagen."))
        announce(self.desk, Change.SETTINGS)  # the notice above the tabs looks again

    def deliver_now(self) -> None:
        if self._task is not None and self._task.running:
            return
        self.deliver_button.setEnabled(False)
        self._say(self.tr("Bezig met bezorgen…"))
        self._task = deliver_in_background(self, self.desk, self._delivered, self._failed)

    def _delivered(self, run: DeliveryRun) -> None:
        self.deliver_button.setEnabled(True)
        self.refresh()
        if not run.configured:
            self._say(self.tr("Stel eerst een bezorgmap in."), error=True)
        elif run.problem:
            self._say(window_text(run.problem), error=True)
        else:
            done = sum(o.delivered for o in run.outcomes)
            self._say(self.tr("Bezorgd: {0} maand(en).").replace("{0}", str(done)))

    def _failed(self, exc: BaseException) -> None:
        self.deliver_button.setEnabled(True)
        self._say(user_message(exc), error=True)
