"""Python's cycle collector paused while a report is shaped or drawn. A big report (the
municipality account of a hundred locations: 550 pages, a thousand tables) makes millions of
short-lived objects beside the hundreds of thousands of grouped rows it holds, and the
collector then walks all of them again and again (about 0.3 s of a 3.5 s account). The report
parts make no cycles that need collecting before they are done; the next collection after
the pause frees whatever they left."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off inside, back on after (when it was on before: a pause inside a
    pause, or in a thread while another pauses, leaves it to the outer one)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
