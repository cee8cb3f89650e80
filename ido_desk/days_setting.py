"""A number of days the manager sets (the notes' retention period, the days after a month's
end from which a location is late): read with its default, changed by the manager only and
within its bounds, each change written with its audit row in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ido_desk.audit import write_audit
from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.roles import require_manager
from ido_desk.settings import get_setting, write_setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DaysSetting:
    key: str  # in the setting table
    field: str  # the field a refusal names
    default: int
    minimum: int
    maximum: int

    def read(self, desk: Desk) -> int:
        return get_setting(desk, self.key, self.default)

    def check(self, desk: Desk, days: int, action: str, refusal: str) -> int:
        """Before a change: asks for the manager (``action`` says what for) and refuses a
        value out of bounds with ``refusal``. Returns the value the change replaces."""
        require_manager(desk, action)
        if not self.minimum <= days <= self.maximum:
            raise ValidationError(self.field, refusal)
        return self.read(desk)

    def write(self, session: Session, desk: Desk, before: int, days: int) -> None:
        """The new value and its audit row, in the caller's transaction."""
        write_setting(session, self.key, days)
        write_audit(session, desk, "edit", "setting", self.key, {"dagen": before}, {"dagen": days})
