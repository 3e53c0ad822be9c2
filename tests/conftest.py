"""Test-wide setup: offscreen Qt and a throwaway home for settings, logs and autosaves.

This runs before any test imports Qt, so QSettings, platformdirs and the log file
all land in a temporary folder and never touch the developer's real settings.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="wxdesk-tests-"))
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = str(_HOME / var.lower())
os.environ["WXDESK_LOG_DIR"] = str(_HOME / "logs")
# Offscreen, wxdesk knows no one can answer a modal dialog and asks nothing (file_actions.can_ask_user).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def pack():
    from wxdesk.engine import load_datapack
    return load_datapack()


@pytest.fixture
def test_home() -> Path:
    return _HOME


@pytest.fixture(autouse=True, scope="session")
def one_qt_application(qapp):
    """pytest-qt's QApplication exists before any test runs, whichever runs first on a worker:
    the report and image commands would otherwise make a QGuiApplication of their own, and
    no widget test after them could run in that process."""
    return qapp


@pytest.fixture
def shown_window(qtbot):
    """The real main window, shown at a laptop-like size and exposed, its chart built after the first paint."""
    from wxdesk.ui.app import get_qapp
    get_qapp()
    from PySide6.QtWidgets import QWidget

    from PySide6.QtCore import QSettings

    from wxdesk.ui import MainWindow
    # As a new user's: a divide saved by an earlier test's window would turn the desk's own split off.
    QSettings().remove("mainWindow")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.findChild(QWidget, "comparisonChart") is not None)
    return win
