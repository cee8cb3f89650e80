"""A sub-row's label that wraps (an organisation under its government level, a sub-topic)
keeps its indent: "Raad voor Rechtsbijstand / Juridisch Loket" under "Zelfstandig
bestuursorgaan" printed flush left, as if it were a level of its own."""

from __future__ import annotations

from ido_desk.reports.pdf import styles as st
from ido_desk.reports.pdf.blocks import label_cell

LONG = "Raad voor Rechtsbijstand / Juridisch Loket"


def test_a_wrapped_sub_row_keeps_its_indent() -> None:
    narrow = 50 * st.mm
    top, sub = label_cell(LONG, narrow), label_cell("    " + LONG, narrow)
    assert not isinstance(top, str) and not isinstance(sub, str)  # both wrap
    assert top.style.leftIndent == 0
    assert sub.style.leftIndent > 0 and sub.style.fontName == st.CELL.fontName
    assert label_cell("    UWV", narrow) == "    UWV"  # what fits stays plain text
