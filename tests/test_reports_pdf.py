"""Reports over known visits: the numbers in the PDF's text (read back with pypdf) are the
counts the test computes itself; the CLI writes them and refuses bad input clearly."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ido_desk.desk import Desk
from ido_desk.periods import parse_period
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.pdf_layout import overlapping
from tests.report_data import Q, V, add_location, add_visits

OCTOBER = (
    [V(datetime(2026, 10, 5, 10, m)) for m in (0, 10, 20, 30)]  # Monday, DigiD activeren
    + [
        V(
            datetime(2026, 10, 6, 14, m),  # Tuesday
            (Q("toeslagen", "huurtoeslag", "toeslagen", "doorverwezen", "toeslagen"),),
            channel="telefoon",
            duration=30,
        )
        for m in (0, 30)
    ]
    + [
        V(
            datetime(2026, 10, 7, 11, 0),
            (
                Q("belastingen", None, "belastingdienst"),
                Q("aow_pensioen", None, "svb", "informatie"),
            ),
            duration=15,
        )
    ]
)
SEPTEMBER = [V(datetime(2026, 9, d, 10)) for d in (1, 2, 3, 4, 8)]
OCTOBER_2025 = [V(datetime(2025, 10, 6, 10)), V(datetime(2025, 10, 7, 10))]


def pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def render(
    desk: Desk, tmp_path: Path, period: str, kind: str = "monthly", location: str | None = None
) -> list[str]:
    report = build_report(desk, ReportRequest(kind, parse_period(period), location))
    path = write_report(report, tmp_path / f"{kind}-{period}.pdf")
    for page in PdfReader(path).pages:  # no cell runs over its neighbour in any report
        assert not overlapping(page), overlapping(page)[:3]
    return pages(path)


@pytest.fixture
def known(desk: Desk, clock: Clock) -> Desk:
    add_visits(desk, OCTOBER + SEPTEMBER + OCTOBER_2025)
    return desk


def test_monthly_numbers_equal_independent_counts(known: Desk, tmp_path: Path) -> None:
    text = " ".join(render(known, tmp_path, "2026-10"))
    visits, questions = len(OCTOBER), sum(len(v.questions) for v in OCTOBER)
    before, year_ago = len(SEPTEMBER), len(OCTOBER_2025)
    assert "Maandrapport oktober 2026" in text
    assert f"Bezoeken {visits} {before} +40,0% {year_ago} +250,0%" in text
    assert f"Vragen {questions} {before} +60,0% {year_ago} +300,0%" in text
    assert "Vragen per bezoek 1,14 1,00 +14,3% 1,00 +14,3%" in text
    # September is a day shorter, and its column says so
    assert "(september 2026) 30 dagen; nu 31" in text
    referred = 2 / questions
    assert f"Doorverwezen {referred:.1%}".replace(".", ",") in text  # 25,0%
    assert "Direct geholpen 75,0% 100,0% –25,0 pp" in text
    assert "Mediane duur 10 min 10 min ±0,0%" in text  # 10,10,10,10,15,30,30
    assert "Drukste dag maandag" in text
    assert "Drukste uur 10–11 uur" in text
    # topics with DigiD's sub-topics broken out; the referrals table
    assert re.search(r"DigiD 4 \(50,0%\) Activeren 4 \(50,0%\)", text)
    assert "Huurtoeslag 2 (25,0%)" in text
    assert re.search(r"Dienst Toeslagen organisatie 2 100,0%", text)
    assert "Telefonisch 2 (28,6%)" in text  # channels count visits


def test_every_page_has_header_and_footer(known: Desk, tmp_path: Path) -> None:
    texts = render(known, tmp_path, "2026-10")
    assert len(texts) >= 2
    for number, page in enumerate(texts, start=1):
        assert f"pagina {number} van {len(texts)}" in page
        assert "Bibliotheek Rijswijk, Huis van de Stad · oktober 2026" in page
        assert "gemaakt op 3 november 2026 · IDO Desk 0.1.0" in page


def test_an_empty_period_is_a_report_not_an_error(known: Desk, tmp_path: Path) -> None:
    text = " ".join(render(known, tmp_path, "2024-05"))
    assert "Geen registraties in deze periode" in text
    assert "pagina 1 van 1" in text


def test_a_location_without_visits_in_one_month_among_busy_months(
    known: Desk, tmp_path: Path
) -> None:
    other = add_location(known, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(
        known, [V(datetime(2026, m, 12, 10), location=other) for m in (8, 10) for _ in range(3)]
    )
    silent = " ".join(render(known, tmp_path, "2026-09", location="GM0518-centrale"))
    assert "Geen registraties in deze periode" in silent
    assert "Bibliotheek Den Haag, Centrale Bibliotheek" in silent
    after = " ".join(render(known, tmp_path, "2026-10", location="GM0518-centrale"))
    # nothing at all before: not a percentage, and not "new" either
    assert "Bezoeken 3 0 niet vergelijkbaar 0 niet vergelijkbaar" in after
    every = " ".join(render(known, tmp_path, "2026-09", location="all"))
    assert "Alle locaties (2)" in every
    assert f"Bezoeken {len(SEPTEMBER)} 3" in every  # September, then August: 3 at the other


def test_municipality_report_per_quarter(known: Desk, tmp_path: Path) -> None:
    other = add_location(known, "GM0518-centrale", "Centrale Bibliotheek")
    add_visits(known, [V(datetime(2026, 2, 3, 10), location=other)] * 4)
    text = " ".join(render(known, tmp_path, "2026", "municipality", "all"))
    assert "Gemeente Den Haag (GM0518)" in text
    # Den Haag: K1 .. K4, total; nothing received in K2 and K3 (K4 runs: not yet missing)
    assert "Bezoeken 4 – – 0 4" in text
    own_visits = len(OCTOBER) + len(SEPTEMBER)
    own_questions = sum(len(v.questions) for v in OCTOBER + SEPTEMBER)
    # Rijswijk, the own location: nothing logged in K1 and K2 is nothing received too
    assert f"Bezoeken – – {len(SEPTEMBER)} {len(OCTOBER)} {own_visits}" in text
    assert f"Vragen – – {len(SEPTEMBER)} {own_questions - len(SEPTEMBER)} {own_questions}" in text
    assert "Gemeente Rijswijk (GM0603)" in text
    # a year earlier: Den Haag had nothing at all, Rijswijk only October 2025 (K4 to the 3rd
    # of November 2025, as the running K4 2026): a dash, never a zero that reads as a count
    assert "Bezoeken een jaar eerder – – – – –" in text  # nothing received: no total either
    assert f"Bezoeken een jaar eerder – – – {len(OCTOBER_2025)} {len(OCTOBER_2025)}" in text
    assert "– niets ontvangen" in text  # the charts' note for their dashes


def test_a_year_report_marks_the_months_nothing_was_received_for(
    known: Desk, tmp_path: Path
) -> None:
    """The own location logged nothing January to August 2026, and in 2025 only in October:
    those months are dashes in the month table (now and a year earlier) and in the chart,
    never zeros that read as counts; November 2026 runs, so its zero stays."""
    text = " ".join(render(known, tmp_path, "2026", "monthly"))
    dashes = " ".join(["–"] * 8)  # January to August
    assert f"Bezoeken {dashes} Vragen {dashes} Bezoeken een jaar eerder {dashes}" in text
    questions = sum(len(v.questions) for v in OCTOBER)
    assert f"Bezoeken {len(SEPTEMBER)} {len(OCTOBER)} 0 {len(SEPTEMBER) + len(OCTOBER)}" in text
    assert f"Vragen {len(SEPTEMBER)} {questions} 0 {len(SEPTEMBER) + questions}" in text
    assert f"Bezoeken een jaar eerder – {len(OCTOBER_2025)} – {len(OCTOBER_2025)}" in text
    assert "– niets ontvangen" in text


def test_national_form_totals(known: Desk, tmp_path: Path) -> None:
    text = " ".join(render(known, tmp_path, "2026-Q4", "national-form"))
    assert "Landelijk registratieformulier IDO" in text
    assert "Hoe had de bezoeker contact met het IDO? (bezoeken)" in text
    assert "Telefonisch 2 2" in text
    assert "DigiD activeren 4 4" in text
    assert f"nog niet overgezet: {len(OCTOBER)} bezoeken" in text


def test_cli_writes_each_format(known: Desk, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for suffix in (".pdf", ".csv", ".xlsx"):
        out = tmp_path / f"rapport{suffix}"
        result = cli("report", "--period", "2026-10", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "Maandrapport oktober 2026 geschreven naar" in result.stdout
        assert out.stat().st_size > 0
    assert "Bezoeken 7 5" in " ".join(pages(tmp_path / "rapport.pdf"))
    year = cli("report", "--period", "2025", "--out", str(tmp_path / "jaar.pdf"))
    assert year.stdout.startswith("Jaarrapport 2025 geschreven naar"), year.stdout
    assert "Jaarrapport 2025" in " ".join(pages(tmp_path / "jaar.pdf"))


def test_cli_default_is_last_full_month_and_kind(known: Desk, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "gemeente.pdf"
    result = cli(
        "report",
        "--kind",
        "municipality",
        "--period",
        "2026",
        "--location",
        "all",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "Gemeenteverantwoording 2026" in " ".join(pages(out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--period", "2026-13"), "maand 13 bestaat niet"),
        (("--period", "vorige maand"), "is onbekend"),
        (
            ("--period", "2026-10", "--location", "GM9999-nergens"),
            "Onbekende locatie 'GM9999-nergens'",
        ),
    ],
)
def test_cli_bad_input_exits_non_zero(
    known: Desk, cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    result = cli("report", *args, "--out", str(out))
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_unknown_extension(known: Desk, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("report", "--period", "2026-10", "--out", str(tmp_path / "x.docx"))
    assert result.returncode != 0
    assert "gebruik .pdf, .csv of .xlsx" in result.stderr
