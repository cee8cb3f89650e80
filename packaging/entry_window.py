"""The frozen windowed program ``IDO Desk``: the window, with no console behind it."""

import sys

from ido_desk.gui_main import main

if __name__ == "__main__":
    sys.exit(main())
