"""Roles: the front desk fixes its own visits of today; the manager PIN guards the rest.
The PIN is stored as a salted scrypt hash, and wrong tries make the next one wait."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest

from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.errors import ValidationError
from ido_desk.roles import (
    FREE_TRIES,
    MANAGER,
    PermissionDenied,
    PinRefused,
    is_manager,
    require_manager,
    set_pin,
    sign_in,
    sign_in_from_environment,
    sign_out,
    verify_pin,
)
from ido_desk.visit_reading import get_visit
from ido_desk.visits import delete_visit, record_visit, update_visit
from tests.db_helpers import connect

DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)


def settings(desk: Desk) -> dict[str, str]:
    with connect(desk) as con:
        return dict(con.execute("SELECT key, value FROM setting"))


def with_pin(desk: Desk, pin: str = "4711") -> None:
    set_pin(desk, pin)
    sign_out(desk)


def test_a_fresh_installation_needs_no_pin(desk: Desk) -> None:
    require_manager(desk, "Lijsten aanpassen")  # no PIN set yet: open


def test_the_pin_is_stored_as_a_salted_scrypt_hash(desk: Desk) -> None:
    set_pin(desk, "4711")
    set_pin(desk, "4711")  # the same PIN again: another salt, another hash
    stored = settings(desk)["manager_pin"]
    assert "4711" not in stored
    record = json.loads(stored)
    assert record["algorithm"] == "scrypt"
    assert len(bytes.fromhex(record["salt"])) == 16
    assert len(bytes.fromhex(record["hash"])) == 64


def test_setting_a_pin_signs_the_manager_in_and_is_audited(desk: Desk) -> None:
    set_pin(desk, "4711")
    assert desk.role == MANAGER
    with connect(desk) as con:
        rows = con.execute("SELECT action, role, after FROM audit_log").fetchall()
    assert rows == [("pin-set", "balie", '{"pincode": "ingesteld"}')]


@pytest.mark.parametrize("pin", ["12", "abcd", "12 34", "1234567890123"])
def test_a_pin_is_four_to_twelve_digits(desk: Desk, pin: str) -> None:
    with pytest.raises(ValidationError) as raised:
        set_pin(desk, pin)
    assert "4 tot 12 cijfers" in raised.value.message
    assert "manager_pin" not in settings(desk)


def test_changing_the_pin_needs_the_manager(desk: Desk) -> None:
    with_pin(desk)
    with pytest.raises(PermissionDenied, match="De pincode wijzigen kan alleen met"):
        set_pin(desk, "9999")
    sign_in(desk, "4711")
    set_pin(desk, "9999")
    sign_out(desk)
    assert verify_pin(desk, "9999").ok
    assert not verify_pin(desk, "4711").ok


def test_manager_actions_need_the_pin_once_one_is_set(desk: Desk) -> None:
    with_pin(desk)
    with pytest.raises(PermissionDenied) as raised:
        require_manager(desk, "Lijsten aanpassen")
    assert raised.value.message == "Lijsten aanpassen kan alleen met de pincode van de beheerder."
    sign_in(desk, "4711")
    assert is_manager(desk)
    require_manager(desk, "Lijsten aanpassen")
    sign_out(desk)
    with pytest.raises(PermissionDenied):
        require_manager(desk, "Lijsten aanpassen")


def test_wrong_tries_slow_down_and_are_remembered(desk: Desk, clock) -> None:
    with_pin(desk)
    for _ in range(FREE_TRIES - 1):
        check = verify_pin(desk, "0000")
        assert (check.ok, check.retry_in_s) == (False, 0)
        assert check.message == "Onjuiste pincode. Probeer het opnieuw."
    assert verify_pin(desk, "0000").retry_in_s == 5  # the third wrong try: now wait 5 s
    # during the wait even the right PIN is refused, unchecked, with the time left
    clock.now += timedelta(seconds=2)
    check = verify_pin(desk, "4711")
    assert (check.ok, check.retry_in_s) == (False, 3)
    assert "Probeer het over 3 seconden opnieuw" in check.message
    with pytest.raises(PinRefused) as raised:
        sign_in(desk, "4711")
    assert raised.value.retry_in_s == 3
    assert desk.role != MANAGER
    # the count lives in the database: a restarted program still makes one wait, longer
    clock.now += timedelta(seconds=3)
    assert verify_pin(desk, "0000").retry_in_s == 10
    clock.now += timedelta(seconds=10)
    assert verify_pin(desk, "4711").ok  # the right PIN after the wait resets the count
    assert verify_pin(desk, "0000").retry_in_s == 0


def test_the_front_desk_fixes_and_deletes_its_own_visits_of_today(desk: Desk, clock) -> None:
    with_pin(desk)
    visit_id = record_visit(desk, DIGID)
    update_visit(desk, visit_id, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
    assert get_visit(desk, visit_id).revision == 2
    delete_visit(desk, visit_id)


def test_a_visit_entered_on_an_earlier_day_needs_the_manager(desk: Desk, clock) -> None:
    with_pin(desk)
    visit_id = record_visit(desk, DIGID)
    clock.now += timedelta(days=1)
    with pytest.raises(PermissionDenied, match="Een bezoek van 03-11-2026 wijzigen"):
        update_visit(desk, visit_id, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
    with pytest.raises(PermissionDenied):
        delete_visit(desk, visit_id)
    with connect(desk) as con:
        assert con.execute("SELECT revision, deleted_at FROM visit").fetchall() == [(1, None)]
    sign_in(desk, "4711")
    delete_visit(desk, visit_id)
    with connect(desk) as con:
        assert con.execute(
            "SELECT role, action FROM audit_log WHERE entity = 'visit'"
        ).fetchall() == [("beheerder", "delete")]


def test_the_role_check_is_part_of_the_write_transaction(desk: Desk, clock) -> None:
    """update_visit / delete_visit read the PIN in their own write session: never a second
    connection while the first is held (a nested session)."""
    from sqlalchemy import event

    with_pin(desk)
    visit_id = record_visit(desk, DIGID)
    clock.now += timedelta(days=1)
    held, most = [0], [0]

    def checkout(*_args: object) -> None:
        held[0] += 1
        most[0] = max(most[0], held[0])

    def checkin(*_args: object) -> None:
        held[0] -= 1

    event.listen(desk.db.engine, "checkout", checkout)
    event.listen(desk.db.engine, "checkin", checkin)
    try:
        with pytest.raises(PermissionDenied):
            update_visit(desk, visit_id, VisitDraft(questions=(QuestionDraft("toeslagen"),)))
        with pytest.raises(PermissionDenied):
            delete_visit(desk, visit_id)
    finally:
        event.remove(desk.db.engine, "checkout", checkout)
        event.remove(desk.db.engine, "checkin", checkin)
    assert most[0] == 1


def test_a_backdated_visit_entered_today_is_the_front_desks_to_fix(desk: Desk, clock) -> None:
    with_pin(desk)
    draft = VisitDraft(
        questions=(QuestionDraft("digid"),), started_at=clock.now - timedelta(days=3)
    )
    visit_id = record_visit(desk, draft)
    delete_visit(desk, visit_id)


def test_the_cli_signs_in_with_ido_desk_pin(desk: Desk) -> None:
    with_pin(desk)
    assert sign_in_from_environment(desk, {"IDO_DESK_PIN": "4711"})
    assert is_manager(desk)
    sign_out(desk)
    assert not sign_in_from_environment(desk, {})
    with pytest.raises(PinRefused):
        sign_in_from_environment(desk, {"IDO_DESK_PIN": "1111"})


def test_cli_pin_set_from_stdin(desk: Desk) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ido_desk.cli.main", "pin", "set", "--new-pin-stdin"],
        input="2468\n",
        capture_output=True,
        text=True,
        env={**os.environ, "IDO_DESK_DATA_DIR": str(desk.paths.data_dir)},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Pincode ingesteld" in done.stdout
    assert verify_pin(desk, "2468").ok


def test_cli_manager_commands_need_ido_desk_pin(desk: Desk, cli, monkeypatch) -> None:
    with_pin(desk, "2468")
    refused = cli("audit")
    assert refused.returncode == 3
    assert "Het auditlogboek bekijken kan alleen met de pincode" in refused.stderr
    assert "Traceback" not in refused.stderr
    monkeypatch.setenv("IDO_DESK_PIN", "1111")
    wrong = cli("audit")
    assert (wrong.returncode, wrong.stderr.strip()) == (
        3,
        "ido-desk: Onjuiste pincode. Probeer het opnieuw.",
    )
    monkeypatch.setenv("IDO_DESK_PIN", "2468")
    allowed = cli("audit")
    assert allowed.returncode == 0, allowed.stderr
    assert "Pincode ingesteld" in allowed.stdout


# -- the window's PIN dialog ----------------------------------------------------------------


def test_pin_dialog_signs_the_manager_in(qtbot, desk: Desk) -> None:
    from PySide6.QtCore import Qt

    from ui.pin_dialog import PinDialog

    with_pin(desk)
    dialog = PinDialog(desk, action="Lijsten aanpassen")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Onjuiste pincode. Probeer het opnieuw."
    assert dialog.pin.text() == ""  # cleared for the next try
    assert desk.role != MANAGER
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClicks(dialog.pin, "4711")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert is_manager(desk)


def test_pin_dialog_counts_down_after_wrong_tries(qtbot, desk: Desk) -> None:
    from PySide6.QtCore import Qt

    from ui.pin_dialog import PinDialog

    with_pin(desk)
    for _ in range(FREE_TRIES - 1):
        verify_pin(desk, "0000")
    dialog = PinDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.ok.isEnabled()
    assert "Probeer het over 5 seconden opnieuw" in dialog.error.text()
    dialog.grab().save("/tmp/pin_dialog.png")
    qtbot.waitUntil(lambda: "over 4 s" in dialog.error.text(), timeout=3000)
    dialog._wait_left = 1  # skip the rest of the wait: the timer's next tick ends it
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=3000)
    assert dialog.error.text() == ""


def test_set_pin_dialog(qtbot, desk: Desk) -> None:
    from PySide6.QtCore import Qt

    from ui.pin_dialog import SetPinDialog

    dialog = SetPinDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.pin, "4711")
    qtbot.keyClicks(dialog.again, "4712")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.error.text() == "De twee pincodes zijn niet gelijk."
    assert "manager_pin" not in settings(desk)
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, "4711")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    sign_out(desk)
    assert verify_pin(desk, "4711").ok
