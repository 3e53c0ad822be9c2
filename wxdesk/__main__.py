"""`python -m wxdesk` runs the same entry point as the `wxdesk` command."""

import sys

from wxdesk.cli import main

# Guarded: a batch's worker processes may import this module again (spawn start method).
if __name__ == "__main__":
    sys.exit(main())
