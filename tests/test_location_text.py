"""The location's texts travel in every export: text a spreadsheet would run as a formula is
refused where it is typed, not by the coordinator's import."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.location import LocationInput, set_location
from tests.db_helpers import connect

GOOD = LocationInput(
    name="Huis van de Stad",
    organisation="Bibliotheek Rijswijk",
    municipality="Rijswijk",
    cbs_code="GM0603",
    province="Zuid-Holland",
    opening_hours="ma-vr 10-17",
)


@pytest.mark.parametrize(
    ("field", "noun"),
    [
        ("name", "naam"),
        ("organisation", "organisatie"),
        ("municipality", "gemeente"),
        ("province", "provincie"),
        ("opening_hours", "openingstijden"),
    ],
)
@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_location_text_that_starts_like_a_formula_is_refused(
    bare_desk: Desk, field: str, noun: str, start: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        set_location(bare_desk, replace(GOOD, **{field: f" {start}HYPERLINK(1)"}))

    assert refused.value.field == field
    assert str(refused.value).startswith(f"De {noun} mag niet beginnen met =, +, - of @")
    with connect(bare_desk) as connection:
        assert connection.execute("SELECT count(*) FROM location").fetchone() == (0,)


def test_such_a_sign_inside_the_text_is_fine(bare_desk: Desk) -> None:
    info = set_location(bare_desk, replace(GOOD, name="Huis van de Stad - Plein"))
    assert info.name == "Huis van de Stad - Plein"
