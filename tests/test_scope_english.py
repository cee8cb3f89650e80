"""A report's filter told in English: the words of the filter (municipality, province,
organisation) are the core's marked texts, so an English refusal has no Dutch word in it."""

from __future__ import annotations

import pytest

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.reports.scope import LocationFilter, select_locations
from ido_desk.translatable import in_language
from tests.report_data import add_location


def test_a_filter_that_keeps_nothing_is_told_in_english(desk: Desk) -> None:
    add_location(desk, "GM0518-centrale", "Centrale", municipality="Den Haag", cbs="GM0518")
    where = LocationFilter("GM0518-centrale", municipalities=("GM0603",))
    with pytest.raises(ValidationError) as refused:
        select_locations(desk, where)
    dutch, english = str(refused.value.message), in_language(refused.value.message, "en")
    assert dutch == "Geen locatie past bij dit filter: gemeente Rijswijk (GM0603)."
    assert english == "No location matches this filter: municipality Rijswijk (GM0603).", english
    two = LocationFilter(municipalities=("GM0518",), provinces=("Zuid-Holland",))
    covers = select_locations(desk, two).covers
    assert covers == "gemeente Den Haag (GM0518); provincie Zuid-Holland"
    assert in_language(covers, "en") == "municipality Den Haag (GM0518); province Zuid-Holland"
