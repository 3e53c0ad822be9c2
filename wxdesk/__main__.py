"""`python -m wxdesk` runs the same entry point as the `wxdesk` command."""

import sys

from wxdesk.cli import main

sys.exit(main())
