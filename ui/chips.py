"""Chips: a group of big checkable buttons in a flowing row, one choice or several.

The front-desk form is built from these: channel, topic, sub-topic, help given, duration. A
chip group knows its keys ("1", "Alt+S", ...) and shows them on the chip ("1  DigiD"); the
form hands it key presses with ``handle_key`` so one key press picks one chip.

For the keyboard a row is one control, as a group of radio buttons is: it is one Tab stop (the
chosen chip, else the one last visited, else the first), the arrow keys go round the row, and
Space or Enter chooses the chip that has the focus. A screen reader hears the row as a group
("Kanaal, groep") with its chips inside."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ui.chips_keys import key_matches, key_text
from ui.chips_layout import FlowLayout

CHIP_HEIGHT = 36
ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # Space a push button takes itself
STOP_EVENTS = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange)


class ChipInterface(QAccessibleWidget):
    """A chip as a screen reader should hear it: a radio button in a row where one is chosen
    (every row here: one channel, one duration, one topic, one help per question), a check
    box in a row of several choices; checked or not, and pressed by the reader's action."""

    def __init__(self, chip: QPushButton, role: QAccessible.Role) -> None:
        super().__init__(chip, role)
        self.chip = chip

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = True
        state.checked = self.chip.isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.toggleAction()]

    def doAction(self, name: str) -> None:
        if name in (
            QAccessibleActionInterface.toggleAction(),
            QAccessibleActionInterface.pressAction(),
        ):
            self.chip.click()


class DisclosureInterface(QAccessibleWidget):
    """A button that shows or hides more ("Meer onderwerpen", "Eerder…"): a push button that
    says whether what it opens is open (expanded), not a check box."""

    def __init__(self, button: QPushButton) -> None:
        super().__init__(button, QAccessible.Role.PushButton)
        self.button = button

    def state(self) -> QAccessible.State:
        state = super().state()
        state.checkable = False
        state.checked = False
        state.expandable = True
        state.expanded = self.button.isChecked()
        state.collapsed = not self.button.isChecked()
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.button.click()


def make_disclosure(button: QPushButton) -> None:
    """Announce ``button`` (checkable: open or not) as a push button that opens something."""
    button.setProperty("disclosure", True)
    _install_group_role()


def _group_interface(key: str, widget: QObject) -> QAccessibleInterface | None:
    """A chip row is announced as a group with its name, not as an anonymous "client"; its
    chips as radio buttons (one choice) or check boxes (several); a button that opens more
    as a push button (``make_disclosure``)."""
    if isinstance(widget, QPushButton) and widget.property("disclosure"):
        return DisclosureInterface(widget)
    if isinstance(widget, ChipGroup):
        return QAccessibleWidget(widget, QAccessible.Role.Grouping)
    if isinstance(widget, QPushButton) and isinstance(widget.parent(), ChipGroup):
        group = widget.parent()
        assert isinstance(group, ChipGroup)
        role = QAccessible.Role.RadioButton if group.exclusive else QAccessible.Role.CheckBox
        return ChipInterface(widget, role)
    return None


_factory: list[object] = []  # installed once, the first time a chip row is made


def _install_group_role() -> None:
    if not _factory:
        QAccessible.installFactory(_group_interface)
        _factory.append(_group_interface)


class ChipGroup(QWidget):
    """Checkable chips for a list of (code, label) items.

    exclusive: at most one chip is checked (clicking the checked chip clears it, unless
    ``allow_none`` is False). ``changed`` is emitted after every change made by the user."""

    changed = Signal()

    def __init__(
        self,
        items: Sequence[tuple[str, str]] = (),
        *,
        exclusive: bool = True,
        allow_none: bool = True,
        keys: Sequence[str] = (),
        keys_in_label: bool = False,
        one_line: bool = False,
        name: str = "",
        spoken: str = "{0}",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        _install_group_role()
        self.spoken = spoken  # what a screen reader says for a chip ("{0} minuten")
        self.setAccessibleName(name)
        self.exclusive = exclusive
        self.allow_none = allow_none
        self.keys_in_label = keys_in_label
        horizontal = QSizePolicy.Policy.Minimum if one_line else QSizePolicy.Policy.Preferred
        self.setSizePolicy(horizontal, QSizePolicy.Policy.Preferred)
        if one_line:
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            self._layout: QLayout = row
        else:
            self._layout = FlowLayout(self)
        self._buttons: dict[str, QPushButton] = {}
        self._keys: dict[str, str] = {}
        self._ring: list[QPushButton] = []  # what the arrow keys go round, in the row's order
        self._visited: QPushButton | None = None
        self._filled = False  # the first fill comes right after the row: in Tab order already
        self.set_items(items, keys)
        self._filled = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # chips shown or hidden ("Meer ...")
            self._fit_height()
        return super().event(event)

    def _fit_height(self) -> None:
        """Room for every wrapped line (a scroll area would squeeze them otherwise), and no
        more: a line of chips hidden again leaves no blank band."""
        if isinstance(self._layout, FlowLayout):
            height = self._layout.heightForWidth(self.width())
            if height != self.minimumHeight():
                self.setMinimumHeight(height)

    # -- contents -----------------------------------------------------------------------

    def set_items(self, items: Sequence[tuple[str, str]], keys: Sequence[str] = ()) -> None:
        self.setFocusProxy(None)  # type: ignore[arg-type]  # Qt moves a row to its proxy
        anchor = self._control_before() if self._filled else None
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            self._ring.remove(button)
            button.removeEventFilter(self)
            button.hide()
            button.deleteLater()
        self._buttons = {}
        self._keys = {}
        self._visited = None
        for n, (code, label) in enumerate(items):
            key = keys[n] if n < len(keys) else ""
            self.add_chip(code, label, key)
        if anchor is not None and self._ring:
            # chips made after the form was built (a topic's sub-topics) stand in the Tab
            # order where the row stands, not after everything else in the window
            QWidget.setTabOrder(anchor, self._ring[0])
        self._update_tab_stop()
        self.updateGeometry()

    def add_chip(self, code: str, label: str, key: str = "") -> QPushButton:
        text = f"{key_text(key)}  {label}" if key and self.keys_in_label else label
        button = QPushButton(text, self)
        button.setProperty("chip", True)
        button.setCheckable(True)
        button.setAutoDefault(False)  # Enter chooses the chip, also in a dialog
        button.setMinimumHeight(CHIP_HEIGHT)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(f"{label} ({key_text(key)})" if key else label)
        button.setObjectName(f"chip_{code}")
        button.setAccessibleName(self.spoken.format(label))
        group = self.accessibleName()
        keys = QCoreApplication.translate("ChipGroup", "toets {0}").format(key_text(key))
        button.setAccessibleDescription(", ".join(t for t in (group, keys if key else "") if t))
        button.clicked.connect(lambda checked, c=code: self._clicked(c, checked))
        self._layout.addWidget(button)
        self._buttons[code] = button
        self._join_ring(button)
        if key:
            self._keys[code] = key
        return button

    def add_extra(self, widget: QWidget) -> None:
        """Another widget flowing after the chips: a chip-like button ("Meer ...") joins the
        row's arrow keys and Tab stop, anything else (a combobox) is a Tab stop of its own."""
        if widget.parentWidget() is not self:  # (made on it: not styled a second time)
            widget.setParent(self)
        self._layout.addWidget(widget)
        if isinstance(widget, QPushButton) and widget.property("chip"):
            widget.setAutoDefault(False)
            self._join_ring(widget)

    def _join_ring(self, button: QPushButton) -> None:
        if self._ring:
            QWidget.setTabOrder(self._ring[-1], button)
        self._ring.append(button)
        button.installEventFilter(self)  # arrow keys, Enter, the Tab stop
        self._update_tab_stop()

    def codes(self) -> list[str]:
        return list(self._buttons)

    def button(self, code: str) -> QPushButton:
        return self._buttons[code]

    def buttons(self) -> list[QPushButton]:
        return list(self._buttons.values())

    def key_of(self, code: str) -> str | None:
        return self._keys.get(code)

    # -- the choice ---------------------------------------------------------------------

    def value(self) -> str | None:
        """The checked chip's code (the first one, when several may be checked)."""
        return next((code for code, b in self._buttons.items() if b.isChecked()), None)

    def values(self) -> list[str]:
        return [code for code, b in self._buttons.items() if b.isChecked()]

    def set_value(self, code: str | None) -> None:
        """Check this chip alone (None: none), without emitting ``changed``."""
        for chip_code, button in self._buttons.items():
            button.setChecked(chip_code == code)
        self._update_tab_stop()

    def choose(self, code: str) -> None:
        """As if the user clicked the chip."""
        button = self._buttons[code]
        if button.isEnabled():
            button.click()

    def _clicked(self, code: str, checked: bool) -> None:
        if self.exclusive:
            if checked:
                for other, button in self._buttons.items():
                    if other != code:
                        button.setChecked(False)
            elif not self.allow_none:
                self._buttons[code].setChecked(True)
                return
        self._update_tab_stop()
        self.changed.emit()

    # -- keys ---------------------------------------------------------------------------

    def _control_before(self) -> QWidget | None:
        """The nearest control before this row in the Tab order (Qt orders nothing after a
        widget that takes no focus, such as the row itself)."""
        previous = self.previousInFocusChain()
        while previous is not None and previous is not self:
            if previous.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return None if self.isAncestorOf(previous) else previous
            previous = previous.previousInFocusChain()
        return None

    def _stops(self) -> list[QPushButton]:
        return [b for b in self._ring if not b.isHidden() and b.isEnabled()]

    def tab_stop(self) -> QPushButton | None:
        """The row's one Tab stop: the chosen chip, else the one last visited, else the first."""
        stops = self._stops()
        chosen = [b for b in stops if b.isChecked() and b in self._buttons.values()]
        if chosen:
            return chosen[0]
        if self._visited in stops:
            return self._visited
        return stops[0] if stops else None

    def _update_tab_stop(self) -> None:
        stop = self.tab_stop()
        for button in self._ring:
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != policy:
                button.setFocusPolicy(policy)
        self.setFocusProxy(stop)  # type: ignore[arg-type]  # a label's buddy lands on it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left/Up and Right/Down go to the previous and next chip of this row (round), not
        to whichever button Qt finds nearest on the screen; Enter chooses as Space does."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            step = ARROW_STEPS.get(Qt.Key(event.key()))
            chips = self._stops()
            if plain and step is not None and watched in chips:
                index = (chips.index(watched) + step) % len(chips)
                chips[index].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if plain and event.key() in CHOOSE_KEYS and isinstance(watched, QPushButton):
                if watched in chips and not event.isAutoRepeat():
                    watched.click()
                return watched in chips
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self._visited = watched
            self._update_tab_stop()
        elif kind in STOP_EVENTS and watched in self._ring:
            self._update_tab_stop()
        return super().eventFilter(watched, event)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Pick the chip whose key this is; True when the key was one of ours. The key of a
        chip already chosen keeps it chosen (pressed twice by mistake: nothing is lost)."""
        for code, key in self._keys.items():
            button = self._buttons[code]
            if key_matches(event, key) and not button.isHidden():
                if not (self.exclusive and button.isChecked()):
                    self.choose(code)
                return True
        return False
