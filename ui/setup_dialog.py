"""The location form: asked on first start, reachable later from the settings.

set_location validates; an error is shown in red next to the field it is about, and
everything typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.desk import Desk
from ido_desk.errors import UserError, ValidationError
from ido_desk.location import (
    PROVINCES,
    SETUPS,
    LocationInfo,
    LocationInput,
    SharedLocation,
    own_location,
)
from ido_desk.location import set_location as save_location
from ui.chips import CHIP_HEIGHT
from ui.field_label import add_field
from ui.list_labels import of_pair
from ui.messages import user_message, window_text
from ui.scroll_dialog import ScrollingDialog
from ui.visit_dialog import error_label


class SetupDialog(ScrollingDialog):
    """Set this installation's location. ``location`` holds the result after acceptance."""

    def __init__(
        self, desk: Desk, *, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, width=620)
        self.desk = desk
        self.location: LocationInfo | None = own_location(desk)
        self.for_everyone = False  # a shared database's location: asked for (SharedLocation)
        self.setWindowTitle(self.tr("Locatie instellen"))
        layout = self.body
        layout.setSpacing(12)
        if first_start:
            welcome = QLabel(self.tr("Welkom bij IDO Desk"), self)
            welcome.setObjectName("title")
            welcome.setStyleSheet("font-size: 16pt; font-weight: 600;")
            layout.addWidget(welcome)
        intro = QLabel(
            self.tr(
                "Voor welk Informatiepunt Digitale Overheid registreert deze computer? "
                "Dit kunt u later wijzigen bij Instellingen."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)

        self.form = QFormLayout()
        self.form.setVerticalSpacing(4)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = self._line("name", self.tr("Naam van de locatie"), "Huis van de Stad")
        self.organisation = self._line(
            "organisation", self.tr("Bibliotheekorganisatie"), "Bibliotheek Rijswijk"
        )
        self.municipality = self._line("municipality", self.tr("Gemeente"), "Rijswijk")
        self.cbs_code = self._line("cbs_code", self.tr("CBS-gemeentecode"), "GM0603")
        self.cbs_code.setToolTip(self.tr("GM en vier cijfers, bijvoorbeeld GM0603 voor Rijswijk"))
        self.province = QComboBox(self)
        self.province.addItem(self.tr("(kies een provincie)"), "")
        for province in PROVINCES:
            self.province.addItem(province, province)
        self._add("province", self.tr("Provincie"), self.province)
        self.setup = QComboBox(self)
        for code, words in SETUPS.items():
            self.setup.addItem(of_pair(words), code)
        self._add(
            "setup",
            self.tr("Soort informatiepunt"),
            self.setup,
            hint=self.tr(
                "Hoe het informatiepunt werkt, zoals afgesproken met de gemeente.\n"
                "Basis: hulp op vaste momenten in de week.\n"
                "Altijd beschikbaar: hulp op alle uren dat de bibliotheek open is.\n"
                "Brede dienstverlening: ook hulp samen met andere organisaties, zoals "
                "spreekuren."
            ),
        )
        layout.addLayout(self.form)
        self.general_error = error_label(self)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

        buttons = self.buttons
        buttons.addStretch(1)
        self.cancel_button = QPushButton(
            self.tr("Afsluiten") if first_start else self.tr("Annuleren"), self
        )
        self.cancel_button.setMinimumHeight(CHIP_HEIGHT)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(CHIP_HEIGHT)
        self.save_button.setMinimumWidth(160)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        if self.location is not None:
            self._fill(self.location)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, field: str, label: str, example: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(self.tr("bijvoorbeeld {0}").format(example))
        edit.textEdited.connect(lambda _t, f=field: self.errors[f].hide())
        self._add(field, label, edit)
        return edit

    def _add(self, field: str, label: str, widget: QWidget, hint: str = "") -> None:
        """A row of the form: the field, a hint under it (also its description for a screen
        reader) when there is one, then the place for its error."""
        widget.setMinimumHeight(CHIP_HEIGHT)
        widget.setObjectName(field)
        widget.setAccessibleName(label)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            explain = QLabel(hint, self)
            explain.setObjectName("hint")  # the hint colour
            explain.setWordWrap(True)
            widget.setAccessibleDescription(hint)
            column.addWidget(explain)
        error = error_label(self)
        column.addWidget(error)
        add_field(self.form, label, column, buddy=widget)
        self.fields[field] = widget
        self.errors[field] = error

    def _fill(self, info: LocationInfo) -> None:
        self.name.setText(info.name)
        self.organisation.setText(info.organisation)
        self.municipality.setText(info.municipality)
        self.cbs_code.setText(info.cbs_code)
        self.province.setCurrentIndex(max(0, self.province.findData(info.province)))
        self.setup.setCurrentIndex(max(0, self.setup.findData(info.setup)))

    def data(self) -> LocationInput:
        return LocationInput(
            name=self.name.text(),
            organisation=self.organisation.text(),
            municipality=self.municipality.text(),
            cbs_code=self.cbs_code.text(),
            province=self.province.currentData(),
            setup=self.setup.currentData(),
        )

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        try:
            self.location = save_location(self.desk, self.data(), for_everyone=self.for_everyone)
        except SharedLocation as exc:  # a shared database's: refused, as 'ido-desk setup' does
            self.general_error.setText(window_text(exc.message))
            self.general_error.show()
            self.for_everyone = True  # the next click is the CLI's --change
            self.save_button.setText(self.tr("Wijzigen voor iedereen"))
            self.fit_height_soon()
            return
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.general_error)
            label.setText(window_text(exc.message))
            label.show()
            self.fit_height_soon()
            self.fields.get(exc.field, self.name).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except UserError as exc:
            self.general_error.setText(user_message(exc))
            self.general_error.show()
            return
        self.accept()
