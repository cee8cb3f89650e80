"""``IDO Desk``: the windowed program (no console behind the window), beside the console
program ``ido-desk`` (the command line). Both come from the same package: pyproject.toml's
``[project.gui-scripts]`` and ``[project.scripts]``, and the two executables of the frozen
build (packaging/ido-desk.spec).

A windowed program on Windows starts with ``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` set
to None. Anything that writes to them (a warning, logging's last resort, the error hook before
the window exists) would fail with AttributeError; anything that reads (a PIN prompt) would
too. They get stand-ins first: output is dropped (errors are in ido-desk-fouten.log in the
data folder) and reading fails with a Dutch message that points to ``ido-desk``."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence

NO_CONSOLE = (
    "IDO Desk draait hier als venster, zonder opdrachtregel: er kan niets worden gevraagd of "
    "getypt. Gebruik 'ido-desk' in een opdrachtprompt voor opdrachten."
)


class NoConsoleInput(io.TextIOBase):
    """Where a windowed program has no stdin: every read says so, in Dutch."""

    encoding = "utf-8"

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> str:
        raise EOFError(NO_CONSOLE)

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        raise EOFError(NO_CONSOLE)

    def isatty(self) -> bool:
        return False


def give_missing_streams() -> None:
    """Stand-ins for the standard streams a windowed program lacks; real ones are kept."""
    if sys.stdout is None:  # the null device: a real file, with the fileno faulthandler needs
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stdin is None:
        sys.stdin = NoConsoleInput()


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window. Only the global options (--data-dir, --database-url) are taken from
    the command line: a command needs a console, so it is left to ``ido-desk``."""
    give_missing_streams()
    from ido_desk.cli.main import global_options
    from ido_desk.cli.main import main as cli_main

    args = list(sys.argv[1:] if argv is None else argv)
    _options, rest = global_options(args)
    return cli_main([] if rest else args)


if __name__ == "__main__":
    sys.exit(main())
