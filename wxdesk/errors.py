"""What a user can be told when something they asked for cannot be done, and how wxdesk exits.

The command line, the report command and the window's start-up all raise
UserFacingError; only `wxdesk.cli.main` turns it into one line on stderr and an
exit status. Kept apart from cli.py so that raising one needs no import of the
command line (which would be a circle: cli → report → cli).
"""

from __future__ import annotations

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2


class UserFacingError(Exception):
    """A problem to report in one sentence (bad input, missing file...)."""
