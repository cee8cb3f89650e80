"""IDO Desk: log and report the help given at a library's Informatiepunt Digitale Overheid."""

import logging

__version__ = "0.1.0"

# A library's habit: the program's warnings go to the handlers the window sets up (its log
# file), never as English lines on a CLI user's stderr (logging's last-resort handler).
logging.getLogger(__name__).addHandler(logging.NullHandler())
