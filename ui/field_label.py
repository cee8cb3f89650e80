"""The label that names a field: its buddy (Alt + the underlined letter goes to the field, and
a screen reader reads the label with it), with room on its right for the ink of its last
letter. Qt sizes a label by its text's advance; the last letter's ink (an "e", a "t") reaches
the edge of that width, or past it in some fonts and at some scales, and is cut off where
the label gets no more room than it asks for (a row of fields side by side, the label column
of a form). Every label that names a field is made here, so each has that room."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

INK_ROOM = 4  # pixels right of the text, as "Taal / Language" needed


def name_field(label: QLabel, field: QWidget) -> QLabel:
    """``label`` names ``field`` from now on."""
    label.setBuddy(field)
    margins = label.contentsMargins()
    if margins.right() < INK_ROOM:
        label.setContentsMargins(margins.left(), margins.top(), INK_ROOM, margins.bottom())
    return label


def field_label(text: str, field: QWidget, parent: QWidget | None = None) -> QLabel:
    return name_field(QLabel(text, parent), field)


def add_field(
    form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None
) -> QLabel:
    """A row of ``form``: the label, then ``field``; the label names ``buddy`` (by default the
    field itself)."""
    named = buddy if buddy is not None else field
    assert isinstance(named, QWidget), "a row holding a layout names one of its widgets"
    label = field_label(text, named)
    form.addRow(label, field)
    return label
