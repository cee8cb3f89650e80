"""Every count shown to a user has the thousands separator of the language it is shown in:
"3.725" in Dutch, "3,725" in English, in the core's lines, the CLI and the window alike."""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import redirect_stderr
from datetime import date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from ido_desk.cli.demo import progress_lines
from ido_desk.config import Paths
from ido_desk.desk import Desk
from ido_desk.drafts import QuestionDraft, VisitDraft
from ido_desk.labels import VISIT, VISITS, counted
from ido_desk.restore import RestorePlan
from ido_desk.speech import speaking
from ido_desk.translatable import Count, in_language, restored, stored
from ido_desk.visits import record_batch
from tests.conftest import CliResult, Clock
from tests.exchange_helpers import DELFT, export, open_branch
from tests.report_data import V, add_visits
from tests.test_exchange_cli import at
from ui.national_form_view import NationalFormView
from ui.region_view import RegionView

MANY = 1200
DIGID = VisitDraft(questions=(QuestionDraft("digid_activeren"),), duration_min=10)
Cli = Callable[..., CliResult]


def test_a_count_reads_in_its_language() -> None:
    text = counted(3725, VISIT, VISITS)
    assert text == "3.725 bezoeken"
    assert in_language(text, "en") == "3,725 visits"
    assert in_language(restored(stored(text)), "en") == "3,725 visits"
    assert f"{Count(94760)}" == "94.760" and Count(12).said("en") == "12"
    assert in_language(counted(1, VISIT, VISITS), "en") == "1 visit"


def test_the_cores_lines_count_in_their_language() -> None:
    plan = RestorePlan(Path("ido-desk-backup.sqlite"), live_usable=True, lost_visits=MANY)
    assert plan.consequence().startswith("1.200 registratie(s) in de huidige gegevens")
    assert in_language(plan.consequence(), "en").startswith("1,200 visit(s) in the current")


def test_the_window_counts_in_its_language(qtbot: QtBot, desk: Desk, clock: Clock, qapp) -> None:  # type: ignore[no-untyped-def]
    from tests.ui_helpers import show_window
    from ui.app import build_main_window, install_language
    from ui.tabs import NATIONAL_FORM

    start = datetime(2026, 10, 1, 9)
    add_visits(desk, [V(start + timedelta(minutes=m)) for m in range(MANY)])
    for language, expected, region_text, tab in (
        (None, "Nog 1.200 bezoeken over te zetten", "1 locatie, 1.200 bezoeken.", "(1.200)"),
        ("en", "1,200 visits left to transfer", "1 location, 1,200 visits.", "(1,200)"),
    ):
        install_language(qapp, language)
        try:
            window = build_main_window(desk)  # the national form's tab counts what is left
            show_window(qtbot, window)
            qtbot.waitUntil(
                lambda w=window, t=tab: w.tabs.tabText(NATIONAL_FORM).endswith(t), timeout=9000
            )  # type: ignore[misc]
            window.close()
            form = NationalFormView(desk)
            qtbot.addWidget(form)
            assert form.count.text() == expected
            region = RegionView(desk)
            qtbot.addWidget(region)
            region.show()
            qtbot.waitUntil(
                lambda r=region, t=region_text: r.status.text().startswith(t), timeout=9000
            )  # type: ignore[misc]
        finally:
            install_language(qapp, None)


def test_an_import_and_the_demo_count_in_the_clis_language(
    cli: Cli, paths: Paths, tmp_path: Path
) -> None:
    """The import's summary line and what ``ido-desk demo`` made (and its progress lines)."""
    branch = open_branch(tmp_path / "branch", DELFT)
    try:
        for day in (1, 2, 3):  # 3 tally sheets of 400: 1,200 visits
            record_batch(branch, 400, date(2026, 10, day), DIGID)
        file = export(branch, tmp_path / "out").path
    finally:
        branch.close()
    dutch = cli("import", "--yes", str(file))
    assert dutch.returncode == 0, dutch.stderr
    assert ": GM0503-dok-centrum, 1.200 nieuw, 0 bijgewerkt," in dutch.stdout, dutch.stdout
    english = cli("--lang", "en", *at(str(tmp_path / "hub")), "import", "--yes", str(file))
    assert english.returncode == 0, english.stderr
    assert ": GM0503-dok-centrum, 1,200 new, 0 updated, 0 deleted, 0 unchanged." in (english.stdout)
    made = cli("--lang", "en", *at(str(tmp_path / "demo")), "demo", "--visits", "1500")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Demo: 1,500 visits with 1,"), made.stdout
    made = cli(*at(str(tmp_path / "demo")), "demo", "--visits", "1100", "--seed", "2")
    assert made.stdout.startswith("Demo: 1.100 bezoeken met 1."), made.stdout
    for language, expected in ((None, "       120.000 / 1.000.000 bezoeken"),
                               ("en", "       120,000 / 1,000,000 visits")):  # fmt: skip
        shown = io.StringIO()
        with speaking(language or "nl"), redirect_stderr(shown):
            progress_lines()(120_000, 1_000_000)
        assert shown.getvalue() == expected + "\n"
