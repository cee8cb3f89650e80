"""The backups section of the settings: when the last backup was made, "Nu back-up maken" and
"Back-up terugzetten..." (manager, a backup chosen from the list in ui.backup_choice, with
confirmation; the current database is kept first).
The check of the chosen file, the count of what a restore takes and the restore itself run
off the GUI thread (ui.operations), the buttons off meanwhile.
On a PostgreSQL database the backups are pg_dump's; when pg_dump or pg_restore is missing the
panel says what to install and the buttons are off."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ido_desk.backup import (
    BackupInfo,
    first_backup_pending,
    last_backup,
    make_backup,
    parse_backup_name,
    unsupported,
)
from ido_desk.desk import Desk
from ido_desk.restore import RestorePlan, RestoreResult, plan_restore, restore_on_desk
from ui.backup_choice import choose_backup
from ui.changes import Change, follow
from ui.messages import count_text, user_message, window_text
from ui.operations import Op
from ui.pin_dialog import ask_manager
from ui.qt_dates import to_qdate
from ui.style import ERROR_STYLE

WARN_AFTER = timedelta(days=2)


class BackupPanel(QWidget):
    """``restored`` (a RestoreResult) tells the window to reload what it shows; ``answered``
    (True for "Ja") follows the question before a restore."""

    restored = Signal(object)
    backup_made = Signal(object)
    answered = Signal(bool)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._task: Op[BackupInfo] | Op[RestorePlan] | Op[RestoreResult] | None = None
        self.server = desk.paths.database_file is None
        explain = QLabel(
            self.tr(
                "Bij de eerste start van elke dag maakt IDO Desk vanzelf een back-up, en ook "
                "vóór elke programma-update. Bewaard worden de laatste 7 dagen, 4 weken en "
                "12 maanden. Van de back-ups die u zelf maakt, blijven de laatste 10 bewaard; "
                "die halen nooit een automatische back-up weg. Elke back-up wordt na het "
                "maken gecontroleerd.\n"
                "Map: {0}"
            ).format(desk.paths.backup_dir)
            + (
                "\n"
                + self.tr(
                    "De gegevens staan op een server (PostgreSQL): de back-up maakt IDO Desk "
                    "met pg_dump, en controleert hem door hem terug te zetten in een "
                    "tijdelijke kopie en de registraties te tellen."
                )
                if self.server
                else ""
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("hint")
        self.last = QLabel()
        self.last.setObjectName("summary")
        self.last.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Nu back-up maken"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Back-up &terugzetten…"))
        self.restore_button.clicked.connect(self.choose_and_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.last)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch()
        self.unsupported = unsupported(desk.paths)
        self.refresh()
        follow(self, desk, Change.BACKUPS, self.refresh)  # the start-of-day backup, made later

    def refresh(self) -> None:
        if self.unsupported is not None:  # pg_dump or pg_restore not on PATH: say what to do
            self._busy(False)
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.unsupported)
        info = last_backup(self.desk)
        if info is None and first_backup_pending(self.desk):  # the first day: none due yet
            self.last.setText(
                self.tr(
                    "Er is nog geen back-up. Dat is normaal op de eerste dag: IDO Desk maakt "
                    "de eerste back-up vanzelf als het programma de volgende keer start. U "
                    "kunt ook nu een back-up maken."
                )
            )
            self.last.setStyleSheet("")
            return
        if info is None:
            self.last.setText(self.tr("Er is nog geen back-up gemaakt."))
            self.last.setStyleSheet(ERROR_STYLE)
            return
        kind = window_text(info.kind_label)
        text = self.tr("Laatste back-up: {0}, {1}").format(self._when(info), kind)
        old = self.desk.clock() - info.made_at > WARN_AFTER
        if old:
            text += "\n" + self.tr("Dat is lang geleden: maak nu een back-up.")
        self.last.setText(text)
        self.last.setStyleSheet(ERROR_STYLE if old else "")

    def _when(self, info: BackupInfo) -> str:
        day = QLocale().toString(  # the window's language: "3 november", "3 November"
            to_qdate(info.made_at.date()), "d MMMM yyyy"
        )
        return f"{day} {info.made_at:%H:%M}"

    def _busy(self, busy: bool, text: str = "") -> None:
        usable = not busy and self.unsupported is None
        self.backup_button.setEnabled(usable)
        self.restore_button.setEnabled(usable)
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(user_message(exc))
        self.refresh()

    def backup_now(self) -> None:
        self._busy(True, self.tr("Bezig met de back-up…"))

        def done(info: BackupInfo) -> None:
            self._busy(
                False, self.tr("Back-up gemaakt en gecontroleerd: {0}").format(info.path.name)
            )
            self.refresh()
            self.backup_made.emit(info)

        self._task = (
            Op(self, self.desk, lambda _p: make_backup(self.desk))
            .success(done)
            .failure(self._failed)
            .run()
        )

    def choose_and_restore(self) -> None:
        """The manager picks a backup from our own list (whole names, to the second), or
        another file, then confirms."""
        if not ask_manager(self.desk, self, self.tr("Een back-up terugzetten")):
            return
        chosen = choose_backup(self.desk, self)
        if chosen is not None:
            self.restore_file(chosen)

    def confirm_text(self, plan: RestorePlan) -> str:
        info = parse_backup_name(plan.file)
        made = (  # the name too: two backups of one minute differ only in it
            self.tr("van {0} ({1})").format(self._when(info), plan.file.name)
            if info
            else plan.file.name
        )
        if plan.lost_visits:
            lost = self.tr(
                "{0} registratie(s) van nu staan niet in deze back-up en verdwijnen dus."
            ).format(count_text(plan.lost_visits))
        else:
            lost = self.tr("Alle registraties van nu staan ook in deze back-up.")
        return self.tr(
            "De gegevens worden vervangen door de back-up {0}.\n\n{1} De gegevens van nu "
            "worden eerst bewaard in de back-upmap en blijven daar tot u ze weghaalt.\n\n"
            "Back-up terugzetten?"
        ).format(made, lost)

    def restore_file(self, file: Path) -> None:
        """Check the file and count the visits it would take away (off the GUI thread: a big
        database takes seconds), ask for confirmation, then restore (off the GUI thread)."""
        self._busy(True, self.tr("De back-up wordt gecontroleerd…"))
        self._task = (
            Op(self, self.desk, lambda _p: plan_restore(self.desk.paths, file))
            .success(self._ask_and_restore)
            .failure(self._failed)
            .run()
        )

    def _ask_and_restore(self, plan: RestorePlan) -> None:
        self._busy(True)  # the buttons stay off until the question is answered
        answer = QMessageBox.question(
            self,
            self.tr("Back-up terugzetten"),
            self.confirm_text(plan),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        yes = answer == QMessageBox.StandardButton.Yes
        self.answered.emit(yes)
        if not yes:
            self._busy(False)
            return
        self._busy(True, self.tr("Bezig met terugzetten…"))
        file = plan.file

        def done(result: RestoreResult) -> None:
            kept = result.replaced_copy.name if result.replaced_copy else "-"
            self._busy(
                False,
                self.tr("Teruggezet. De gegevens van daarvoor zijn bewaard als {0}.").format(kept),
            )
            self.refresh()
            self.restored.emit(result)

        self._task = (
            Op(
                self,
                self.desk,
                lambda _p: restore_on_desk(self.desk, file, accept_lost=plan.lost_visits),
                changes=Change.EVERYTHING,
            )
            .success(done)
            .failure(self._failed)
            .run()
        )
