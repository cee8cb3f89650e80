"""A section kept on one page, as ReportLab's KeepTogether keeps it, for less: KeepTogether
copies the document's frame each time it measures its content (for generated content, which
the reports never have) and measures it again each time it is offered a place; the
municipality account has about fifteen hundred such sections. ``Keep`` measures its content
once per width, without the copy, and breaks the page where KeepTogether would."""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.platypus import Flowable, KeepTogether


class Keep(KeepTogether):
    _measured: tuple[float, float, float, float] | None = None  # width: W, H, first's H

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        measured = self._measured
        if measured is None or measured[0] != aW:
            measured = self._measured = (aW, *_measure(self._content, aW, self.canv, self))
        _, width, self._H, self._H0 = measured
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split, as KeepTogether does


def _measure(
    content: list[Flowable], aW: float, canv: Any, keep: Keep
) -> tuple[float, float, float]:
    """The width, the height (spaces between merged) and the first part's height of
    ``content``: reportlab.platypus.flowables._listWrapOn without the frame copy."""
    width = height = first = 0.0
    space_after, at_top = 0.0, True
    for index, flowable in enumerate(content):
        w, h = flowable.wrapOn(canv, aW, 0xFFFFFFF)
        if index == 0:
            first = h
        if h <= rl_config._FUZZ:
            continue
        width = max(width, min(w, aW) if rl_config.listWrapOnFakeWidth else w)
        height += h
        if at_top:
            keep._spaceBefore = flowable.getSpaceBefore()
            at_top = False
        else:
            height += max(flowable.getSpaceBefore() - space_after, 0)
        space_after = flowable.getSpaceAfter()
        height += space_after
    keep._spaceAfter = space_after
    return width, height - space_after, first
