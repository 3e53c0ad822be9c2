"""The window's painting stays on the GUI thread: Qt's raster engine starts no threads of its own for it.

Qt hands a fill of 96 or more spans to a pool of threads and waits for them; at the first paint
that cost some thousand switches between threads (wxdesk.ui.app._paint_on_one_thread).
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                                 reason="counts the threads in /proc; Qt's pool has a thread per core")]

ROOT = Path(__file__).resolve().parents[2]

# A gradient fill large enough for Qt to split, painted in a fresh interpreter: the threads before and after.
PAINT = textwrap.dedent("""
    import json, os, sys
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter
    if sys.argv[1] == "window":
        from wxdesk.ui.app import get_qapp
        app = get_qapp()
    else:
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
    before = len(os.listdir("/proc/self/task"))
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    gradient = QLinearGradient(0, 0, 800, 0)  # (across: a gradient down the rows Qt fills row by row itself)
    gradient.setColorAt(0, QColor(255, 255, 255, 0))
    gradient.setColorAt(1, QColor(40, 60, 80))
    painter = QPainter(image)
    painter.fillRect(image.rect(), gradient)
    painter.end()
    print(json.dumps({"before": before, "after": len(os.listdir("/proc/self/task")),
                      "corner": image.pixel(799, 799)}))
""")


def painted(start: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PAINT, start], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_window_s_application_paints_on_its_own_thread():
    plain, window = painted("plain"), painted("window")
    assert plain["after"] > plain["before"], "Qt left alone splits this fill over threads"
    assert window["after"] == window["before"]
    assert window["corner"] == plain["corner"], "the same pixels"
