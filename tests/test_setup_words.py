"""The location's IDO set-up (basis, altijd beschikbaar, brede dienstverlening) in words a
front-desk user understands: the setup dialog names it "Soort informatiepunt" and says under
it what each choice means; the settings' summary uses the same name; both in English too."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from ido_desk.desk import Desk
from ui.app import install_language
from ui.settings_view import SettingsView
from ui.setup_dialog import SetupDialog


def setup_row(dialog: SetupDialog) -> tuple[str, str]:
    """The setup choice's label and its accessible description."""
    combo = dialog.fields["setup"]
    label = dialog.form.labelForField(combo) or next(
        dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        for row in range(dialog.form.rowCount())
        if dialog.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().buddy() is combo
    )
    assert isinstance(label, QLabel)
    return label.text(), combo.accessibleDescription()


def test_the_setup_is_named_and_explained(qtbot, desk: Desk) -> None:
    dialog = SetupDialog(desk)
    qtbot.addWidget(dialog)
    label, description = setup_row(dialog)
    assert label.replace("&", "") == "Soort informatiepunt"
    hints = [h.text() for h in dialog.findChildren(QLabel, "hint") if h.text() == description]
    assert hints == [description]  # shown under the choice, and read out with it
    for choice in ("Basis:", "Altijd beschikbaar:", "Brede dienstverlening:"):
        assert choice in description
    assert "IDO-opzet" not in description
    settings = SettingsView(desk)
    qtbot.addWidget(settings)
    assert "Soort informatiepunt: Basis" in settings.location_summary.text()


def test_the_setup_in_the_english_window(qtbot, desk: Desk, qapp) -> None:
    install_language(qapp, "en")
    try:
        dialog = SetupDialog(desk)
        qtbot.addWidget(dialog)
        label, description = setup_row(dialog)
        settings = SettingsView(desk)
        qtbot.addWidget(settings)
        summary = settings.location_summary.text()
    finally:
        install_language(qapp, None)
    assert label.replace("&", "") == "Kind of help point"
    for choice in ("Basic:", "Always available:", "Broad service:"):
        assert choice in description
    assert "Kind of help point: Basic" in summary, summary
