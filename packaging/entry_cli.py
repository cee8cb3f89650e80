"""The frozen console program ``ido-desk``: the command line (and the window without a command)."""

import sys

from ido_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
