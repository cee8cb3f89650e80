"""Exchange files the coordinator must refuse, found by the fuzz pass (issue 10, item 7): codes
with look-alike digits or control characters, implausible periods, a topic hierarchy that
differs from the coordinator's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ido_desk.desk import Desk
from ido_desk.exchange import format as fmt
from tests.exchange_helpers import (
    edit_json,
    edit_line,
    refused,
    resigned,
)


def add_channel(code: str) -> Callable[[dict[str, bytes]], None]:
    entry = {"code": code, "label_nl": "Balie", "label_en": "Desk"}
    return edit_json(fmt.LISTS, lambda lists: lists["channel"].append(entry))


def period(start: str, end: str) -> Callable[[dict[str, bytes]], None]:
    return edit_json(fmt.MANIFEST, lambda m: m.update(period={"start": start, "end": end}))


def location(**values: str) -> Callable[[dict[str, bytes]], None]:
    return edit_json(fmt.MANIFEST, lambda m: m["location"].update(values))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (edit_line(1, lambda r: r.update(id=r["id"] + "\n")), ["regel 1", "veld 'id'"]),
        (add_channel("balie\n"), ["channel[1].code", "ongeldige code"]),
        (location(code="GM0603-huis-van-de-stad\n"), ["location.code"]),
        (location(cbs_code="GM\u0660\u0665\u0660\u0663"), ["location.cbs_code"]),
        (location(name="Huis van de Stad\x1b[2J"), ["location.name", "stuurtekens"]),
        (location(municipality="Rijs\ud800wijk"), ["location.municipality", "stuurtekens"]),
        (
            edit_json(fmt.LISTS, lambda lists: lists["topic"][0].update(label_nl="DigiD\x07")),
            ["topic[0].label_nl", "stuurtekens"],
        ),
        (
            edit_json(fmt.LISTS, lambda lists: lists["topic"][0].update(label_en="a\ud800")),
            ["topic[0].label_en", "stuurtekens"],
        ),
        (
            period("0001-01-01", "0003-01-01"),
            ["period.start"],
        ),
        (
            period("2016-10-01", "2026-11-01"),
            ["period.end", "periode van meer dan"],
        ),
        (
            period("20261001", "2026-11-01"),
            ["period.start", "JJJJ-MM-DD"],
        ),
    ],
)
def test_look_alikes_control_characters_and_implausible_periods_are_refused(
    coordinator: Desk,
    good: Path,
    branch: Desk,
    tmp_path: Path,
    change: Callable[[dict[str, bytes]], None],
    expected: list[str],
) -> None:
    bad = resigned(branch, good, "alike.zip", change)
    message = refused(coordinator, bad, "alike.zip", *expected)
    assert "\n" not in message and "\x1b" not in message and len(message) < 500
    message.encode("utf-8")  # printable: no lone surrogate


def test_the_hierarchy_is_checked_as_the_coordinator_stores_it(
    coordinator: Desk, good: Path, branch: Desk, tmp_path: Path
) -> None:
    """The coordinator knows digid_activeren as a sub-topic of digid; a file that calls it a
    main topic may neither use it as one nor hang a new sub-topic under it."""

    def promote(lists: dict[str, Any]) -> None:
        for topic in lists["topic"]:
            if topic["code"] == "digid_activeren":
                topic["parent"] = None

    def as_main(content: dict[str, bytes]) -> None:
        edit_json(fmt.LISTS, promote)(content)
        question = {"topic": "digid_activeren", "subtopic": None}
        for number in (1, 2, 3):
            edit_line(number, lambda r: r["questions"][0].update(question))(content)

    bad = resigned(branch, good, "main.zip", as_main)
    refused(coordinator, bad, "regel 1", "questions[1].topic", "hoofdonderwerp")

    def nest(lists: dict[str, Any]) -> None:
        promote(lists)
        lists["topic"].append(
            {
                "code": "digid_nieuw",
                "label_nl": "DigiD-app",
                "label_en": "DigiD app",
                "parent": "digid_activeren",
                "domain": lists["topic"][0]["domain"],
                "organisation": None,
            }
        )

    deep = resigned(branch, good, "deep.zip", edit_json(fmt.LISTS, nest))
    refused(coordinator, deep, "lists.json", ".parent", "hoofdonderwerp", "digid_activeren")
