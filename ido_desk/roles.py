"""Who may do what. The front desk logs and fixes its own visits of today without a PIN;
the branch manager's actions (lists, settings, older visits, export, import, restore, the
audit log) need the manager PIN once one has been set.

Until a PIN is set, every action is open (a fresh installation must be usable), and the
settings ask the manager to set one."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Setting
from ido_desk.desk import Desk

FRONT_DESK = "balie"
MANAGER = "beheerder"
PIN_SETTING = "manager_pin"


class PermissionDenied(Exception):
    def __init__(self, action: str) -> None:
        message = f"{action} kan alleen met de pincode van de beheerder."
        super().__init__(message)
        self.message = message


def pin_is_set(desk: Desk) -> bool:
    with desk.db.session() as session:
        return session.scalar(select(Setting.key).where(Setting.key == PIN_SETTING)) is not None


def require_manager(desk: Desk, action: str) -> None:
    """Raise PermissionDenied unless the manager is signed in (or no PIN has been set).

    ``action`` is the Dutch name of what was tried, e.g. "Lijsten aanpassen"."""
    if desk.role == MANAGER or not pin_is_set(desk):
        return
    raise PermissionDenied(action)
