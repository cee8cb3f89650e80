"""The municipality account against independent SQL on the hand-made database: per
municipality the year with its months and quarters, every table beside the year before, one
definition of referral, "niet vergelijkbaar" for a municipality with far less data a year
earlier, a grand total; and every page of every report kind inside its frame."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader

from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports import formatting as fmt
from ido_desk.reports.kinds import KINDS
from ido_desk.reports.municipality import MunicipalityReport, MunicipalitySection
from ido_desk.reports.scope import LocationFilter
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.pdf_layout import overlapping
from tests.report_cases import LIVE, build_cases, questions_by, sql
from tests.report_data import V, add_location, add_visits

NOW_RANGE = ("2026-01-01", "2026-11-04")  # 2026 up to and including 3 November
BEFORE_RANGE = ("2025-01-02", "2025-11-05")  # the same days 52 weeks earlier
MARGIN = 10 * 72 / 25.4  # 10 mm: the page margins are 18 mm across and 20 mm at the foot


def account(desk: Desk, period: str = "2026") -> MunicipalityReport:
    report = build_report(desk, ReportRequest("municipality", parse_period(period), "all"))
    assert isinstance(report, MunicipalityReport)
    return report


def figure(
    section: MunicipalitySection, label: str
) -> tuple[float | None, tuple[float | None, ...]]:
    key = next(f for f in section.key_figures if f.label == label)
    return key.value, key.earlier


def delft_account(
    desk: Desk, earlier: list[datetime] | None = None
) -> tuple[MunicipalityReport, MunicipalitySection]:
    """Delft's account for 2026: two visits in October 2026 (and ``earlier`` ones)."""
    delft = add_location(desk, "GM0503-centrum", "Bibliotheek Delft", "Delft", "GM0503")
    add_visits(desk, [V(datetime(2026, 10, 6, 10), location=delft)] * 2)
    if earlier:
        add_visits(desk, [V(when, location=delft) for when in earlier])
    where = LocationFilter("all", municipalities=("GM0503",))
    report = build_report(desk, ReportRequest("municipality", parse_period("2026"), where))
    assert isinstance(report, MunicipalityReport)
    (section,) = report.sections
    return report, section


def per_municipality(desk: Desk, start: str, end: str) -> dict[str, tuple[int, int]]:
    """CBS code -> (visits, minutes)."""
    rows = sql(
        desk,
        "SELECT l.cbs_code, count(*), coalesce(sum(v.duration_min), 0) FROM visit v "
        "JOIN location l ON l.id = v.location_id WHERE v.deleted_at IS NULL "
        "AND v.started_at >= ? AND v.started_at < ? GROUP BY l.cbs_code",
        start,
        end,
    )
    return {code: (n, m) for code, n, m in rows}


def test_each_municipality_and_the_grand_total_equal_sql(desk: Desk, clock: Clock) -> None:
    build_cases(desk)
    report = account(desk)
    now, before = per_municipality(desk, *NOW_RANGE), per_municipality(desk, *BEFORE_RANGE)
    assert [s.cbs_code for s in report.sections] == ["GM0518", "GM0603"]
    for section in report.sections:
        visits, earlier = figure(section, "Bezoeken")
        assert visits == now[section.cbs_code][0]
        assert earlier == (before.get(section.cbs_code, (0, 0))[0],)
        assert figure(section, "Totale hulptijd")[0] == now[section.cbs_code][1]
        assert sum(p.visits for p in section.months) == visits
        assert section.quarters.rows[0].values[-1] == visits
    assert report.total is not None
    assert figure(report.total, "Bezoeken")[0] == sum(n for n, _ in now.values())
    assert report.sections[0].quarters.columns[-2] == "K4 2026 t/m 3 nov"


def test_tables_beside_the_year_before(desk: Desk, clock: Clock) -> None:
    build_cases(desk)
    report = account(desk)
    topics_now = questions_by(desk, "topic_id", "topic", *NOW_RANGE, group="l.cbs_code")
    topics_then = questions_by(desk, "topic_id", "topic", *BEFORE_RANGE, group="l.cbs_code")
    for section in report.sections:
        table = next(t for t in section.tables if t.first == "Onderwerp")
        for row in (r for r in table.rows if r.level == 0):
            assert row.count == topics_now[(section.cbs_code, row.label)]
            assert row.before == topics_then.get((section.cbs_code, row.label), 0)
    rijswijk = report.sections[1]
    months = {(p.year, p.month): (p.visits, p.before) for p in rijswijk.months}
    assert months[(2026, 3)] == (3, 2)  # 5 and 6 March, the edited one; not the deleted one
    assert months[(2026, 11)] == (1, 0) and rijswijk.months[-1].running
    channels = next(t for t in rijswijk.tables if t.first == "Waar")
    assert {r.label for r in channels.rows} == {"In de bibliotheek", "Op afstand"}


def test_one_definition_of_referral(desk: Desk, clock: Clock) -> None:
    build_cases(desk)
    report = account(desk)
    referred = dict(
        sql(
            desk,
            "SELECT l.cbs_code, sum(CASE WHEN h.code = 'doorverwezen' THEN 1 ELSE 0 END) * 1.0 "
            "/ count(*) FROM question q "
            "JOIN visit v ON v.id = q.visit_id JOIN location l ON l.id = v.location_id "
            "LEFT JOIN help_kind h ON h.id = q.help_id WHERE v.deleted_at IS NULL "
            "AND v.started_at >= ? AND v.started_at < ? GROUP BY l.cbs_code",
            *NOW_RANGE,
        )
    )
    for section in report.sections:
        share = float(referred[section.cbs_code])  # PostgreSQL: a Decimal
        assert figure(section, "Doorverwezen")[0] == pytest.approx(share)
        helps = next(t for t in section.tables if t.first == "Hulp")
        referrals = next(t for t in section.tables if t.first == "Doorverwezen naar")
        shown = sum(r.count for r in helps.rows if r.label == "Doorverwezen")
        assert sum(r.count for r in referrals.rows) == shown  # the targets of exactly those
    den_haag = report.sections[0]
    assert figure(den_haag, "Doorverwezen")[0] == 0  # course advice is not a referral
    rijswijk_targets = {
        r.label
        for r in next(t for t in report.sections[1].tables if t.first == "Doorverwezen naar").rows
    }
    assert "Bestemming niet vastgelegd" in rijswijk_targets  # the running month's DigiD one


def test_far_less_data_a_year_earlier_is_not_compared(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    build_cases(desk)
    report = account(desk)
    den_haag, rijswijk = report.sections
    assert not den_haag.comparable and rijswijk.comparable
    change = next(f for f in den_haag.key_figures if f.label == "Bezoeken").changes[0]
    assert fmt.change(change) == "niet vergelijkbaar"
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(write_report(report, tmp_path / "g.pdf")).pages
    )
    assert (
        "niet vergelijkbaar" in text and "Gemeenteverantwoording 2026 (t/m 3 november 2026)" in text
    )
    assert "Alle 2 gemeenten samen" in text


def text_outside(page: PageObject) -> list[tuple[float, float, str]]:
    """Text that starts outside the page less a 10 mm border."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    outside: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        # where the text starts on the page: the text matrix through the drawing's one
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        inside = MARGIN <= x <= width - MARGIN and MARGIN <= y <= height - MARGIN
        if text.strip() and not inside:
            outside.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return outside


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_page_keeps_its_text_inside_the_frame_and_names_the_filter(
    desk: Desk, clock: Clock, tmp_path: Path, kind: str
) -> None:
    build_cases(desk)
    where = LocationFilter("all", municipalities=("GM0518",))
    report = build_report(desk, ReportRequest(kind, parse_period("2026"), where))
    reader = PdfReader(write_report(report, tmp_path / f"{kind}.pdf"))
    for page in reader.pages:
        assert not text_outside(page), text_outside(page)[:3]
        assert not overlapping(page), overlapping(page)[:3]  # "niet vergelijkbaar" did
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Filter gemeente Den Haag (GM0518)" in first


def test_months_and_quarters_follow_the_calendar_a_year_earlier(desk: Desk, clock: Clock) -> None:
    """A running quarter (1 October to 3 November 2026): its key figures compare with the
    same weekdays 52 weeks earlier, its months by the calendar: October beside the whole of
    October 2025, the running November beside 1 to 3 November 2025."""
    add_visits(
        desk,
        [
            V(datetime(2025, 10, 1, 10)),  # in October 2025, not in the 52 weeks earlier
            V(datetime(2025, 10, 20, 10)),
            V(datetime(2025, 11, 3, 10)),  # the same days of November
            V(datetime(2025, 11, 4, 10)),  # 52 weeks earlier, but not the same dates
            V(datetime(2026, 10, 7, 10)),
            V(datetime(2026, 11, 2, 10)),
        ],
    )
    section = account(desk, "2026-Q4").sections[0]

    def counted(start: str, end: str) -> int:
        [(n,)] = sql(desk, f"SELECT count(*) FROM visit v WHERE {LIVE}", start, end)
        return int(n)

    months = {(p.year, p.month): (p.visits, p.before) for p in section.months}
    assert months == {
        (2026, 10): (1, counted("2025-10-01", "2025-11-01")),  # 2
        (2026, 11): (1, counted("2025-11-01", "2025-11-04")),  # 1
    }
    assert figure(section, "Bezoeken") == (2, (counted("2025-10-02", "2025-11-05"),))  # 3
    earlier = next(r for r in section.quarters.rows if r.label == "Bezoeken een jaar eerder")
    assert earlier.values == (3, 3)


def test_the_grand_total_is_compared_only_against_as_much_data(desk: Desk, clock: Clock) -> None:
    """One location busy every month a year earlier does not make the thin year of three
    locations that started this year comparable: the grand total follows the rule each
    municipality follows, counted per location and month (40 now, 10 a year earlier)."""
    new = [add_location(desk, f"GM0503-tak-{n}", f"Tak {n}", "Delft", "GM0503") for n in range(3)]
    visits = [V(datetime(year, month, 15, 11)) for year in (2025, 2026) for month in range(1, 11)]
    visits += [
        V(datetime(2026, month, 15, 11), location=at) for at in new for month in range(1, 11)
    ]
    add_visits(desk, visits)
    report = account(desk)
    assert report.total is not None and not report.total.comparable
    change = next(f for f in report.total.key_figures if f.label == "Bezoeken").changes[0]
    assert fmt.change(change) == "niet vergelijkbaar"
    rijswijk = next(s for s in report.sections if s.cbs_code == "GM0603")
    assert rijswijk.comparable  # its own year before holds as much as now


def test_months_nothing_was_received_for_are_marked_not_zero(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    """Only the fourth quarter came in from Delft: January to September are "nothing
    received" (the regional report's rule), in the months and the chart, not zeros."""
    report, section = delft_account(desk)
    assert [p.month for p in section.months if p.missing] == list(range(1, 10))
    assert section.not_received[0].startswith("Bibliotheek Delft: jan '26, feb '26")
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(write_report(report, tmp_path / "delft.pdf")).pages
    )
    assert f"Bezoeken {' '.join(['–'] * 8)} Vragen" in text  # the months in two parts
    assert "Bezoeken – 2 0 2" in text  # September; October, the running November, the total
    assert "Bezoeken – – – 2 2" in text  # the quarters
    assert "– niets ontvangen" in text
    long = write_report(report, tmp_path / "delft.long.csv").read_text(encoding="utf-8-sig")
    january = [r for r in long.splitlines() if ";maand;Bezoeken;" in r and "2026-01-01" in r]
    assert len(january) == 1 and "niets ontvangen" in january[0], january
    for suffix in (".csv", ".xlsx"):  # the readable tables: empty cells, not zeros
        assert write_report(report, tmp_path / f"delft{suffix}").stat().st_size > 0
    readable = (tmp_path / "delft.csv").read_text(encoding="utf-8-sig")
    assert "Delft;GM0503;jan '26;;" in readable, readable[:400]


def test_the_first_page_goes_on_and_a_municipality_without_visits_is_one_line(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    """The month chart follows the key figures on the first page (it left half the page
    empty); the hub's own Rijswijk with no visits this year is one line, not a section of
    zeros."""
    delft = add_location(desk, "GM0503-centrum", "Bibliotheek Delft", "Delft", "GM0503")
    add_visits(desk, [V(datetime(2026, m, 6, 10), location=delft) for m in range(1, 11)])
    add_visits(desk, [V(datetime(2025, 5, 6, 10))])  # Rijswijk: only a year earlier
    reader = PdfReader(write_report(account(desk), tmp_path / "g.pdf"))
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    assert "Bezoeken per maand" in pages[0]
    text = " ".join(pages)
    assert (
        "Gemeente Rijswijk (GM0603): geen bezoeken in deze periode (een jaar eerder: 1). "
        "Locaties: Bibliotheek Rijswijk, Huis van de Stad." in text
    )
    assert text.count("Kerncijfers") == 2  # Delft and the grand total, not Rijswijk
    # the grand total names it among its locations, and says so
    assert "(GM0603-huis-van-de-stad, basis; geen bezoeken in deze periode)" in text


def test_a_year_earlier_with_nothing_received_is_dashes_not_zeros(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    """Delft began in 2026: nothing was received for any month of 2025, so the year before's
    row, its totals, the key figures' and every table's column a year earlier are dashes
    (a 0 there reads as a count), and no change is computed against them."""
    report, section = delft_account(desk)
    assert section.nothing_before  # (one municipality: no grand total)
    assert figure(section, "Bezoeken") == (2, (None,))
    text = " ".join(
        " ".join(p.extract_text().split())
        for p in PdfReader(write_report(report, tmp_path / "delft.pdf")).pages
    )
    assert f"Bezoeken een jaar eerder {' '.join(['–'] * 5)}" in text  # Sept to Dec, total
    assert "Bezoeken een jaar eerder – – – – –" in text  # the quarters and their total
    assert "Digitale overheid 2 100,0% –" in text
    assert "Bezoeken een jaar eerder 0" not in text and "0 niet vergelijkbaar" not in text


def test_a_year_earlier_with_some_months_received_keeps_its_zeros(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    """One month received a year earlier: the year before is a count (0 where that month had
    none of a topic), as before."""
    _report, section = delft_account(desk, earlier=[datetime(2025, 10, 7, 10)])
    assert not section.nothing_before
    assert figure(section, "Bezoeken") == (2, (1,))
