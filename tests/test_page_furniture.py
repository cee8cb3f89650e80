"""The header and footer of every page keep the whole title, the whole period with its
"t/m" while it runs, and the location's name: they use the room there is beside the other
side's text, wrap to a second line or take smaller letters, and keep inside the page frame."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports.kinds import KINDS
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.pdf_layout import overlapping, text_runs
from tests.report_data import V, add_location, add_visits
from tests.test_reports_municipality import text_outside

LONG = "Centrale Bibliotheek Hoofddorp, Vestiging Raadhuisplein"
MM = 72 / 25.4


def furniture(page: PageObject) -> str:
    """The text above the page's frame (22 mm) and below it (20 mm): the header, then the
    footer, each side's lines top to bottom."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    runs = [r for r in text_runs(page) if r[2] > height - 22 * MM or r[2] < 20 * MM]
    runs.sort(key=lambda r: (r[2] < 20 * MM, r[0] > width / 2, -round(r[2]), r[0]))
    return " ".join(" ".join(r[3] for r in runs).split())


@pytest.mark.parametrize("period", ["2026", "2026-11", "2026-Q4"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_long_names_and_a_running_period_stay_whole(
    desk: Desk, clock: Clock, tmp_path: Path, kind: str, period: str
) -> None:
    add_location(desk, "GM0394-centrale", LONG, municipality="Haarlemmermeer", cbs="GM0394")
    add_visits(desk, [V(datetime(2026, 11, 2, 10)), V(datetime(2026, 10, 7, 11))])
    report = build_report(desk, ReportRequest(kind, parse_period(period), "GM0394-centrale"))
    path = write_report(report, tmp_path / f"{kind}.pdf")
    reader = PdfReader(path)
    label = report.header.period_label
    assert "(t/m 3 november 2026)" in label  # the period runs
    for page in reader.pages:
        assert not text_outside(page), text_outside(page)[:3]
        assert not overlapping(page), overlapping(page)[:3]
        text = furniture(page)
        assert "…" not in text
        assert f"Bibliotheek Haarlemmermeer, {LONG}" in text
        assert label in text
        assert report.header.title in text
