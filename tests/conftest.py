"""Test-wide setup: offscreen Qt and a throwaway home for settings, logs and autosaves.

This runs before any test imports Qt, so QSettings, platformdirs and the log file
all land in a temporary folder and never touch the developer's real settings.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from deferred_deletes import delete_what_tests_let_go

# In CI (`.ci/run` sets CI) Hypothesis draws the same examples every run: a commit is judged by what it changed, not by
# the draw (a random draw can meet a rare scenario no change touched and fail one run in many). A developer's runs
# still draw anew each time, and keep what fails in .hypothesis/ to try first next time.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

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


# The middle and oldest generations' thresholds inside a test: never reached (and still an int for C once the
# window's idle collection multiplies them).
HELD_BY_TESTS = (10**6, 10**6)


@pytest.fixture(autouse=True, scope="session")
def older_generations_between_tests():
    """Python's collector walks its older generations between tests, never inside one.

    Walked inside a test, at an allocation Python chose, the older generations freed the windows of tests
    before it there and then: once inside QObject::disconnect, which holds one of Qt's signal-slot locks while
    shiboken looks a Python override up (its AttributeError allocated, and the walk began), a freed label's
    QObject destructor asked for the same lock, and the worker hung for good. Between tests no Qt call is under
    way. The youngest generation still walks as Python schedules it; the older ones as often as Python would
    (collect_as_python_would), at the end of a test. (The window itself walks only at turns of its event loop,
    its older generations when the user's changes pause: wxdesk.ui.idle_collection.)"""
    before = gc.get_threshold()
    gc.set_threshold(before[0], *HELD_BY_TESTS)
    yield before
    gc.set_threshold(*before)


@pytest.fixture(autouse=True)
def collect_as_python_would(older_generations_between_tests):
    yield
    delete_what_tests_let_go()
    _young, middle, old = older_generations_between_tests
    if gc.get_count()[1] >= middle:  # as many walks of the youngest as Python lets pass before the middle one
        gc.collect(1)
        if gc.get_count()[2] >= old:
            gc.collect()


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


@pytest.fixture
def laptop_window(shown_window, qtbot):
    """The shown window at 1366 × 768, a laptop's screen; its undo stack emptied after the test (no prompt to save)."""
    shown_window.resize(1366, 768)
    qtbot.wait(10)
    yield shown_window
    shown_window.document.undo_stack.clear()
