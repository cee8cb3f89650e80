"""IDO Desk: log and report the help given at a library's Informatiepunt Digitale Overheid."""

__version__ = "0.1.0"
