"""The national form helper: the visits still to type over, with the form's answers in its
order and wording; marks per visit and per day; the mapping as an editable file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from ido_desk.desk import Desk
from ido_desk.errors import ValidationError
from ido_desk.periods import parse_period
from ido_desk.reports.national_form.mapping import default_form_text, form_file, load_national_form
from ido_desk.reports.national_form.transfer import (
    count_untransferred,
    list_untransferred,
    mark_transferred,
)
from ido_desk.reports.pdf.national_totals import answer_bars
from ido_desk.reports.service import ReportRequest, build_report, write_report
from tests.conftest import Clock
from tests.db_helpers import connect
from tests.report_data import Q, V, add_location, add_visits
from ui.national_form_model import DONE
from ui.national_form_view import NationalFormView

TWO_QUESTIONS = V(
    datetime(2026, 11, 2, 14, 5),
    (
        Q("toeslagen", "huurtoeslag", "toeslagen", "doorverwezen", "geldzaken"),
        Q("digid", "digid_machtigen", "logius", "samen"),
    ),
    channel="telefoon",
    duration=45,
)


def transferred_at(desk: Desk) -> dict[str, str | None]:
    with connect(desk) as con:
        return dict(con.execute("SELECT id, transferred_at FROM visit").fetchall())


def test_answers_in_the_forms_order_and_wording(desk: Desk, clock: Clock) -> None:
    first, second = add_visits(
        desk, [V(datetime(2026, 11, 2, 9, 30), duration=None), TWO_QUESTIONS]
    )
    visits = list_untransferred(desk)
    assert [v.id for v in visits] == [first, second]  # oldest first
    assert [(a.question, a.answer) for a in visits[1].answers] == [
        ("Hoe had de bezoeker contact met het IDO?", "Telefonisch"),
        ("Hoeveel tijd kostte de hulp?", "30 tot 60 minuten"),
    ]
    assert visits[0].answers[1].answer == "Onbekend"
    assert [[a.answer for a in q] for q in visits[1].questions] == [
        ["Toeslagen", "Rijksoverheid", "Doorverwezen", "Geldzaken of schuldhulp"],
        ["DigiD Machtigen", "Rijksoverheid", "Samen met de bezoeker gedaan", "Niet doorverwezen"],
    ]


def test_mark_per_visit_and_per_day(desk: Desk, clock: Clock) -> None:
    ids = add_visits(
        desk,
        [
            V(datetime(2026, 11, 2, 9)),
            V(datetime(2026, 11, 2, 16)),
            V(datetime(2026, 11, 3, 9)),
            V(datetime(2026, 11, 3, 9, 5), deleted=True),
        ],
    )
    other = add_location(desk, "GM0518-centrale", "Centrale")
    add_visits(desk, [V(datetime(2026, 11, 2, 9), location=other)])  # not this branch's to enter
    assert count_untransferred(desk) == 3
    assert mark_transferred(desk, [ids[2]]) == 1
    assert mark_transferred(desk, [ids[2]]) == 0  # already marked
    assert count_untransferred(desk) == 2
    assert mark_transferred(desk, date(2026, 11, 2)) == 2
    assert count_untransferred(desk) == 0
    marks = transferred_at(desk)
    assert all(marks[i] is not None for i in ids[:3]) and marks[ids[3]] is None
    with connect(desk) as con:
        audit = con.execute("SELECT action, entity_id FROM audit_log ORDER BY id").fetchall()
        revisions = {r for (r,) in con.execute("SELECT revision FROM visit")}
    assert audit == [("transfer", ids[2]), ("transfer", "2026-11-02")]
    assert revisions == {1}  # local bookkeeping: nothing for the coordinator to re-import


def test_the_managers_copy_overrides_the_shipped_mapping(desk: Desk, clock: Clock) -> None:
    add_visits(desk, [TWO_QUESTIONS])
    edited = default_form_text().replace('telefoon = "Telefonisch"', 'telefoon = "Via de telefoon"')
    form_file(desk).write_text(edited, encoding="utf-8")
    assert load_national_form(desk).source_file == str(form_file(desk))
    assert list_untransferred(desk)[0].answers[0].answer == "Via de telefoon"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = ", "geen geldig TOML-bestand"),
        ('[[visit]]\nlabel = "X"\nsource = "weer"\n', "source 'weer' kan niet"),
        ('[[question]]\nsource = "topic"\n', "'label' ontbreekt"),
    ],
)
def test_a_broken_mapping_file_says_where(desk: Desk, text: str, message: str) -> None:
    form_file(desk).write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_national_form(desk)
    assert str(form_file(desk)) in info.value.message
    assert message in info.value.message


def test_quarterly_totals_per_national_category(desk: Desk, clock: Clock) -> None:
    add_visits(
        desk,
        [TWO_QUESTIONS, V(datetime(2026, 8, 3, 10)), V(datetime(2026, 8, 4, 10), transferred=True)],
    )
    report = build_report(desk, ReportRequest("national-form", parse_period("2026")))
    assert (report.visits, report.questions, report.untransferred) == (3, 4, 2)
    topics = next(m for m in report.matrices if m.title.startswith("Waar ging de vraag over?"))
    rows = {r.label: r.values for r in topics.rows}
    # the clock says 3 November 2026: the fourth quarter is partial, and says so
    assert topics.columns == ("K1 2026", "K2 2026", "K3 2026", "K4 2026 t/m 3 nov", "Totaal")
    assert rows["DigiD activeren"] == (0, 0, 2, 0, 2)
    assert rows["Toeslagen"] == (0, 0, 0, 1, 1)
    assert rows["DigiD Machtigen"] == (0, 0, 0, 1, 1)
    assert rows["Belastingen"] == (0, 0, 0, 0, 0)  # offered by the form, so shown


def test_the_totals_show_each_question_as_a_chart(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    add_visits(desk, [TWO_QUESTIONS, V(datetime(2026, 8, 3, 10)), V(datetime(2026, 8, 4, 10))])
    report = build_report(desk, ReportRequest("national-form", parse_period("2026")))
    topics = next(m for m in report.matrices if m.title.startswith("Waar ging de vraag over?"))
    bars = answer_bars(topics)  # the answers given, most first, "Belastingen" (0) left out
    assert [(b.label, b.count, b.share) for b in bars] == [
        ("DigiD activeren", 2, 0.5),
        ("DigiD Machtigen", 1, 0.25),
        ("Toeslagen", 1, 0.25),
    ]
    pages = PdfReader(write_report(report, tmp_path / "landelijk.pdf")).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "DigiD activeren 2 (50,0%)" in text  # the bar's label and its value


def test_the_view_lists_marks_and_counts(
    qtbot: QtBot, qtmodeltester, desk: Desk, clock: Clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ids = add_visits(
        desk, [V(datetime(2026, 11, 2, 9)), TWO_QUESTIONS, V(datetime(2026, 11, 3, 9))]
    )
    view = NationalFormView(desk)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    model = view.model
    qtmodeltester.check(model)
    assert view.count.text() == "Nog 3 bezoeken over te zetten"
    assert (
        model.headerData(2, Qt.Orientation.Horizontal) == "Hoe had de bezoeker contact met het IDO?"
    )
    assert model.data(model.index(1, 4)) == "1. Toeslagen\n2. DigiD Machtigen"
    view.grab().save(str(tmp_path / "national_form_view.png"))

    # tick the first visit
    assert model.setData(
        model.index(0, DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert transferred_at(desk)[ids[0]] is not None
    assert view.count.text() == "Nog 2 bezoeken over te zetten"
    assert model.rowCount() == 3  # stays in view, ticked, until refreshed

    # the whole day of the third row, with the keyboard
    view.table.setCurrentIndex(model.index(2, 1))
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert transferred_at(desk)[ids[2]] is not None and transferred_at(desk)[ids[1]] is None
    assert view.count.text() == "Nog 1 bezoek over te zetten"

    view.table.selectRow(1)
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert view.count.text() == "Alles is overgezet naar het landelijke formulier."
    qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    assert model.rowCount(QModelIndex()) == 0


def test_the_model_fetches_page_by_page(
    qtbot: QtBot, qtmodeltester, desk: Desk, clock: Clock
) -> None:  # type: ignore[no-untyped-def]
    ids = add_visits(desk, [V(datetime(2026, 10, d, 10)) for d in range(1, 26)])
    from ui.national_form_model import NationalFormModel

    model = NationalFormModel(desk, page_size=10)
    assert model.rowCount() == 10 and model.canFetchMore()
    model.mark([0, 1, 2])  # marks made before the next page must not shift it
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(25)] == ids
    qtmodeltester.check(model)


def test_the_answers_follow_the_one_definition_of_referral(desk: Desk, clock: Clock) -> None:
    add_visits(
        desk,
        [
            V(
                datetime(2026, 11, 2, 9),
                (
                    Q("zorg_wmo", None, "gemeente", "doorverwezen"),  # referred, no target
                    Q("toeslagen", None, "toeslagen", "samen", "toeslagen"),  # done together
                    Q("computer", None, None, "cursus", "digisterker"),  # a course advised
                    Q("belastingen", None, "belastingdienst", None),  # no help chosen
                    Q("werk_uitkering", None, "uwv", "doorverwezen", "uwv"),
                ),
            )
        ],
    )
    (visit,) = list_untransferred(desk)
    answers = [{a.question: a.answer for a in question} for question in visit.questions]
    referral = "Waarnaar is de bezoeker doorverwezen?"
    assert [a[referral] for a in answers] == [
        "Bestemming niet vastgelegd",
        "Niet doorverwezen",
        "Niet doorverwezen",
        "Niet doorverwezen",
        "Overheidsorganisatie",
    ]
    assert answers[3]["Hoe is de bezoeker geholpen?"] == "Niet ingevuld"  # not "Anders"
