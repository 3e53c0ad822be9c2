"""`python -m wxdesk` runs the same entry point as the `wxdesk` command."""

import sys

from wxdesk import start_linking

# Before the command line loads PySide6 or NumPy: their functions bound when first called (see the module).
start_linking.bind_lazily()

from wxdesk.cli import main  # noqa: E402 - after the linking is set

# Guarded: a batch's worker processes may import this module again (the spawn start method).
if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # A frozen app starts its batch workers by running itself again; this hands them over.
        import multiprocessing
        multiprocessing.freeze_support()
    sys.exit(main())
