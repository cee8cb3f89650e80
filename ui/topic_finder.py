"""Find a topic by typing part of its name ("tablet", "huur"): the best match shows beside
the box, Up/Down go through the others, Enter picks it. Typing a letter anywhere on a
question starts a search (the question editor hands the letter over)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ido_desk.labels import topic_path
from ido_desk.lists import Catalogue
from ui.chips import CHIP_HEIGHT
from ui.list_labels import shown


def topic_matches(catalogue: Catalogue, text: str) -> list[tuple[str, str]]:
    """(code, "Toeslagen > Huurtoeslag") for the active topics and sub-topics whose name holds
    ``text``: names that start with it first, then a word that does, then the rest."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found: list[tuple[int, int, str, str]] = []
    topics = catalogue.topics
    for order, item in enumerate(topics.active()):
        parent = topics.get(item.parent_code) if item.parent_code else None
        if parent is not None and parent.retired:
            continue
        label = shown(item).casefold()  # the Dutch name and the code find it too
        if not any(
            needle in name for name in (label, item.label_nl.casefold(), item.code.casefold())
        ):
            continue
        if label.startswith(needle):
            rank = 0
        elif any(word.startswith(needle) for word in label.replace("/", " ").split()):
            rank = 1
        else:
            rank = 2
        text_shown = topic_path(shown(parent), shown(item)) if parent else shown(item)
        found.append((rank, order, item.code, text_shown))
    return [(code, path) for _rank, _order, code, path in sorted(found)]


class TopicFinder(QWidget):
    """A search box and the match Enter would pick. ``picked(code)`` on Enter."""

    picked = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        row = QVBoxLayout(self)  # in the form's label column: the match under the box
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.box = QLineEdit(self)
        self.box.setObjectName("topicFinder")
        self.box.setMinimumHeight(CHIP_HEIGHT)
        self.box.setMaximumWidth(220)
        self.box.setPlaceholderText(self.tr("zoek…"))
        self.box.setToolTip(self.tr("Typ een deel van een onderwerp (bv. 'tablet'), dan Enter"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Onderwerp zoeken"))
        # reached by typing a letter on the question, not by Tab: the tab order stays one stop
        # per row, and a digit after Tab still picks a topic
        self.box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.box.textChanged.connect(self._search)
        self.box.installEventFilter(self)
        row.addWidget(self.box)
        self.match = QLabel(self)
        self.match.setObjectName("hint")
        self.match.setWordWrap(True)
        self.match.hide()
        row.addWidget(self.match)
        self._matches: list[tuple[str, str]] = []
        self._current = 0

    def start(self, text: str) -> None:
        """Begin a search with the letter just typed elsewhere."""
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.box.setText(text)

    def matches(self) -> list[tuple[str, str]]:
        return list(self._matches)

    def current(self) -> str | None:
        return self._matches[self._current][0] if self._matches else None

    def clear(self) -> None:
        self.box.clear()

    def _search(self, text: str) -> None:
        self._matches = topic_matches(self.catalogue, text)
        self._current = 0
        self._show()

    def _show(self) -> None:
        self.match.setVisible(bool(self.box.text().strip()))  # no blank line under the box
        if not self.box.text().strip():
            self.match.clear()
        elif not self._matches:
            self.match.setText(self.tr("niets gevonden"))
        else:
            shown = self._matches[self._current][1]
            others = len(self._matches) - 1
            more = self.tr(" (pijl omlaag: nog {0})").format(others) if others else ""
            self.match.setText(self.tr("Enter: {0}").format(shown) + more)

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._matches:
                step = 1 if key == Qt.Key.Key_Down else -1
                self._current = (self._current + step) % len(self._matches)
                self._show()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                code = self.current()
                if code is not None:
                    self.clear()
                    self.picked.emit(code)
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.clear()
                return True
            chip_key = event.text().isdigit() or event.modifiers() & Qt.KeyboardModifier.AltModifier
            handle = getattr(self.parent(), "handle_key", None)
            if chip_key and not self.box.text() and callable(handle):
                return bool(handle(event))  # "1", Alt+S: the question's chips
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
