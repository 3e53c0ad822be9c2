"""`python -m wxdesk` runs the same entry point as the `wxdesk` command."""

import sys

from wxdesk.cli import main  # (which binds compiled modules lazily before it loads any: wxdesk.start_linking)

# Guarded: a batch's worker processes may import this module again (the spawn start method).
if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A frozen app starts its batch workers by running itself again; this hands them over.
        import multiprocessing
        multiprocessing.freeze_support()
    sys.exit(main())
