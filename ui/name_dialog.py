"""Who works at this PC: asked once, when the window opens a shared database (PostgreSQL) and
this PC has no name yet (``ido_desk.who``). The name goes into the audit log beside the role.
"Later" leaves it without one; the question comes back at the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from ido_desk.desk import Desk
from ido_desk.errors import UserError
from ido_desk.who import NAME_MAX, name_wanted, save_name
from ui.chips import CHIP_HEIGHT
from ui.field_label import name_field
from ui.messages import user_message
from ui.scroll_dialog import ScrollingDialog
from ui.style import error_label


class NameDialog(ScrollingDialog):
    """Ask for this PC's name and save it; ``desk.name`` holds it after acceptance."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent, width=520)
        self.desk = desk
        self.setWindowTitle(self.tr("Wie werkt er op deze computer?"))
        intro = QLabel(
            self.tr(
                "Meerdere coördinatoren werken in deze database. Uw naam komt in het "
                "auditlogboek bij alles wat u wijzigt, zodat de anderen zien wie het deed. "
                "Hij wordt op deze computer bewaard; het is geen wachtwoord."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        label = QLabel(self.tr("&Uw naam"), self)  # names the field below (name_field)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.name.setMinimumHeight(CHIP_HEIGHT)
        self.name.setAccessibleName(self.tr("Uw naam"))
        self.name.setPlaceholderText(self.tr("bijvoorbeeld Anna de Vries"))
        name_field(label, self.name)
        self.body.addWidget(label)
        self.body.addWidget(self.name)
        self.error = error_label(QLabel(self))
        self.name.textEdited.connect(lambda _text: self.error.hide())
        self.body.addWidget(self.error)
        self.body.addStretch(1)

        self.buttons.addStretch(1)
        later = QPushButton(self.tr("&Later"), self)
        later.setMinimumHeight(CHIP_HEIGHT)
        later.clicked.connect(self.reject)
        self.buttons.addWidget(later)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(CHIP_HEIGHT)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.addWidget(self.save_button)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        try:
            self.desk.name = save_name(self.desk.paths, self.name.text())
        except (UserError, OSError) as exc:  # empty, too long, or the folder cannot be written
            self.error.setText(user_message(exc))
            self.error.show()
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def ask_name_once(desk: Desk, parent: QWidget | None = None) -> NameDialog | None:
    """On a shared database, ask for this PC's name when it has none yet: the dialog is
    opened over ``parent`` (modal to it, not waited for: the window opens beneath it)."""
    if desk.name is not None or not name_wanted(desk.paths):
        return None
    dialog = NameDialog(desk, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
