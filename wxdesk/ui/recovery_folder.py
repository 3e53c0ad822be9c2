"""Where unsaved work is kept until it is saved or recovered: its own module, so that saving (which refuses
to save a scenario there) and the autosaver (which writes there and saves through saving) import it
without importing each other."""

from __future__ import annotations

from pathlib import Path

import platformdirs


def recovery_dir() -> Path:
    # Read each time, so that tests (and a changed XDG_DATA_HOME) get their own folder.
    return Path(platformdirs.user_data_dir("wxdesk", appauthor=False)) / "recovery"
