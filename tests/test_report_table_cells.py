"""The report tables' plain-text cells fit their columns: a cell's text that is wider than its
column runs into the one beside it (the PDF shows "4.008niet vergelijkbaar")."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from ido_desk.periods import year
from ido_desk.reports.model import Comparison, CountRow
from ido_desk.reports.pdf import blocks

YEAR_BEFORE = year(2024)


def overflowing(table: object) -> list[str]:
    """The plain-text cells wider than their column, as "row,column: text"."""
    found = []
    widths = table._colWidths  # type: ignore[attr-defined]
    for r, (cells, styles) in enumerate(
        zip(table._cellvalues, table._cellStyles, strict=True)  # type: ignore[attr-defined]
    ):
        for c, (cell, style) in enumerate(zip(cells, styles, strict=True)):
            if type(cell) is not str:
                continue
            room = widths[c] - style.leftPadding - style.rightPadding
            if stringWidth(cell, style.fontname, style.fontsize) > room:
                found.append(f"{r},{c}: {cell}")
    return found


def test_an_incomparable_change_fits_beside_large_counts_in_bold_and_plain_rows() -> None:
    rows = (
        CountRow("DigiD", 110_729, 0.404, before=21_708),
        CountRow("Activeren", 23_013, 0.114, level=1, before=4_473),
        CountRow("Toeslagen", 3_356, 0.126, before=622),
    )
    for comparable in (False, True):
        comparison = Comparison(
            "Vorig jaar", YEAR_BEFORE, "niet vergelijkbaar: veel minder gegevens", comparable
        )
        table = blocks.compared_table(rows, "Onderwerp", comparison, comparable)
        assert overflowing(table) == []
