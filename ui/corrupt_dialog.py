"""A damaged (or empty, or lost) database, or one that could not be brought to this version's
schema: say so in Dutch and offer to put back the newest good backup (the file it replaces is
kept as it was). The window calls ``offer_restore`` when opening the database raises
CorruptDatabase, EmptyDatabase or UpgradeFailed, and opens it again when it returns True.
The restore (seconds for a big database) runs off the GUI thread (ui.operations.Op): the
dialog stays responsive and says it is busy, and cannot be closed halfway."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.backup import BackupInfo, newest_good_backup
from ido_desk.config import Paths
from ido_desk.restore import RestoreResult, restore_closed
from ui.messages import user_message
from ui.operations import Op
from ui.qt_dates import to_qdate
from ui.style import ERROR_STYLE


class CorruptDialog(QDialog):
    def __init__(
        self,
        paths: Paths,
        parent: QWidget | None = None,
        *,
        empty: bool = False,
        upgrade_failed: str | None = None,  # the error's code, when the upgrade failed
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.empty = empty
        self.upgrade_failed = upgrade_failed
        self.result_of_restore: RestoreResult | None = None
        self.backup: BackupInfo | None = newest_good_backup(paths)
        self.setWindowTitle(
            self.tr("Gegevens niet bijgewerkt")
            if upgrade_failed is not None
            else self.tr("Bestand met de bezoeken beschadigd")
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # a restore says no steps: busy until it is done
        self.progress.setAccessibleName(self.tr("Bezig met terugzetten"))
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self._task: Op[RestoreResult] | None = None
        self.restore_button: QPushButton | None = None
        if self.backup is not None:
            self.restore_button = self.buttons.addButton(
                self.tr("Back-up &terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.setObjectName("primary")
            self.restore_button.clicked.connect(self.restore_now)
        self.close_button = self.buttons.addButton(
            self.tr("&Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.text.setText(self.explanation())
        self.setMinimumWidth(480)

    def explanation(self) -> str:
        if self.backup is None:
            return (
                self._what_happened()
                + "\n\n"
                + self.tr(
                    "Er is geen bruikbare back-up in {0}. Laat het bestand niet weggooien en vraag "
                    "hulp aan de beheerder."
                ).format(self.paths.backup_dir)
            )
        locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        when = locale.toString(to_qdate(self.backup.made_at.date()), "d MMMM yyyy")
        offer = (
            self.tr(
                "De nieuwste goede back-up is van {0} om {1}. Wat daarna is geregistreerd, staat "
                "er niet in. Het huidige bestand wordt eerst bewaard in de back-upmap, zodat er "
                "niets verloren gaat.\n\nDeze back-up terugzetten?"
            )
            if self.upgrade_failed is not None
            else self.tr(
                "De nieuwste goede back-up is van {0} om {1}. Wat daarna is geregistreerd, staat "
                "er niet in. Het beschadigde bestand wordt eerst bewaard, zodat er niets verloren "
                "gaat.\n\nDeze back-up terugzetten?"
            )
        )
        return self._what_happened() + "\n\n" + offer.format(when, f"{self.backup.made_at:%H:%M}")

    def _what_happened(self) -> str:
        if self.upgrade_failed is not None:
            return self.tr(
                "IDO Desk kon het bestand met de bezoeken niet bijwerken naar deze versie van het "
                "programma ({0}). Er is niets aan veranderd, maar zo kan IDO Desk het niet openen."
            ).format(self.upgrade_failed)
        if self.empty:
            return self.tr(
                "Het bestand met de bezoeken is leeg of verdwenen, terwijl er back-ups "
                "zijn. Dit is geen nieuwe installatie."
            )
        return self.tr(
            "Het bestand met de bezoeken is beschadigd, bijvoorbeeld door een "
            "stroomstoring of een schijffout."
        )

    @property
    def restoring(self) -> bool:
        return self._task is not None and self._task.running

    def restore_now(self) -> None:
        """Put the backup back off the GUI thread; the dialog closes when it is done, or says
        why not and offers it again."""
        assert self.backup is not None
        if self.restoring:
            return
        file = self.backup.path
        self._busy(True)
        self._task = (
            Op(self, None, lambda _progress: restore_closed(self.paths, file))
            .success(self._restored)
            .failure(self._failed)
            .run()
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.close_button):
            if button is not None:
                button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setText(self.tr("Bezig met terugzetten…") if busy else "")
        if busy:
            self.error.clear()

    def _restored(self, result: RestoreResult) -> None:
        self._busy(False)
        self.result_of_restore = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.error.setText(user_message(exc))

    def reject(self) -> None:  # Esc and "Afsluiten": not while the restore runs
        if not self.restoring:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.restoring:
            event.ignore()
            return
        super().closeEvent(event)


def offer_restore(
    paths: Paths,
    parent: QWidget | None = None,
    *,
    empty: bool = False,
    upgrade_failed: str | None = None,
) -> bool:
    """True when a backup was put back (open the database again), False when not."""
    dialog = CorruptDialog(paths, parent, empty=empty, upgrade_failed=upgrade_failed)
    return dialog.exec() == QDialog.DialogCode.Accepted
